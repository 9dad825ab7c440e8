package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.ui.Times;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.service.CountyView;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * One program: its stage, the counties (plans, lists submitted and accepted), the quotas per county
 * and for the program, every unit with its stage, score and outcome; a county's reviewer nominates
 * here while the program is nominating and the county's list is open. A program outside the user's
 * region is refused by the service.
 */
@Route("demonstration/:programId")
@RolesAllowed({"ADMIN", "REVIEWER", "LEADER", "MEMBER_UNIT"})
public class ProgramView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DemonstrationUi ui;
    private final AppUser user;
    private ProgramSummary program;

    public static RouteParameters params(long programId) {
        return new RouteParameters("programId", String.valueOf(programId));
    }

    public ProgramView(DemonstrationUi ui, CurrentUser currentUser) {
        this.ui = ui;
        this.user = currentUser.require();
        setId("program-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("programId").orElse(""));
            program = ui.programs().program(user, id);
        } catch (NumberFormatException | InputRejectedException e) {
            throw new NotFoundException();
        } catch (AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("demui.program.outsideRegion"));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(program.name());
        title.setId("program-title");
        Span status = new Span(getTranslation("demui.programStatus." + program.status().name()));
        status.setId("program-status");
        status.getElement().getThemeList().add("badge");
        Button back = new Button(getTranslation("demui.program.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ProgramsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, status, back);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, new Paragraph(getTranslation("demui.program.meta", program.officeUnitName(), String.valueOf(program.year()),
                program.definitionCode(), program.definitionVersion(), Times.format(program.createdAt()))));
        if (program.status() == ProgramStatus.ANNOUNCED) {
            Anchor pub = new Anchor(PublicAwardsView.PATH + program.code(), getTranslation("demui.program.publicList"));
            pub.setTarget(AnchorTarget.BLANK);
            pub.setId("program-public");
            Anchor pdf = new Anchor(Downloads.file(program.code() + "-awards.pdf", "application/pdf",
                    () -> ui.pdf().render(ui.programs().awardList(user, program.id()))), getTranslation("demui.awards.pdf"));
            pdf.setTarget(AnchorTarget.BLANK);
            pdf.setId("program-pdf");
            add(new HorizontalLayout(pub, pdf));
        }

        List<CountyView> counties = ui.programs().counties(user, program.id());
        CountyView own = counties.stream().filter(c -> c.countyCode().equals(user.getUnitCode())).findFirst().orElse(null);
        if (own != null && user.hasRole(Role.REVIEWER)) {
            boolean open = program.status() == ProgramStatus.NOMINATING && own.nominationsSubmittedAt() == null;
            add(new H3(getTranslation("demui.program.ownList", own.countyName())));
            if (!open) {
                add(new Paragraph(getTranslation(own.nominationsSubmittedAt() == null ? "demui.program.listNotOpen"
                        : "demui.program.listSubmitted")));
            }
            add(new NominationPanel(ui, user, program.id(), own.countyCode(), open));
        }

        add(new H3(getTranslation("demui.program.counties")));
        Grid<CountyView> countyGrid = new Grid<>();
        countyGrid.setId("counties-grid");
        countyGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        countyGrid.addColumn(CountyView::countyName).setHeader(getTranslation("demui.nomination.county")).setAutoWidth(true);
        countyGrid.addColumn(c -> c.planMissed() ? getTranslation("demui.county.planMissed")
                : c.planSubmittedAt() == null ? getTranslation("demui.county.planOpen") : Times.format(c.planSubmittedAt()))
                .setHeader(getTranslation("demui.county.plan")).setAutoWidth(true);
        countyGrid.addColumn(CountyView::nominations).setHeader(getTranslation("demui.county.nominations")).setAutoWidth(true);
        countyGrid.addColumn(c -> c.nominationsSubmittedAt() == null ? getTranslation("demui.county.listOpen")
                : Times.format(c.nominationsSubmittedAt())).setHeader(getTranslation("demui.county.listSubmitted")).setAutoWidth(true);
        countyGrid.addColumn(c -> c.accepted() ? getTranslation("demui.county.accepted")
                : c.reviewOpinion() == null ? "" : getTranslation("demui.county.returned", c.reviewOpinion()))
                .setHeader(getTranslation("demui.county.review")).setFlexGrow(2);
        countyGrid.setItems(counties);
        countyGrid.setAllRowsVisible(true);
        add(countyGrid);

        add(new H3(getTranslation("demui.program.quotas")));
        QuotaGrid quotas = new QuotaGrid("program-quotas");
        quotas.setItems(ui.programs().quotaAttainment(user, program.id()));
        add(quotas);

        add(new H3(getTranslation("demui.program.units")));
        CandidatesGrid units = new CandidatesGrid("program-candidates").counties(counties);
        units.setItems(ui.programs().nominations(user, program.id()));
        add(units);
    }

    @Override
    public String getPageTitle() {
        return (program == null ? "" : program.name() + " | ") + getTranslation("app.title");
    }
}
