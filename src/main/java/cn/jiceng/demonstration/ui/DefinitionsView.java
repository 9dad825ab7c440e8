package cn.jiceng.demonstration.ui;

import cn.jiceng.common.importing.ImportErrorsGrid;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.service.DefinitionImport;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.DefinitionSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Program setup (项目定义): the newest version of every definition with its versions, download of
 * the file, import of a definition file (refused as a whole with every problem listed, nothing
 * stored), the indicator-tree editor and starting a program from a definition. For the leading
 * group's offices ({@link DefinitionService#mayEdit}): administrators, reviewers and leaders of a
 * province, city or county.
 */
@Route("demonstration/definitions")
@RolesAllowed({"ADMIN", "REVIEWER", "LEADER"})
public class DefinitionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Definition files are small (the largest shipped one is under 40 kB). */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final DefinitionService definitions;
    private final AppUser user;
    private final Grid<DefinitionSummary> grid = new Grid<>();
    private final ImportErrorsGrid errors = new ImportErrorsGrid();

    public DefinitionsView(DefinitionService definitions, CurrentUser currentUser) {
        this.definitions = definitions;
        this.user = currentUser.require();
        setId("definitions-view");
        add(new H2(getTranslation("demui.definitions.title")), new Paragraph(getTranslation("demui.definitions.help")));
        grid.setId("definitions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DefinitionSummary::name).setHeader(getTranslation("demui.definition.name")).setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(d -> d.city() == null ? "" : d.city()).setHeader(getTranslation("demui.definition.city")).setAutoWidth(true);
        grid.addColumn(d -> "v" + d.version()).setHeader(getTranslation("demui.definition.version")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("demui.model." + d.outcomeModel().name()))
                .setHeader(getTranslation("demui.definition.model")).setAutoWidth(true);
        grid.addColumn(d -> d.totalPoints().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("demui.definition.total")).setAutoWidth(true);
        grid.addColumn(DefinitionSummary::itemCount).setHeader(getTranslation("demui.definition.items")).setAutoWidth(true);
        grid.addColumn(d -> d.importedBy() + " · " + Times.format(d.importedAt()))
                .setHeader(getTranslation("demui.definition.imported")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("demui.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid, importPanel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!definitions.mayEdit(user)) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("demui.definitions.notAllowed"));
            return;
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(definitions.latest());
    }

    private Component actions(DefinitionSummary d) {
        Button edit = new Button(getTranslation("demui.definitions.edit"), VaadinIcon.EDIT.create(),
                e -> UI.getCurrent().navigate(DefinitionEditorView.class, DefinitionEditorView.params(d.id())));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("data-definition", d.code());
        edit.addClassName("definition-edit");
        Button versions = new Button(getTranslation("demui.definitions.versions"), e -> versions(d.code()));
        versions.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(edit, versions, download(d));
        row.setSpacing(true);
        return row;
    }

    private Anchor download(DefinitionSummary d) {
        Anchor a = new Anchor(Downloads.file(d.code() + "-v" + d.version() + ".json", "application/json",
                () -> definitions.file(d.id())), "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create());
        a.add(getTranslation("demui.definitions.download"));
        a.getElement().setAttribute("download", true);
        return a;
    }

    private void versions(String code) {
        Dialog dialog = new Dialog(getTranslation("demui.definitions.versionsOf", code));
        Grid<DefinitionSummary> list = new Grid<>();
        list.setId("definition-versions");
        list.addColumn(d -> "v" + d.version()).setHeader(getTranslation("demui.definition.version")).setAutoWidth(true);
        list.addColumn(DefinitionSummary::name).setHeader(getTranslation("demui.definition.name")).setFlexGrow(2);
        list.addColumn(DefinitionSummary::itemCount).setHeader(getTranslation("demui.definition.items")).setAutoWidth(true);
        list.addColumn(d -> d.importedBy() + " · " + Times.format(d.importedAt()))
                .setHeader(getTranslation("demui.definition.imported")).setAutoWidth(true);
        list.addComponentColumn(this::download).setAutoWidth(true);
        list.setItems(definitions.versions(code));
        list.setAllRowsVisible(true);
        dialog.add(list);
        dialog.setWidth("56rem");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private Component importPanel() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> imported(data))));
        upload.setId("definition-upload");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        WidgetI18n.upload(upload);
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("demui.definitions.import")),
                new Paragraph(getTranslation("demui.definitions.importHelp")), upload, errors);
        panel.setPadding(false);
        upload.addSucceededListener(e -> upload.clearFileList());
        return panel;
    }

    private void imported(byte[] data) {
        errors.show(java.util.List.of());
        try {
            DefinitionImport result = definitions.importFile(user, data);
            refresh();
            if (result.unchanged()) {
                Feedback.success("demui.definitions.unchanged", result.definition().name(), result.definition().version());
            } else {
                Feedback.success("demui.definitions.imported", result.definition().name(), result.definition().version());
            }
        } catch (ImportRejectedException e) {
            errors.show(e.getErrors());
            Feedback.error("import.rejected", e.getErrors().size());
        } catch (InputRejectedException e) {
            Feedback.rejected(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demui.definitions.title") + " | " + getTranslation("app.title");
    }
}
