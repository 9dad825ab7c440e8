package cn.jiceng.supervision.ui;

import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.supervision.service.SupervisionService;
import cn.jiceng.supervision.service.SupervisionService.CaseStep;
import cn.jiceng.supervision.service.SupervisionService.DataAccess;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * 纪检监督: the cases of the inspector's region with the trail of the selected one, and the region's
 * personal-data access log. Read only: no decision, claim, reveal or export button.
 */
@Route("supervision")
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    public SupervisionView(CurrentUser currentUser, SupervisionService supervision) {
        setId("supervision-view");
        setSizeFull();
        AppUser me = currentUser.require();
        add(new H2(getTranslation("supervision.title")), new Paragraph(getTranslation("supervision.readOnly")));

        Grid<CaseStep> cases = new Grid<>();
        cases.setId("supervision-cases");
        cases.addColumn(CaseStep::caseTitle).setHeader(getTranslation("supervision.case")).setFlexGrow(2).setResizable(true);
        cases.addColumn(CaseStep::stepName).setHeader(getTranslation("supervision.step")).setAutoWidth(true);
        cases.addColumn(CaseStep::unitName).setHeader(getTranslation("supervision.unit")).setAutoWidth(true);
        cases.addColumn(c -> getTranslation("supervision.status." + c.status())).setHeader(getTranslation("supervision.status"))
                .setAutoWidth(true);
        cases.addColumn(CaseStep::assignee).setHeader(getTranslation("supervision.assignee")).setAutoWidth(true);
        cases.addColumn(c -> time(c.createdAt())).setHeader(getTranslation("supervision.created")).setAutoWidth(true);
        cases.setItems(supervision.cases(me));
        cases.setHeight("18rem");

        Grid<TrailEntry> trail = new Grid<>();
        trail.setId("supervision-trail");
        trail.addColumn(t -> time(t.at())).setHeader(getTranslation("supervision.time")).setAutoWidth(true);
        trail.addColumn(TrailEntry::stepName).setHeader(getTranslation("supervision.step")).setAutoWidth(true);
        trail.addColumn(TrailEntry::kind).setHeader(getTranslation("supervision.kind")).setAutoWidth(true);
        trail.addColumn(TrailEntry::actor).setHeader(getTranslation("supervision.actor")).setAutoWidth(true);
        trail.addColumn(TrailEntry::opinion).setHeader(getTranslation("supervision.opinion")).setFlexGrow(2);
        trail.setHeight("14rem");
        cases.asSingleSelect().addValueChangeListener(e -> trail.setItems(e.getValue() == null || e.getValue().processInstanceId() == null
                ? java.util.List.of() : supervision.trail(me, e.getValue().processInstanceId())));

        Grid<DataAccess> log = new Grid<>();
        log.setId("supervision-access-log");
        log.addColumn(a -> time(a.at())).setHeader(getTranslation("supervision.time")).setAutoWidth(true);
        log.addColumn(DataAccess::username).setHeader(getTranslation("supervision.viewer")).setAutoWidth(true);
        log.addColumn(DataAccess::unitCode).setHeader(getTranslation("supervision.unit")).setAutoWidth(true);
        log.addColumn(DataAccess::subject).setHeader(getTranslation("supervision.subject")).setAutoWidth(true);
        log.addColumn(DataAccess::field).setHeader(getTranslation("supervision.field")).setAutoWidth(true);
        log.addColumn(DataAccess::purpose).setHeader(getTranslation("supervision.purpose")).setFlexGrow(2);
        log.setItems(supervision.accessLog(me));
        log.setHeight("14rem");

        add(new H3(getTranslation("supervision.cases")), cases, new H3(getTranslation("supervision.trail")), trail,
                new H3(getTranslation("supervision.accessLog")), log);
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision") + " | " + getTranslation("app.title");
    }
}
