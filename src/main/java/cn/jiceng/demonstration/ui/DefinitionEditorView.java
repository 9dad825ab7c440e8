package cn.jiceng.demonstration.ui;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportErrorsGrid;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.IndicatorClass;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.service.DefinitionImport;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.DefinitionSummary;
import cn.jiceng.demonstration.ui.StandardDraft.Node;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The indicator-tree editor (指标体系编辑): categories and their items in a tree grid, each with
 * code, name, points (a category's declared points, an item's maximum) or a pass/fail check, class
 * (basic, brand, bottom line) and whether the survey fills it. Every change is checked at once with
 * {@link DefinitionService#check} (the same rules as an imported file); the sums show beside each
 * category and the total, and points that do not add up are flagged. Saving stores the edited
 * definition as the next version of its code; running programs keep theirs.
 */
@Route("demonstration/definitions/:id")
@RolesAllowed({"ADMIN", "REVIEWER", "LEADER"})
public class DefinitionEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String MISMATCH = "var(--lumo-error-text-color)";

    private final DefinitionService definitions;
    private final AppUser user;
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final ImportErrorsGrid errors = new ImportErrorsGrid();
    private final Span totals = new Span();
    private final Span checkState = new Span();
    private final BigDecimalField total = new BigDecimalField();
    private final Map<Node, Span> sums = new IdentityHashMap<>();
    private final H2 title = new H2();
    private DefinitionSummary summary;
    private StandardDraft draft;

    public static RouteParameters params(long definitionId) {
        return new RouteParameters("id", String.valueOf(definitionId));
    }

    public DefinitionEditorView(DefinitionService definitions, CurrentUser currentUser) {
        this.definitions = definitions;
        this.user = currentUser.require();
        setId("definition-editor");
        setSizeFull();

        total.setId("editor-total");
        total.setLabel(getTranslation("demui.editor.totalPoints"));
        total.setValueChangeMode(ValueChangeMode.LAZY);
        total.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draft.totalPoints = normal(e.getValue());
                recheck();
            }
        });
        totals.setId("editor-totals");
        checkState.setId("editor-check");

        Button addCategory = new Button(getTranslation("demui.editor.addCategory"), VaadinIcon.FOLDER_ADD.create(), e -> {
            Node c = draft.addCategory();
            structureChanged(c);
        });
        addCategory.setId("editor-add-category");
        Button addItem = new Button(getTranslation("demui.editor.addItem"), VaadinIcon.PLUS.create(), e -> selected().ifPresentOrElse(n -> {
            Node item = draft.addItem(n);
            structureChanged(item);
        }, () -> Feedback.error("demui.editor.selectFirst")));
        addItem.setId("editor-add-item");
        Button remove = new Button(getTranslation("demui.editor.remove"), VaadinIcon.TRASH.create(), e -> selected().ifPresent(n -> {
            draft.remove(n);
            structureChanged(null);
        }));
        remove.setId("editor-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> selected().ifPresent(n -> {
            draft.move(n, -1);
            structureChanged(n);
        }));
        up.setId("editor-up");
        up.setAriaLabel(getTranslation("demui.editor.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> selected().ifPresent(n -> {
            draft.move(n, 1);
            structureChanged(n);
        }));
        down.setId("editor-down");
        down.setAriaLabel(getTranslation("demui.editor.down"));
        Button save = new Button(getTranslation("demui.editor.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor asFile = new Anchor(Downloads.file("definition.json", "application/json",
                () -> DefinitionService.toJson(draft.toDefinition())), "");
        asFile.add(VaadinIcon.DOWNLOAD_ALT.create());
        asFile.add(getTranslation("demui.editor.asFile"));
        asFile.getElement().setAttribute("download", true);
        asFile.setId("editor-file");
        Button back = new Button(getTranslation("demui.editor.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(DefinitionsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout toolbar = new HorizontalLayout(total, addCategory, addItem, remove, up, down, save, asFile, back);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout status = new HorizontalLayout(totals, checkState);
        status.setAlignItems(FlexComponent.Alignment.BASELINE);

        tree.setId("editor-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tree.addComponentHierarchyColumn(this::codeCell).setHeader(getTranslation("demui.editor.code")).setWidth("14rem")
                .setFlexGrow(0).setResizable(true);
        tree.addComponentColumn(this::nameCell).setHeader(getTranslation("demui.editor.name")).setFlexGrow(3).setResizable(true);
        tree.addComponentColumn(this::pointsCell).setHeader(getTranslation("demui.editor.points")).setWidth("8rem").setFlexGrow(0);
        tree.addComponentColumn(this::checkCell).setHeader(getTranslation("demui.editor.check")).setWidth("10rem").setFlexGrow(0);
        tree.addComponentColumn(this::classCell).setHeader(getTranslation("demui.editor.class")).setWidth("9rem").setFlexGrow(0);
        tree.addComponentColumn(this::surveyCell).setHeader(getTranslation("demui.editor.survey")).setWidth("6rem").setFlexGrow(0);
        tree.addComponentColumn(this::sumCell).setHeader(getTranslation("demui.editor.sum")).setWidth("17rem").setFlexGrow(0);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.setSelectionMode(com.vaadin.flow.component.grid.Grid.SelectionMode.SINGLE);
        tree.setHeight("60vh");
        tree.setWidthFull();
        errors.setId("editor-errors");
        add(title, new Paragraph(getTranslation("demui.editor.help")), toolbar, status, tree, errors);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!definitions.mayEdit(user)) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("demui.definitions.notAllowed"));
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            summary = definitions.summary(id);
        } catch (NumberFormatException | InputRejectedException e) {
            throw new NotFoundException();
        }
        load(definitions.definition(id));
    }

    private void load(ProgramDefinition definition) {
        draft = new StandardDraft(definition);
        title.setText(getTranslation("demui.editor.title", summary.name(), summary.version()));
        total.setValue(draft.totalPoints);
        sums.clear();
        tree.setItems(draft.categories(), draft::children);
        tree.expand(draft.categories());
        recheck();
    }

    private java.util.Optional<Node> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void structureChanged(Node focus) {
        sums.clear();
        tree.setItems(draft.categories(), draft::children);
        tree.expand(draft.categories());
        if (focus != null) {
            tree.select(focus);
        }
        recheck();
    }

    // ------------------------------------------------------------------ cells

    private Component codeCell(Node n) {
        TextField f = small(n.code);
        f.getElement().setAttribute("data-indicator", n.code == null ? "" : n.code);
        f.addClassName(n.isCategory() ? "editor-category-code" : "editor-item-code");
        f.addValueChangeListener(e -> {
            n.code = e.getValue().trim();
            f.getElement().setAttribute("data-indicator", n.code);
            recheck();
        });
        return f;
    }

    private Component nameCell(Node n) {
        TextField f = small(n.name);
        f.setWidthFull();
        f.addClassName("editor-name");
        if (n.isCategory()) {
            f.getStyle().set("font-weight", "600");
        }
        f.addValueChangeListener(e -> {
            n.name = e.getValue();
            recheck();
        });
        return f;
    }

    private Component pointsCell(Node n) {
        BigDecimalField f = new BigDecimalField();
        f.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        f.setWidthFull();
        f.setValue(n.isCheck() ? null : n.points);
        f.setEnabled(!n.isCheck());
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.addClassName(n.isCategory() ? "editor-category-points" : "editor-item-points");
        f.getElement().setAttribute("data-indicator", n.code == null ? "" : n.code);
        f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                n.points = normal(e.getValue());
                recheck();
            }
        });
        return f;
    }

    private Component checkCell(Node n) {
        if (n.isCategory()) {
            return new Span();
        }
        ComboBox<CheckType> c = new ComboBox<>();
        c.setItems(CheckType.values());
        c.setItemLabelGenerator(t -> getTranslation("demui.check." + t.name()));
        c.setValue(n.check == null ? CheckType.POINTS : n.check);
        c.setWidthFull();
        c.getElement().getThemeList().add("small");
        c.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                n.check = e.getValue() == CheckType.PASS_FAIL ? CheckType.PASS_FAIL : null;
                if (n.isCheck()) {
                    n.points = null;
                } else if (n.points == null) {
                    n.points = BigDecimal.ONE;
                }
                tree.getDataProvider().refreshItem(n);
                recheck();
            }
        });
        return c;
    }

    private Component classCell(Node n) {
        if (n.isCategory()) {
            return new Span();
        }
        ComboBox<IndicatorClass> c = new ComboBox<>();
        c.setItems(IndicatorClass.values());
        c.setItemLabelGenerator(t -> getTranslation("demui.class." + t.name()));
        c.setValue(n.indicatorClass == null ? IndicatorClass.BASIC : n.indicatorClass);
        c.setWidthFull();
        c.getElement().getThemeList().add("small");
        c.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                n.indicatorClass = e.getValue() == IndicatorClass.BASIC || e.getValue() == null ? null : e.getValue();
                recheck();
            }
        });
        return c;
    }

    private Component surveyCell(Node n) {
        if (n.isCategory()) {
            return new Span();
        }
        Checkbox c = new Checkbox(n.survey);
        c.addValueChangeListener(e -> {
            n.survey = e.getValue();
            recheck();
        });
        return c;
    }

    private Component sumCell(Node n) {
        Span s = new Span();
        if (n.isCategory()) {
            s.addClassName("editor-sum");
            s.getElement().setAttribute("data-indicator", n.code == null ? "" : n.code);
            sums.put(n, s);
            paintSum(n, s);
        } else if (n.indicatorClass == IndicatorClass.BOTTOM_LINE) {
            s.setText(getTranslation("demui.editor.bottomLine"));
            s.getStyle().set("color", MISMATCH);
        }
        return s;
    }

    private void paintSum(Node c, Span s) {
        s.setText(getTranslation(c.mismatched() ? "demui.editor.sumMismatch" : "demui.editor.sumOk", plain(c.itemSum()),
                plain(c.points)));
        s.getStyle().set("color", c.mismatched() ? MISMATCH : "var(--lumo-success-text-color)");
        s.getElement().setAttribute("data-mismatch", String.valueOf(c.mismatched()));
    }

    private static TextField small(String value) {
        TextField f = new TextField();
        f.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        f.setValue(value == null ? "" : value);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        return f;
    }

    // ------------------------------------------------------------------ checking and saving

    /** The sums and the service's check of the draft, after every change. */
    private void recheck() {
        sums.forEach(this::paintSum);
        boolean totalOff = draft.totalMismatched();
        totals.setText(getTranslation("demui.editor.totals", draft.categories().size(), draft.itemCount(),
                plain(draft.categorySum()), plain(draft.totalPoints)));
        totals.getStyle().set("color", totalOff ? MISMATCH : "var(--lumo-body-text-color)");
        totals.getElement().setAttribute("data-mismatch", String.valueOf(totalOff));
        List<ImportError> problems = definitions.check(draft.toDefinition());
        errors.show(problems);
        checkState.setText(problems.isEmpty() ? getTranslation("demui.editor.checkOk")
                : getTranslation("demui.editor.checkProblems", problems.size()));
        checkState.getStyle().set("color", problems.isEmpty() ? "var(--lumo-success-text-color)" : MISMATCH)
                .set("font-weight", "600");
        checkState.getElement().setAttribute("data-problems", String.valueOf(problems.size()));
    }

    private void save() {
        try {
            DefinitionImport result = definitions.save(user, draft.toDefinition());
            if (result.unchanged()) {
                Feedback.success("demui.editor.unchanged", result.definition().version());
                return;
            }
            summary = result.definition();
            Feedback.success("demui.editor.saved", result.definition().name(), result.definition().version());
            UI.getCurrent().navigate(DefinitionEditorView.class, params(result.definition().id()));
        } catch (ImportRejectedException e) {
            errors.show(e.getErrors());
            Feedback.error("import.rejected", e.getErrors().size());
        } catch (InputRejectedException e) {
            Feedback.rejected(e);
        }
    }

    private static BigDecimal normal(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().scale() < 0 ? b.setScale(0) : b.stripTrailingZeros();
    }

    static String plain(BigDecimal b) {
        return b == null ? "—" : b.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demui.editor.pageTitle") + " | " + getTranslation("app.title");
    }
}
