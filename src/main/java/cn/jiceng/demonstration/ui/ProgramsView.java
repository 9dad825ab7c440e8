package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.service.DefinitionSummary;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.StartProgram;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demonstration programs (示范创建) in the user's region: a county sees its city's programs, an
 * office its own. The leading group's office starts a program from a definition version for its
 * unit and year; every program opens on its page (counties, quotas, units, the county's list).
 */
@Route("demonstration")
@RolesAllowed({"ADMIN", "REVIEWER", "LEADER", "MEMBER_UNIT"})
public class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    private final DemonstrationUi ui;
    private final AppUser user;
    private final Grid<ProgramSummary> grid = new Grid<>();

    public ProgramsView(DemonstrationUi ui, CurrentUser currentUser) {
        this.ui = ui;
        this.user = currentUser.require();
        setId("programs-view");
        add(new H2(getTranslation("demui.programs.title")), new Paragraph(getTranslation("demui.programs.help")));
        grid.setId("programs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("demui.definition.name")).setFlexGrow(3);
        grid.addColumn(p -> p.officeUnitName()).setHeader(getTranslation("demui.program.office")).setAutoWidth(true);
        grid.addColumn(ProgramSummary::year).setHeader(getTranslation("demui.program.year")).setAutoWidth(true);
        grid.addColumn(p -> p.definitionCode() + " v" + p.definitionVersion())
                .setHeader(getTranslation("demui.program.definition")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("demui.programStatus." + p.status().name()))
                .setHeader(getTranslation("demui.program.status")).setAutoWidth(true);
        grid.addColumn(p -> Times.format(p.createdAt())).setHeader(getTranslation("demui.program.created")).setAutoWidth(true);
        grid.addComponentColumn(this::publicLink).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        if (ui.definitions().mayEdit(user)) {
            add(startForm());
        }
        refresh();
    }

    private Component nameCell(ProgramSummary p) {
        Button open = new Button(p.name(), e -> UI.getCurrent().navigate(ProgramView.class, ProgramView.params(p.id())));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.getElement().setAttribute("data-program", p.code());
        open.addClassName("program-open");
        return open;
    }

    private Component publicLink(ProgramSummary p) {
        if (p.status() != ProgramStatus.ANNOUNCED) {
            return new com.vaadin.flow.component.html.Span();
        }
        Anchor a = new Anchor(PublicAwardsView.PATH + p.code(), getTranslation("demui.program.publicList"));
        a.setTarget(AnchorTarget.BLANK);
        return a;
    }

    private Component startForm() {
        ComboBox<DefinitionSummary> definition = new ComboBox<>(getTranslation("demui.start.definition"));
        definition.setId("start-definition");
        definition.setItems(ui.definitions().latest());
        definition.setItemLabelGenerator(d -> d.name() + "（" + (d.city() == null ? "" : d.city() + " · ") + "v" + d.version() + "）");
        definition.setWidth("30rem");
        IntegerField year = new IntegerField(getTranslation("demui.program.year"));
        year.setId("start-year");
        year.setValue(Times.today().getYear());
        TextField office = new TextField(getTranslation("demui.start.office"));
        office.setId("start-office");
        office.setValue(user.getUnitCode() == null ? "" : user.getUnitCode());
        office.setReadOnly(!user.hasRole(Role.ADMIN));
        office.setHelperText(getTranslation("demui.start.officeHelp"));
        TextField name = new TextField(getTranslation("demui.start.name"));
        name.setId("start-name");
        name.setPlaceholder(getTranslation("demui.start.namePlaceholder"));
        name.setMaxLength(200);
        Button start = new Button(getTranslation("demui.start.submit"), e -> {
            if (definition.getValue() == null || year.getValue() == null) {
                Feedback.error("demui.start.choose");
                return;
            }
            try {
                ProgramSummary p = ui.programs().start(user, new StartProgram(definition.getValue().id(), name.getValue(),
                        year.getValue(), office.getValue().trim()));
                Feedback.success("demui.start.done", p.name());
                UI.getCurrent().navigate(ProgramView.class, ProgramView.params(p.id()));
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            } catch (AccessDeniedException ex) {
                Feedback.error("demui.start.notAllowed");
            }
        });
        start.setId("start-program");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(definition, year, office, name);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("demui.start.title")),
                new Paragraph(getTranslation("demui.start.help")), form, new HorizontalLayout(start));
        box.setPadding(false);
        return box;
    }

    private void refresh() {
        grid.setItems(ui.programs().programs(user));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demui.programs.title") + " | " + getTranslation("app.title");
    }
}
