package cn.jiceng.dashboard.ui;

import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.ui.Steps;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.dashboard.service.DashboardFocus;
import cn.jiceng.dashboard.service.DashboardRows.AssigneeOverdue;
import cn.jiceng.dashboard.service.DashboardRows.CampaignRef;
import cn.jiceng.dashboard.service.DashboardRows.Outcomes;
import cn.jiceng.dashboard.service.DashboardRows.StageCount;
import cn.jiceng.dashboard.service.DashboardRows.StepDuration;
import cn.jiceng.dashboard.service.DashboardRows.StepLoad;
import cn.jiceng.dashboard.service.DashboardRows.UnitFigures;
import cn.jiceng.dashboard.service.DashboardRows.WeekCount;
import cn.jiceng.dashboard.service.DashboardService;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.SelectionStatus;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Leaders' dashboard (领导驾驶舱): for the leader's region, or one unit below it reached by drilling
 * down the organisation tree, and for all processes or one recruitment campaign: the campaign's
 * outcomes, applications per stage and per unit, open and overdue tasks per unit, step and
 * reviewer, tasks completed per week and how long each step takes. The unit and campaign are in the
 * URL ({@code ?unit=220103&campaign=2}), so the browser's back button climbs back up; the service
 * refuses a unit or campaign outside the user's region. Every table downloads as Excel.
 */
@Route("dashboard")
@RolesAllowed({"LEADER", "ADMIN", "HR"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "dashboard";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Set<String> PROCESSES = Set.of("recruitmentApplication", "recruitmentCampaign", "publicity",
            "publicityInvestigation", "sampleReview");

    private final DashboardService dashboard;
    private final AppUser user;
    private final ComboBox<CampaignRef> campaign = new ComboBox<>();
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final Div kpis = new Div();
    private final FigureTable<UnitFigures> units;
    private final EChart unitChart = new EChart();
    private final FigureTable<StageCount> stages;
    private final EChart stageChart = new EChart();
    private final FigureTable<StepLoad> steps;
    private final FigureTable<WeekCount> weeks;
    private final EChart weekChart = new EChart();
    private final FigureTable<StepDuration> durations;
    private final EChart durationChart = new EChart();
    private final FigureTable<AssigneeOverdue> overdue;
    private DashboardFocus focus;
    private boolean navigating;

    public DashboardView(DashboardService dashboard, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.user = currentUser.require();
        setId("dashboard-view");
        addClassName("dashboard");

        campaign.setId("dashboard-campaign");
        campaign.setLabel(getTranslation("dashboard.campaign"));
        campaign.setPlaceholder(getTranslation("dashboard.allProcesses"));
        campaign.setClearButtonVisible(true);
        campaign.setWidth("30rem");
        campaign.setItemLabelGenerator(c -> c.code() + " " + c.name());
        campaign.addValueChangeListener(e -> {
            if (!navigating) {
                go(focus == null || focus.unit() == null ? null : focus.unit().getCode(), e.getValue());
            }
        });
        breadcrumb.setId("dashboard-breadcrumb");
        breadcrumb.setAlignItems(FlexComponent.Alignment.BASELINE);
        breadcrumb.setSpacing(false);
        HorizontalLayout toolbar = new HorizontalLayout(campaign, breadcrumb);
        toolbar.setAlignItems(FlexComponent.Alignment.END);
        toolbar.setWidthFull();
        kpis.setId("dashboard-kpis");
        kpis.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        units = new FigureTable<UnitFigures>("dashboard-units", getTranslation("dashboard.units.title"), "units")
                .componentColumn("dashboard.col.unit", this::unitLabel, this::unitCell)
                .column("dashboard.col.applications", UnitFigures::applications)
                .column("dashboard.col.qualified", UnitFigures::qualified)
                .column("dashboard.col.hired", UnitFigures::hired)
                .column("dashboard.col.openTasks", UnitFigures::openTasks)
                .column("dashboard.col.overdue", UnitFigures::overdueTasks)
                .column("dashboard.col.completed12", UnitFigures::completedTasks);
        units.chart(unitChart);
        unitChart.setId("dashboard-units-chart");
        unitChart.addItemClickListener(i -> {
            if (i >= 0 && i < units.items().size()) {
                drill(units.items().get(i));
            }
        });

        stages = new FigureTable<StageCount>("dashboard-stages", getTranslation("dashboard.stages.title"), "stages")
                .column("dashboard.col.stage", this::stageLabel)
                .column("dashboard.col.count", StageCount::count);
        stages.chart(stageChart);
        stageChart.setId("dashboard-stages-chart");

        steps = new FigureTable<StepLoad>("dashboard-steps", getTranslation("dashboard.steps.title"), "open-tasks")
                .column("dashboard.col.process", s -> processLabel(s.processKey()))
                .column("dashboard.col.step", s -> Steps.name(new StepRef(s.processKey(), s.stepKey(), null), s.stepName()))
                .column("dashboard.col.openTasks", StepLoad::open)
                .column("dashboard.col.overdue", StepLoad::overdue);

        weeks = new FigureTable<WeekCount>("dashboard-weeks", getTranslation("dashboard.weeks.title"), "throughput")
                .column("dashboard.col.week", w -> w.weekStart().toString())
                .column("dashboard.col.completed", WeekCount::completed);
        weeks.chart(weekChart);
        weekChart.setId("dashboard-weeks-chart");

        durations = new FigureTable<StepDuration>("dashboard-durations", getTranslation("dashboard.durations.title"),
                "durations")
                .column("dashboard.col.process", s -> processLabel(s.processKey()))
                .column("dashboard.col.step", s -> Steps.name(new StepRef(s.processKey(), s.stepKey(), null), s.stepName()))
                .column("dashboard.col.completed", StepDuration::completed)
                .column("dashboard.col.median", StepDuration::medianHours)
                .column("dashboard.col.p90", StepDuration::p90Hours);
        durations.chart(durationChart);
        durationChart.setId("dashboard-durations-chart");

        overdue = new FigureTable<AssigneeOverdue>("dashboard-overdue", getTranslation("dashboard.overdue.title"),
                "overdue-by-reviewer")
                .column("dashboard.col.assignee", this::assigneeLabel)
                .column("dashboard.col.overdue", AssigneeOverdue::overdue)
                .column("dashboard.col.oldestDue", a -> a.oldestDue() == null ? null : MINUTE.format(a.oldestDue()));

        Div widgets = new Div(units, stages, steps, weeks, durations, overdue);
        widgets.setWidthFull();
        widgets.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(34rem, 1fr))")
                .set("gap", "var(--lumo-space-l)");
        add(new H2(getTranslation("dashboard.title")), toolbar, kpis, widgets);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String unit = first(params, "unit");
        Long campaignId = null;
        try {
            String c = first(params, "campaign");
            campaignId = c == null ? null : Long.valueOf(c);
        } catch (NumberFormatException e) {
            campaignId = null;
        }
        try {
            focus = dashboard.focus(user, unit, campaignId);
        } catch (AccessDeniedException e) {
            Feedback.error("dashboard.outsideRegion");
            focus = dashboard.focus(user, null, null);
        }
        render();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private void go(String unitCode, CampaignRef c) {
        Map<String, String> params = new HashMap<>();
        if (unitCode != null) {
            params.put("unit", unitCode);
        }
        if (c != null) {
            params.put("campaign", String.valueOf(c.id()));
        }
        UI.getCurrent().navigate(ROUTE, QueryParameters.simple(params));
    }

    private void drill(UnitFigures row) {
        if (row.drillable() && row.unitCode() != null) {
            go(row.unitCode(), focus.campaign());
        }
    }

    private void render() {
        navigating = true;
        List<CampaignRef> campaigns = dashboard.campaigns(user);
        campaign.setItems(campaigns);
        campaign.setValue(focus.campaign() == null ? null
                : campaigns.stream().filter(c -> c.id() == focus.campaign().id()).findFirst().orElse(null));
        navigating = false;
        renderBreadcrumb();

        Outcomes o = dashboard.outcomes(focus);
        List<UnitFigures> unitRows = dashboard.perUnit(focus);
        long open = unitRows.stream().mapToLong(UnitFigures::openTasks).sum();
        long late = unitRows.stream().mapToLong(UnitFigures::overdueTasks).sum();
        kpis.removeAll();
        kpi("openings", o.openings());
        kpi("applications", o.applications());
        kpi("inReview", o.inReview());
        kpi("qualified", o.qualified());
        kpi("rejected", o.rejected());
        kpi("withdrawn", o.withdrawn());
        kpi("proposed", o.proposed());
        kpi("hired", o.hired());
        kpi("openTasks", open);
        kpi("overdue", late);

        units.setItems(unitRows);
        List<String> names = unitRows.stream().map(this::unitLabel).toList();
        unitChart.setOption(ChartOptions.categories(names, false, List.of(
                ChartOptions.Series.bar(getTranslation("dashboard.col.applications"),
                        unitRows.stream().map(UnitFigures::applications).toList()),
                ChartOptions.Series.bar(getTranslation("dashboard.col.openTasks"),
                        unitRows.stream().map(UnitFigures::openTasks).toList()),
                ChartOptions.Series.bar(getTranslation("dashboard.col.overdue"),
                        unitRows.stream().map(UnitFigures::overdueTasks).toList()))));

        List<StageCount> stageRows = dashboard.applicationStages(focus).stream().sorted(Comparator
                .comparingInt((StageCount s) -> ApplicationStatus.valueOf(s.status()).ordinal())
                .thenComparingInt(s -> s.stage() == null ? -1 : SelectionStatus.valueOf(s.stage()).ordinal())).toList();
        stages.setItems(stageRows);
        stageChart.setOption(ChartOptions.categories(stageRows.stream().map(this::stageLabel).toList(), true, List.of(
                ChartOptions.Series.bar(getTranslation("dashboard.col.count"), stageRows.stream().map(StageCount::count).toList()))));
        stageChart.setHeight(Math.max(200, 40 + stageRows.size() * 32) + "px");

        steps.setItems(dashboard.openTasksPerStep(focus));

        List<WeekCount> weekRows = dashboard.throughput(focus);
        weeks.setItems(weekRows);
        weekChart.setOption(ChartOptions.categories(weekRows.stream().map(w -> DAY.format(w.weekStart())).toList(), false,
                List.of(ChartOptions.Series.line(getTranslation("dashboard.col.completed"),
                        weekRows.stream().map(WeekCount::completed).toList()))));

        List<StepDuration> durationRows = dashboard.stageDurations(focus);
        durations.setItems(durationRows);
        durationChart.setOption(ChartOptions.categories(durationRows.stream().map(s -> Steps.name(new StepRef(s.processKey(), s.stepKey(), null), s.stepName())).toList(), true,
                List.of(ChartOptions.Series.bar(getTranslation("dashboard.col.median"),
                                durationRows.stream().map(StepDuration::medianHours).toList()),
                        ChartOptions.Series.bar(getTranslation("dashboard.col.p90"),
                                durationRows.stream().map(StepDuration::p90Hours).toList()))));
        durationChart.setHeight(Math.max(200, 60 + durationRows.size() * 48) + "px");

        overdue.setItems(dashboard.overdueByAssignee(focus));
    }

    private void renderBreadcrumb() {
        breadcrumb.removeAll();
        List<OrgUnit> chain = focus.breadcrumb();
        if (focus.unit() == null) {
            Span all = new Span(getTranslation("dashboard.allRegions"));
            all.setId("dashboard-crumb-current");
            breadcrumb.add(all);
            return;
        }
        for (int i = 0; i < chain.size(); i++) {
            OrgUnit u = chain.get(i);
            if (i > 0) {
                breadcrumb.add(new Span(" › "));
            }
            if (i == chain.size() - 1) {
                Span current = new Span(u.getName());
                current.setId("dashboard-crumb-current");
                current.getStyle().set("font-weight", "600");
                breadcrumb.add(current);
            } else {
                Button up = new Button(u.getName(), e -> go(u.getCode(), focus.campaign()));
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                up.setId("dashboard-crumb-" + u.getCode());
                breadcrumb.add(up);
            }
        }
    }

    private void kpi(String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span label = new Span(getTranslation("dashboard.kpi." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(number, label);
        card.setId("kpi-" + key);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "7rem");
        kpis.add(card);
    }

    /** A unit with units below it is a button that drills down; the others are plain text. */
    private com.vaadin.flow.component.Component unitCell(UnitFigures u) {
        if (!u.drillable() || u.unitCode() == null) {
            return new Span(unitLabel(u));
        }
        Button drill = new Button(unitLabel(u), e -> drill(u));
        drill.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        drill.setId("dashboard-unit-" + u.unitCode());
        drill.getElement().setAttribute("title", getTranslation("dashboard.drillHint"));
        return drill;
    }

    private String unitLabel(UnitFigures u) {
        if (u.unitCode() != null) {
            return u.unitName();
        }
        return u.unitName() == null ? getTranslation("dashboard.noUnit") : getTranslation("dashboard.ownUnit", u.unitName());
    }

    private String stageLabel(StageCount s) {
        return s.stage() != null ? getTranslation("selectionStatus." + s.stage()) : getTranslation("applicationStatus." + s.status());
    }

    private String processLabel(String key) {
        return PROCESSES.contains(key) ? getTranslation("dashboard.process." + key) : key;
    }

    /** Step names are "中文 English" in the BPMN: the part of the UI's language. */
    private String assigneeLabel(AssigneeOverdue a) {
        if (a.assignee() == null) {
            return getTranslation("dashboard.unclaimed");
        }
        return a.displayName() == null ? a.assignee() : a.displayName() + " (" + a.assignee() + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.title");
    }
}
