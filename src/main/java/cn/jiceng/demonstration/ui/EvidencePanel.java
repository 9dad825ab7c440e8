package cn.jiceng.demonstration.ui;

import cn.jiceng.common.importing.UploadedFiles;
import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.EvidenceKind;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.service.EvidenceInfo;
import cn.jiceng.demonstration.service.EvidenceService;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;

/**
 * The unit's evidence files (佐证材料) on its self-assessment: upload a PDF or JPEG for the whole sheet
 * or for one item of the standard, list, open and remove them. The service checks the type by
 * content, the size, the uploader (the unit's own reviewer) and the unit's stage; a refused file
 * shows its message here and nothing is stored. Ids: {@code evidence-indicator}, {@code evidence-upload},
 * {@code evidence-result}, {@code evidence-grid}; rows' remove buttons have the class {@code evidence-remove}.
 */
class EvidencePanel extends VerticalLayout {

    private final EvidenceService evidence;
    private final AppUser user;
    private final long candidateId;
    private final EvidenceKind kind;
    private final Standard standard;
    private final Grid<EvidenceInfo> grid = new Grid<>();
    private final Paragraph result = new Paragraph();
    private final Paragraph none = new Paragraph();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private Upload upload;

    EvidencePanel(EvidenceService evidence, AppUser user, long candidateId, EvidenceKind kind, Standard standard, boolean editable) {
        this.evidence = evidence;
        this.user = user;
        this.candidateId = candidateId;
        this.kind = kind;
        this.standard = standard;
        setPadding(false);
        setSpacing(false);
        add(new H4(getTranslation("demui.evidence.title")));
        if (editable) {
            add(new Paragraph(getTranslation("demui.evidence.help", EvidenceService.megabytes(evidence.maxBytes()))));
            add(uploadRow());
        }
        result.setId("evidence-result");
        none.setText(getTranslation("demui.evidence.none"));
        grid.setId("evidence-grid");
        grid.addColumn(e -> e.indicatorCode() == null ? getTranslation("demui.evidence.wholeSheet")
                : standard.item(e.indicatorCode()).map(i -> i.code() + " " + i.name()).orElse(e.indicatorCode()))
                .setHeader(getTranslation("demui.evidence.indicator")).setFlexGrow(1);
        grid.addComponentColumn(this::openLink).setHeader(getTranslation("demui.evidence.file")).setFlexGrow(1);
        grid.addColumn(e -> Times.format(e.uploadedAt())).setHeader(getTranslation("demui.evidence.uploadedAt")).setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(e -> {
                Button remove = new Button(getTranslation("demui.evidence.remove"), click -> act(() -> {
                    evidence.remove(user, e.id());
                    Feedback.success("demui.evidence.removed", e.fileName());
                }));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("evidence-remove");
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        add(result, none, grid);
        refresh();
    }

    private HorizontalLayout uploadRow() {
        indicator.setId("evidence-indicator");
        indicator.setLabel(getTranslation("demui.evidence.indicator"));
        indicator.setPlaceholder(getTranslation("demui.evidence.wholeSheet"));
        indicator.setItems(standard.items());
        indicator.setItemLabelGenerator(i -> i.code() + " " + i.name());
        indicator.setClearButtonVisible(true);
        indicator.setWidth("24rem");
        long limit = evidence.maxBytes();
        UploadHandler handler = event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                // never more than one byte over the limit in memory; the service refuses it with its message
                data = UploadedFiles.readAtMost(in, limit);
            }
            String fileName = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> uploaded(fileName, data));
        };
        upload = new Upload(handler);
        upload.setId("evidence-upload");
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", "application/pdf", "image/jpeg");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setMaxFiles(1);
        UploadI18N i18n = WidgetI18n.uploadI18n(getLocale());
        i18n.getError()
                .setFileIsTooBig(getTranslation("demonstration.evidence.error.tooLarge", EvidenceService.megabytes(limit)))
                .setIncorrectFileType(getTranslation("demonstration.evidence.error.type"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("demui.evidence.chooseFile")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("demui.evidence.dropFile")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        HorizontalLayout row = new HorizontalLayout(indicator, upload);
        row.setDefaultVerticalComponentAlignment(Alignment.END);
        return row;
    }

    private void uploaded(String fileName, byte[] data) {
        upload.clearFileList();
        Indicator item = indicator.getValue();
        act(() -> {
            EvidenceInfo saved = evidence.upload(user, candidateId, kind, item == null ? null : item.code(), fileName, data);
            result.setText(getTranslation("demui.evidence.uploaded", saved.fileName()));
            result.getStyle().set("color", "var(--lumo-success-text-color)");
            Feedback.success("demui.evidence.uploaded", saved.fileName());
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

    private Anchor openLink(EvidenceInfo e) {
        Anchor link = new Anchor(Downloads.file(e.fileName(), e.contentType(), () -> evidence.open(user, e.id()).content()),
                e.fileName());
        link.setTarget(AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        link.addClassName("evidence-link");
        return link;
    }

    private void refresh() {
        List<EvidenceInfo> list = evidence.list(user, candidateId).stream().filter(e -> e.kind() == kind).toList();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
    }
}
