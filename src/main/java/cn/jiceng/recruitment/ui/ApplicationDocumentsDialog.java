package cn.jiceng.recruitment.ui;

import cn.jiceng.common.importing.UploadedFiles;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.recruitment.domain.DocumentKind;
import cn.jiceng.recruitment.service.ApplicationCase;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.ApplicationDocumentService.DocumentContent;
import cn.jiceng.recruitment.service.ApplicationDocumentService.DocumentInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * The applicant's documents of one application: upload (PDF/JPG, checked by content on the
 * server), list, open, remove — changes only while the application is editable.
 */
public class ApplicationDocumentsDialog extends Dialog {

    
    private final ApplicationDocumentService documents;
    private final String username;
    private final long applicationId;
    private final Grid<DocumentInfo> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final boolean editable;
    private Upload upload;

    public ApplicationDocumentsDialog(ApplicationDocumentService documents, String username, ApplicationCase application) {
        this.documents = documents;
        this.username = username;
        this.applicationId = application.applicationId();
        this.editable = documents.editable(username, applicationId);
        setId("documents-dialog");
        setHeaderTitle(getTranslation("documents.title", "#" + applicationId + " " + application.postCode() + " "
                + application.postName()));
        setWidth("48rem");
        add(new Paragraph(getTranslation("documents.help", ApplicationDocumentService.megabytes(documents.maxBytes()),
                ApplicationDocumentService.MAX_OTHER)));
        if (editable) {
            add(uploadRow());
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("documents.readOnly"));
            readOnly.setId("documents-read-only");
            add(readOnly);
        }
        result.setId("document-result");
        grid.setId("documents-grid");
        grid.addColumn(d -> getTranslation("documentKind." + d.kind().name())).setHeader(getTranslation("documents.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::openLink).setHeader(getTranslation("documents.file")).setFlexGrow(1);
        grid.addColumn(d -> size(d.sizeBytes())).setHeader(getTranslation("documents.size")).setAutoWidth(true);
        grid.addColumn(d -> Times.format(d.uploadedAt())).setHeader(getTranslation("documents.uploadedAt")).setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(d -> {
                Button remove = new Button(getTranslation("documents.remove"), e -> act(() -> {
                    documents.remove(username, d.id());
                    Feedback.success("documents.removed");
                }));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("document-remove");
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("documents.none"));
        add(result, none, grid);
        getFooter().add(new Button(getTranslation("documents.close"), e -> close()));
        refresh();
    }

    private HorizontalLayout uploadRow() {
        Select<DocumentKind> kind = new Select<>();
        kind.setId("document-kind");
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("documentKind." + k.name()));
        kind.setValue(DocumentKind.ID_CARD);
        long limit = documents.maxBytes();
        UploadHandler handler = event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                // never more than one byte over the limit in memory; the service refuses it with its message
                data = UploadedFiles.readAtMost(in, limit);
            }
            String fileName = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> uploaded(kind.getValue(), fileName, data));
        };
        Upload upload = new Upload(handler);
        upload.setId("document-upload");
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", "application/pdf", "image/jpeg");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setMaxFiles(1);
        UploadI18N i18n = WidgetI18n.uploadI18n(getLocale());
        i18n.getError()
                .setFileIsTooBig(getTranslation("recruitment.document.error.tooLarge", ApplicationDocumentService.megabytes(limit)))
                .setIncorrectFileType(getTranslation("recruitment.document.error.type"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("documents.chooseFile")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("documents.dropFile")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        this.upload = upload;
        HorizontalLayout row = new HorizontalLayout(kind, upload);
        row.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.END);
        return row;
    }

    private void uploaded(DocumentKind kind, String fileName, byte[] data) {
        upload.clearFileList();
        act(() -> {
            DocumentInfo saved = documents.upload(username, applicationId, kind, fileName, data);
            result.setText(getTranslation("documents.uploaded", saved.fileName()));
            result.getStyle().set("color", "var(--lumo-success-text-color)");
            Feedback.success("documents.uploaded", saved.fileName());
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InputRejectedException ex) {
            showError(getTranslation(ex.getMessageKey(), ex.getArgs()));
            Feedback.rejected(ex);
        }
        refresh();
    }

    private void showError(String message) {
        result.setText(message);
        result.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private Anchor openLink(DocumentInfo d) {
        Anchor link = new Anchor();
        link.setText(d.fileName());
        link.setHref(DownloadHandler.fromInputStream(event -> {
            DocumentContent c = documents.myDocument(username, d.id());
            return new DownloadResponse(new ByteArrayInputStream(c.content()), c.fileName(), c.contentType(), c.content().length);
        }).inline());
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("document-link");
        return link;
    }

    private void refresh() {
        List<DocumentInfo> list = documents.myDocuments(username, applicationId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
