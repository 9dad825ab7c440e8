package cn.jiceng.common.importing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;

/**
 * A titled upload of one CSV/Excel file with the table of row errors below it. The importer runs on
 * the UI thread; a rejected file shows its errors and a notification, a successful one its message.
 */
public class ImportPanel extends VerticalLayout {

    /** Imports (or previews) the file; returns the success message to show, or null for none. */
    @FunctionalInterface
    public interface Importer {
        String accept(String fileName, byte[] content);
    }

    private final ImportErrorsGrid errors = new ImportErrorsGrid();

    public ImportPanel(String uploadId, String titleKey, String helpKey, Importer importer) {
        setPadding(false);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                String message = importer.accept(metadata.fileName(), data);
                errors.show(List.of());
                if (message != null) {
                    Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            } catch (ImportRejectedException e) {
                showErrors(e.getErrors());
            }
        })));
        upload.setId(uploadId);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xls");
        upload.setMaxFileSize(TabularFileReader.MAX_BYTES);
        upload.setMaxFiles(1);
        add(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(helpKey)), upload, errors);
    }

    /** Shows a rejection that happened outside the upload (e.g. when confirming a preview). */
    public void showErrors(List<ImportError> rejected) {
        errors.show(rejected);
        Notification.show(getTranslation("import.rejected", rejected.size()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
