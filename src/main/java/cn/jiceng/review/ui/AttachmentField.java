package cn.jiceng.review.ui;

import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.review.service.TaskAttachmentService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional attachments of a decision (PDF, JPG, PNG; at most {@link TaskAttachmentService#MAX_FILES}
 * files of {@link TaskAttachmentService#maxBytes()} each), kept in memory until the decision is
 * submitted; {@link TaskAttachmentService#decide} checks them again (type sniffed from the content,
 * size) and stores them with the decision's trail event. Upload texts in the UI's language.
 */
public class AttachmentField extends Div {

    private final List<TaskAttachmentService.Upload> files = new ArrayList<>();
    private final Span error = new Span();

    public AttachmentField(TaskAttachmentService attachments) {
        UI ui = UI.getCurrent();
        long limit = attachments.maxBytes();
        setWidthFull();
        NativeLabel label = new NativeLabel(ui.getTranslation("workbench.attachments"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span hint = new Span(ui.getTranslation("workbench.attachments.hint", TaskAttachmentService.MAX_FILES,
                TaskAttachmentService.megabytes(limit)));
        hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "block");
        UploadHandler handler = event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                // never more than one byte over the limit in memory; the service refuses it with its message
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> {
                files.removeIf(f -> f.fileName().equals(fileName));
                files.add(new TaskAttachmentService.Upload(fileName, data));
            });
        };
        Upload upload = new Upload(handler);
        upload.setId("decision-attachments");
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setMaxFiles(TaskAttachmentService.MAX_FILES);
        UploadI18N i18n = WidgetI18n.uploadI18n(ui.getLocale());
        i18n.getError()
                .setFileIsTooBig(ui.getTranslation("workbench.attachment.rejected.tooLarge", TaskAttachmentService.megabytes(limit)))
                .setIncorrectFileType(ui.getTranslation("workbench.attachment.rejected.type"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(label, upload, hint, error);
    }

    /** The files chosen so far. */
    public List<TaskAttachmentService.Upload> files() {
        return List.copyOf(files);
    }
}
