package cn.jiceng.dashboard.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.demonstration.service.DemonstrationDashboardService;
import cn.jiceng.demonstration.service.ProgramDashboard;
import cn.jiceng.demonstration.service.ProgramDashboard.OutcomeCount;
import cn.jiceng.demonstration.service.ProgramDashboard.StageCount;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.QuotaStatus;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The leaders' view of a demonstration program (示范创建看板): units per stage and county, quota
 * attainment per county, flags or levels awarded, subsidies due, revocations and open
 * rectifications, for the user's region (DemonstrationDashboardService); every table downloads as Excel. The program is in the URL
 * ({@code ?program=3}); one outside the region is refused by the service.
 */
@Route("dashboard/demonstration")
@RolesAllowed({"LEADER", "ADMIN", "REVIEWER"})
public class ProgramDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "dashboard/demonstration";
    /** The stages in the order of the process. */
    static final List<String> STAGES = List.of("NOMINATED", "CREATING", "INSPECTING", "INSPECTED", "PROPOSED", "AWARDED",
            "NOT_AWARDED", "EXCLUDED", "REVOKED", "WITHDRAWN");

    private final ProgramService programs;
    private final DemonstrationDashboardService stats;
    private final AppUser user;
    private final ComboBox<ProgramSummary> program = new ComboBox<>();
    private final Div kpis = new Div();
    private final FigureTable<Map<String, Object>> stages;
    private final EChart stageChart = new EChart();
    private final FigureTable<QuotaStatus> quotas;
    private final FigureTable<OutcomeCount> outcomes;
    private final EChart outcomeChart = new EChart();
    private boolean navigating;

    public ProgramDashboardView(ProgramService programs, DemonstrationDashboardService stats, CurrentUser currentUser) {
        this.programs = programs;
        this.stats = stats;
        this.user = currentUser.require();
        setId("program-dashboard");
        program.setId("program-dashboard-program");
        program.setLabel(getTranslation("demui.dash.program"));
        program.setItemLabelGenerator(ProgramSummary::name);
        program.setWidth("36rem");
        program.addValueChangeListener(e -> {
            if (!navigating && e.getValue() != null) {
                UI.getCurrent().navigate(ROUTE, QueryParameters.simple(Map.of("program", String.valueOf(e.getValue().id()))));
            }
        });
        kpis.setId("program-dashboard-kpis");
        kpis.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        FigureTable<Map<String, Object>> st = new FigureTable<>("program-stages", getTranslation("demui.dash.stages"), "program-stages");
        st.column("demui.nomination.county", r -> r.get("county"));
        for (String s : STAGES) {
            st.column("demui.candidateStatus." + s, r -> r.getOrDefault(s, 0L));
        }
        st.column("demui.dash.total", r -> r.get("total"));
        st.chart(stageChart);
        stageChart.setId("program-stages-chart");
        stages = st;

        quotas = new FigureTable<QuotaStatus>("program-quota-attainment", getTranslation("demui.dash.quotas"), "program-quotas")
                .column("demui.quota.unit", q -> q.unitName() == null ? getTranslation("demui.quota.program") : q.unitName())
                .column("demui.quota.name", QuotaStatus::name)
                .column("demui.dash.counted", QuotaStatus::count)
                .column("demui.dash.of", QuotaStatus::denominator)
                .column("demui.dash.share", q -> q.share().multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP))
                .column("demui.quota.kind", q -> getTranslation(q.hard() ? "demui.quota.hard" : "demui.quota.soft"))
                .column("demui.quota.status", q -> getTranslation("demui.quota." + q.status().name()));

        outcomes = new FigureTable<OutcomeCount>("program-outcomes", getTranslation("demui.dash.outcomes"), "program-outcomes")
                .column("demui.nomination.final", OutcomeCount::outcomeName)
                .column("demui.dash.units", OutcomeCount::count)
                .column("demui.nomination.citySubsidy", OutcomeCount::citySubsidy)
                .column("demui.dash.countyMin", OutcomeCount::countySubsidyMin);
        outcomes.chart(outcomeChart);
        outcomeChart.setId("program-outcomes-chart");

        Div widgets = new Div(stages, quotas, outcomes);
        widgets.setWidthFull();
        widgets.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(34rem, 1fr))")
                .set("gap", "var(--lumo-space-l)");
        add(new H2(getTranslation("demui.dash.title")), program, kpis, widgets);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ProgramSummary> list = programs.programs(user);
        navigating = true;
        program.setItems(list);
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("program", List.of());
        ProgramSummary chosen = null;
        if (!ids.isEmpty()) {
            chosen = list.stream().filter(p -> String.valueOf(p.id()).equals(ids.get(0))).findFirst().orElse(null);
            if (chosen == null) {
                Feedback.error("dashboard.outsideRegion");
            }
        }
        if (chosen == null && !list.isEmpty()) {
            chosen = list.get(0);
        }
        program.setValue(chosen);
        navigating = false;
        if (chosen != null) {
            try {
                render(chosen);
            } catch (AccessDeniedException e) {
                Feedback.error("dashboard.outsideRegion");
            }
        }
    }

    private void render(ProgramSummary p) {
        ProgramDashboard figures = stats.dashboard(user, p.id());
        List<StageCount> rows = figures.stages();
        Map<String, Map<String, Object>> byCounty = new LinkedHashMap<>();
        for (StageCount r : rows) {
            Map<String, Object> m = byCounty.computeIfAbsent(r.countyCode(), k -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("county", r.countyName());
                x.put("total", 0L);
                return x;
            });
            m.put(r.status().name(), r.count());
            m.put("total", (Long) m.get("total") + r.count());
        }
        List<Map<String, Object>> table = new ArrayList<>(byCounty.values());
        stages.setItems(table);
        List<String> counties = table.stream().map(m -> (String) m.get("county")).toList();
        List<ChartOptions.Series> series = new ArrayList<>();
        for (String s : STAGES) {
            if (rows.stream().anyMatch(r -> r.status().name().equals(s))) {
                series.add(ChartOptions.Series.bar(getTranslation("demui.candidateStatus." + s),
                        table.stream().map(m -> (Long) m.getOrDefault(s, 0L)).toList()));
            }
        }
        stageChart.setOption(ChartOptions.categories(counties, false, series));

        quotas.setItems(figures.quotas());
        List<OutcomeCount> out = figures.outcomes();
        outcomes.setItems(out);
        outcomeChart.setOption(ChartOptions.categories(out.stream().map(OutcomeCount::outcomeName).toList(), true,
                List.of(ChartOptions.Series.bar(getTranslation("demui.dash.units"), out.stream().map(OutcomeCount::count).toList()))));
        outcomeChart.setHeight(Math.max(160, 40 + out.size() * 36) + "px");

        kpis.removeAll();
        kpi("units", rows.stream().mapToLong(StageCount::count).sum());
        kpi("awarded", out.stream().mapToLong(OutcomeCount::count).sum());
        kpi("citySubsidy", figures.citySubsidyDue().longValue());
        kpi("countySubsidy", figures.countySubsidyMinDue().longValue());
        kpi("weak", figures.weak());
        kpi("rectificationsOpen", figures.rectificationsOpen());
        kpi("rectified", figures.rectified());
        kpi("revoked", figures.revoked());
    }

    private void kpi(String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span label = new Span(getTranslation("demui.dash.kpi." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(number, label);
        card.setId("program-kpi-" + key);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "7rem");
        kpis.add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demui.dash.title") + " | " + getTranslation("app.title");
    }
}
