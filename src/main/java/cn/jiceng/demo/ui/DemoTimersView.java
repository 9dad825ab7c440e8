package cn.jiceng.demo.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.demo.DemoTimers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Demo only: the waiting timers (registration, switching window, re-examination deadline, publicity
 * period …) with a button that makes one due now, so a campaign can be run to its end in one sitting.
 * Absent in the prod profile.
 */
@Route("demo/timers")
@RolesAllowed({"ADMIN", "HR"})
public class DemoTimersView extends VerticalLayout implements HasDynamicTitle {

    private final DemoTimers timers;
    private final Grid<DemoTimers.WaitingTimer> grid = new Grid<>();

    public DemoTimersView(ObjectProvider<DemoTimers> timers) {
        this.timers = timers.getIfAvailable();
        add(new H2(getTranslation("demoTimers.title")));
        if (this.timers == null) {
            add(new Paragraph(getTranslation("demoTimers.unavailable")));
            return;
        }
        add(new Paragraph(getTranslation("demoTimers.help")));
        grid.setId("demo-timers");
        grid.addColumn(t -> stepName("bpmn." + t.processKey(), t.process())).setHeader(getTranslation("demoTimers.process")).setAutoWidth(true);
        grid.addColumn(DemoTimers.WaitingTimer::businessKey).setHeader(getTranslation("demoTimers.case")).setAutoWidth(true);
        grid.addColumn(t -> stepName("bpmn." + t.processKey() + "." + t.activityId(), t.activityId())).setHeader(getTranslation("demoTimers.step")).setAutoWidth(true);
        grid.addColumn(t -> Times.format(t.due())).setHeader(getTranslation("demoTimers.due")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button now = new Button(getTranslation("demoTimers.now"), e -> {
                this.timers.dueNow(t.jobId());
                Feedback.success("demoTimers.done");
                refresh();
            });
            now.addThemeVariants(ButtonVariant.LUMO_SMALL);
            now.getElement().setAttribute("data-step", t.activityId());
            now.getElement().setAttribute("data-case", t.businessKey());
            return now;
        });
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** The name of a process or step in the UI's language; the model's own name or id if the bundles lack it. */
    private String stepName(String key, String fallback) {
        String name = getTranslation(key);
        return name.startsWith("!") ? fallback : name;
    }

    private void refresh() {
        grid.setItems(timers.waiting());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demoTimers.title") + " | " + getTranslation("app.title");
    }
}
