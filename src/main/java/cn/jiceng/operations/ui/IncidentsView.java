package cn.jiceng.operations.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.operations.service.IncidentRow;
import cn.jiceng.operations.service.OperationsService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators: the engine's open incidents (a service task or timer that failed on every
 * retry), with a button that retries the failed job now. Cockpit shows the same incidents.
 */
@Route("incidents")
@RolesAllowed("ADMIN")
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private final OperationsService operations;
    private final AppUser me;
    private final Grid<IncidentRow> grid = new Grid<>();

    public IncidentsView(CurrentUser currentUser, OperationsService operations) {
        this.operations = operations;
        this.me = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("operations.incidents.title")), new Paragraph(getTranslation("operations.incidents.help")));
        grid.setId("incidents");
        grid.addColumn(r -> r.raisedAt() == null ? "" : Times.format(r.raisedAt()))
                .setHeader(getTranslation("operations.incidents.raisedAt")).setAutoWidth(true);
        grid.addColumn(IncidentRow::process).setHeader(getTranslation("operations.incidents.process")).setAutoWidth(true);
        grid.addColumn(IncidentRow::businessKey).setHeader(getTranslation("operations.incidents.case")).setAutoWidth(true);
        grid.addColumn(IncidentRow::activityId).setHeader(getTranslation("operations.incidents.activity")).setAutoWidth(true);
        grid.addColumn(IncidentRow::message).setHeader(getTranslation("operations.incidents.message")).setFlexGrow(1);
        grid.addComponentColumn(this::retryButton).setHeader(getTranslation("operations.incidents.actions")).setAutoWidth(true);
        grid.setSizeFull();
        Button refresh = new Button(getTranslation("operations.incidents.refresh"), e -> refresh());
        refresh.setId("incidents-refresh");
        add(refresh, grid);
        refresh();
    }

    private Button retryButton(IncidentRow row) {
        Button retry = new Button(getTranslation("operations.incidents.retry"), e -> retry(row));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        retry.setEnabled(row.jobId() != null);
        return retry;
    }

    private void retry(IncidentRow row) {
        try {
            if (operations.retry(me, row.incidentId()) == OperationsService.RetryOutcome.COMPLETED) {
                Feedback.success("operations.incidents.retried");
            } else {
                Feedback.error("operations.incidents.failedAgain");
            }
        } catch (IllegalArgumentException e) {
            Feedback.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(operations.incidents(me));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incidents") + " | " + getTranslation("app.title");
    }
}
