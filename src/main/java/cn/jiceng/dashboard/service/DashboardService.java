package cn.jiceng.dashboard.service;

import cn.jiceng.dashboard.service.DashboardRows.AssigneeOverdue;
import cn.jiceng.dashboard.service.DashboardRows.CampaignRef;
import cn.jiceng.dashboard.service.DashboardRows.Outcomes;
import cn.jiceng.dashboard.service.DashboardRows.StageCount;
import cn.jiceng.dashboard.service.DashboardRows.StepDuration;
import cn.jiceng.dashboard.service.DashboardRows.StepLoad;
import cn.jiceng.dashboard.service.DashboardRows.UnitFigures;
import cn.jiceng.dashboard.service.DashboardRows.WeekCount;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.RegionScopeService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' dashboards (领导驾驶舱): aggregate queries over the task projection ({@code wb_task}),
 * the engine's task history ({@code ACT_HI_TASKINST}) and the recruitment tables. Every widget is
 * one SQL statement that groups in the database and is filtered by the focused unit's path, which
 * {@link #focus} has checked against the user's region; nothing loads cases into memory.
 * "Now" (overdue) is the engine clock.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final int WEEKS = 12;

    /** Applications joined to their post's unit, for region filtering by path. */
    private static final String APPLICATIONS = " from rec_application a join rec_post p on p.id = a.post_id"
            + " join org_unit u on u.code = p.unit_code";

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionScopeService scope;
    private final OrgUnitService orgUnits;

    public DashboardService(NamedParameterJdbcTemplate jdbc, RegionScopeService scope, OrgUnitService orgUnits) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.orgUnits = orgUnits;
    }

    /** True if the user has a region to look at (staff); applicants have none. */
    public boolean hasRegion(AppUser user) {
        return scope.scopePath(user).isPresent();
    }

    /**
     * The campaigns of the user's region, newest first: those of a city in the region and those with
     * a post in it (a county leader sees the city's campaign, counted over the county's posts only).
     */
    public List<CampaignRef> campaigns(AppUser user) {
        String path = scope.scopePath(user).orElseThrow(() -> new AccessDeniedException("no region"));
        return jdbc.query("select c.id, c.code, c.name, c.status, c.process_instance_id from rec_campaign c"
                        + " where exists (select 1 from org_unit cu where cu.code = c.city_code and cu.path like :scope)"
                        + " or exists (select 1 from rec_post p join org_unit pu on pu.code = p.unit_code"
                        + " where p.campaign_id = c.id and pu.path like :scope)"
                        + " order by c.cal_year desc, c.batch desc, c.id desc",
                Map.of("scope", path + "%"), (rs, n) -> new CampaignRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
    }

    /**
     * The focus of a dashboard: the unit (null: the top of the user's region), refused if it lies
     * outside the region; the campaign (null: the overview), refused if it is not one of
     * {@link #campaigns}.
     */
    public DashboardFocus focus(AppUser user, String unitCode, Long campaignId) {
        String scopePath = scope.scopePath(user).orElseThrow(() -> new AccessDeniedException("no region"));
        OrgUnit unit;
        if (unitCode == null) {
            unit = scope.scopeRoot(user).orElse(null);
        } else {
            unit = orgUnits.findByCode(unitCode).filter(u -> u.getPath().startsWith(scopePath))
                    .orElseThrow(() -> new AccessDeniedException("unit " + unitCode + " is outside the user's region"));
        }
        CampaignRef campaign = null;
        if (campaignId != null) {
            campaign = campaigns(user).stream().filter(c -> c.id() == campaignId).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("campaign " + campaignId + " is outside the user's region"));
        }
        List<OrgUnit> breadcrumb = unit == null ? List.of()
                : orgUnits.ancestry(unit).stream().filter(u -> u.getPath().startsWith(scopePath)).toList();
        List<OrgUnit> children = unit == null ? orgUnits.roots() : orgUnits.children(unit);
        Set<String> drillable = new HashSet<>();
        if (!children.isEmpty()) {
            drillable.addAll(jdbc.queryForList("select distinct parent_code from org_unit where parent_code in (:codes)",
                    Map.of("codes", children.stream().map(OrgUnit::getCode).toList()), String.class));
        }
        return new DashboardFocus(unit, unit == null ? RegionScopeService.EVERYTHING : unit.getPath(), breadcrumb, children,
                drillable, campaign);
    }

    /** The campaign's (or every campaign's) outcomes in the focused region: openings, applications by result, hires. */
    public Outcomes outcomes(DashboardFocus f) {
        MapSqlParameterSource p = params(f);
        String campaign = f.campaign() == null ? "" : " and a.campaign_id = :campaign";
        String postCampaign = f.campaign() == null ? "" : " and p2.campaign_id = :campaign";
        return jdbc.queryForObject("select"
                + " (select coalesce(sum(p2.openings), 0) from rec_post p2 join org_unit u2 on u2.code = p2.unit_code"
                + " where u2.path like :prefix and p2.status <> 'CANCELLED'" + postCampaign + ") as openings,"
                + " count(a.id) as total,"
                + " coalesce(sum(case when a.status in ('SUBMITTED', 'PRELIMINARY_PASSED', 'RETURNED') then 1 else 0 end), 0) as in_review,"
                + " coalesce(sum(case when a.status = 'QUALIFIED' then 1 else 0 end), 0) as qualified,"
                + " coalesce(sum(case when a.status in ('REJECTED', 'EXPIRED') then 1 else 0 end), 0) as rejected,"
                + " coalesce(sum(case when a.status in ('WITHDRAWN', 'POST_CANCELLED') or a.stage = 'WITHDRAWN' then 1 else 0 end), 0) as withdrawn,"
                + " coalesce(sum(case when a.stage in ('PROPOSED', 'PUBLICITY', 'PUBLICITY_SUSPENDED', 'PUBLICITY_PASSED') then 1 else 0 end), 0) as proposed,"
                + " coalesce(sum(case when a.stage = 'HIRED' then 1 else 0 end), 0) as hired"
                + APPLICATIONS + " where u.path like :prefix" + campaign, p, (rs, n) -> new Outcomes(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    /** Applications per status and selection stage (cases per stage), in the focused region. */
    public List<StageCount> applicationStages(DashboardFocus f) {
        String campaign = f.campaign() == null ? "" : " and a.campaign_id = :campaign";
        return jdbc.query("select a.status, a.stage, count(*)" + APPLICATIONS + " where u.path like :prefix" + campaign
                        + " group by a.status, a.stage", params(f),
                (rs, n) -> new StageCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /**
     * Figures per child unit of the focus (and one row for the focused unit's own cases, if any):
     * applications from one query, tasks from another; a child without figures has a row of zeros.
     */
    public List<UnitFigures> perUnit(DashboardFocus f) {
        Map<String, long[]> apps = applicationsPerUnit(f);
        Map<String, long[]> tasks = tasksPerUnit(f);
        List<UnitFigures> rows = new ArrayList<>();
        long[] none = new long[3];
        long[] ownApps = apps.get(null);
        long[] ownTasks = tasks.get(null);
        if (ownApps != null || ownTasks != null) {
            long[] a = ownApps == null ? none : ownApps;
            long[] t = ownTasks == null ? none : ownTasks;
            rows.add(new UnitFigures(null, f.unit() == null ? null : f.unit().getName(), false, a[0], a[1], a[2], t[0], t[1],
                    t[2]));
        }
        for (OrgUnit child : f.children()) {
            long[] a = apps.getOrDefault(child.getCode(), none);
            long[] t = tasks.getOrDefault(child.getCode(), none);
            rows.add(new UnitFigures(child.getCode(), child.getName(), f.canDrill(child), a[0], a[1], a[2], t[0], t[1], t[2]));
        }
        return rows;
    }

    /** Applications, qualified, hired per child unit (key null: the focused unit's own). One query. */
    Map<String, long[]> applicationsPerUnit(DashboardFocus f) {
        String campaign = f.campaign() == null ? "" : " and a.campaign_id = :campaign";
        Map<String, long[]> perPath = new HashMap<>();
        jdbc.query("select u.path, count(*), sum(case when a.status = 'QUALIFIED' then 1 else 0 end),"
                + " sum(case when a.stage = 'HIRED' then 1 else 0 end)" + APPLICATIONS
                + " where u.path like :prefix" + campaign + " group by u.path", params(f), rs -> {
            perPath.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        return perChild(f, perPath);
    }

    /** Open, overdue and (last {@value #WEEKS} weeks) completed tasks per child unit. Two queries, one per status. */
    Map<String, long[]> tasksPerUnit(DashboardFocus f) {
        MapSqlParameterSource p = params(f).addValue("now", now()).addValue("since", Timestamp.from(weekStarts().get(0)));
        Map<String, long[]> perPath = new HashMap<>();
        // two reads, each in the order of the region index (status, unit path, …) and from it alone: an OR of
        // the two statuses would group 100,000 rows in a temporary table
        jdbc.query("select t.unit_path, count(*), sum(case when t.due_at < :now then 1 else 0 end) from wb_task t"
                + " where t.status = 'OPEN' and t.unit_path like :prefix" + campaignTasks(f) + " group by t.unit_path", p, rs -> {
            perPath.computeIfAbsent(rs.getString(1), k -> new long[3])[0] += rs.getLong(2);
            perPath.get(rs.getString(1))[1] += rs.getLong(3);
        });
        jdbc.query("select t.unit_path, count(*) from wb_task t"
                + " where t.status = 'COMPLETED' and t.unit_path like :prefix and t.ended_at >= :since" + campaignTasks(f)
                + " group by t.unit_path", p, rs -> {
            perPath.computeIfAbsent(rs.getString(1), k -> new long[3])[2] += rs.getLong(2);
        });
        return perChild(f, perPath);
    }

    /**
     * Figures grouped by unit path (one row per unit that has any: at most the region's units, never
     * its cases) summed per child unit of the focus; key null: the focused unit's own. Grouping by
     * path in the database and folding here is much cheaper than joining every row to the children
     * with a prefix match (docs/performance.md).
     */
    private static Map<String, long[]> perChild(DashboardFocus f, Map<String, long[]> perPath) {
        Map<String, long[]> out = new HashMap<>();
        List<OrgUnit> children = f.children();
        perPath.forEach((path, figures) -> {
            String key = null;
            for (OrgUnit child : children) {
                if (path != null && path.startsWith(child.getPath())) {
                    key = child.getCode();
                    break;
                }
            }
            out.merge(key, figures.clone(), (a, b) -> {
                for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                }
                return a;
            });
        });
        return out;
    }

    /** Open tasks per process step, of them overdue (where the work stands across processes). */
    public List<StepLoad> openTasksPerStep(DashboardFocus f) {
        // counted from the region index alone (the step's name is not in it: one row per step is read for it after)
        List<StepLoad> counted = jdbc.query("select t.process_key, t.step_key, count(*),"
                        + " sum(case when t.due_at < :now then 1 else 0 end) from wb_task t"
                        + " where t.status = 'OPEN' and t.unit_path like :prefix" + campaignTasks(f)
                        + " group by t.process_key, t.step_key order by t.process_key, t.step_key",
                params(f).addValue("now", now()), (rs, n) -> new StepLoad(rs.getString(1), rs.getString(2), null,
                        rs.getLong(3), rs.getLong(4)));
        return counted.stream().map(s -> new StepLoad(s.processKey(), s.stepKey(), stepName(s.processKey(), s.stepKey()),
                s.open(), s.overdue())).toList();
    }

    /** The model's name of a step, from any one of its rows (the step index leads to it). */
    private String stepName(String processKey, String stepKey) {
        return jdbc.query("select t.name from wb_task t where t.process_key = :process and t.step_key = :step limit 1",
                new MapSqlParameterSource("process", processKey).addValue("step", stepKey), rs -> rs.next() ? rs.getString(1) : stepKey);
    }

    /** Tasks completed per week, the last {@value #WEEKS} weeks (Monday to Monday, Beijing time), oldest first. */
    public List<WeekCount> throughput(DashboardFocus f) {
        List<Instant> starts = weekStarts();
        MapSqlParameterSource p = params(f);
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < WEEKS; i++) {
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(case when t.ended_at >= :w").append(i)
                    .append(" and t.ended_at < :w").append(i + 1).append(" then 1 else 0 end), 0)");
            p.addValue("w" + i, Timestamp.from(starts.get(i)));
        }
        p.addValue("w" + WEEKS, Timestamp.from(starts.get(WEEKS)));
        sql.append(" from wb_task t where t.status = 'COMPLETED' and t.unit_path like :prefix and t.ended_at >= :w0"
                + " and t.ended_at < :w" + WEEKS).append(campaignTasks(f));
        return jdbc.query(sql.toString(), p, rs -> {
            List<WeekCount> weeks = new ArrayList<>();
            rs.next();
            for (int i = 0; i < WEEKS; i++) {
                weeks.add(new WeekCount(LocalDate.ofInstant(starts.get(i), BEIJING), rs.getLong(i + 1)));
            }
            return weeks;
        });
    }

    /**
     * Median and 90th percentile of the durations of completed tasks per step, from the engine's
     * task history ({@code DURATION_}, milliseconds), region-filtered through the projection. The
     * percentiles are nearest-rank and computed in the database with window functions (H2, MySQL 8
     * and MariaDB all have them; MySQL has no PERCENTILE_CONT): each step's durations are ranked, and
     * only the rows at rank ceil(0.5·n) and ceil(0.9·n) come back, so at most two rows per step.
     */
    public List<StepDuration> stageDurations(DashboardFocus f) {
        Map<String, Object[]> steps = new LinkedHashMap<>();
        jdbc.query("select d.process_key, d.step_key, d.name, d.n, d.rn, d.duration from ("
                + " select t.process_key, t.step_key, t.name, h.DURATION_ as duration,"
                + " row_number() over (partition by t.process_key, t.step_key order by h.DURATION_, t.task_id) as rn,"
                + " count(*) over (partition by t.process_key, t.step_key) as n"
                + " from wb_task t join ACT_HI_TASKINST h on h.ID_ = t.task_id"
                + " where t.status = 'COMPLETED' and h.DURATION_ is not null and t.unit_path like :prefix" + campaignTasks(f)
                + ") d where d.rn = ceiling(d.n * 0.5) or d.rn = ceiling(d.n * 0.9)"
                + " order by d.process_key, d.step_key, d.rn", params(f), rs -> {
            String key = rs.getString(1) + "/" + rs.getString(2);
            long n = rs.getLong(4);
            long rank = rs.getLong(5);
            double hours = rs.getLong(6) / 3_600_000.0;
            Object[] row = steps.computeIfAbsent(key, k -> new Object[] {null, null, null, 0L, 0.0, 0.0});
            row[0] = rs.getString(1);
            row[1] = rs.getString(2);
            row[2] = rs.getString(3);
            row[3] = n;
            if (rank == (long) Math.ceil(n * 0.5)) {
                row[4] = hours;
            }
            if (rank == (long) Math.ceil(n * 0.9)) {
                row[5] = hours;
            }
        });
        return steps.values().stream().map(r -> new StepDuration((String) r[0], (String) r[1], (String) r[2], (Long) r[3],
                round((Double) r[4]), round((Double) r[5]))).toList();
    }

    /** Overdue open tasks per assignee (unclaimed ones together), most first. */
    public List<AssigneeOverdue> overdueByAssignee(DashboardFocus f) {
        return jdbc.query("select t.assignee, max(u.display_name), count(*), min(t.due_at) from wb_task t"
                        + " left join app_user u on u.username = t.assignee"
                        + " where t.status = 'OPEN' and t.due_at < :now and t.unit_path like :prefix" + campaignTasks(f)
                        + " group by t.assignee order by count(*) desc, t.assignee",
                params(f).addValue("now", now()), (rs, n) -> new AssigneeOverdue(rs.getString(1), rs.getString(2),
                        rs.getLong(3), instant(rs, 4)));
    }

    /** The Mondays (00:00 Beijing) that start the last {@value #WEEKS} weeks, and the next Monday: WEEKS + 1 instants. */
    public static List<Instant> weekStarts() {
        LocalDate monday = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Instant> starts = new ArrayList<>();
        for (int i = WEEKS - 1; i >= -1; i--) {
            starts.add(monday.minusWeeks(i).atStartOfDay(BEIJING).toInstant());
        }
        return starts;
    }

    private static MapSqlParameterSource params(DashboardFocus f) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("prefix", f.prefix());
        if (f.unit() != null) {
            p.addValue("code", f.unit().getCode());
        }
        if (f.campaign() != null) {
            p.addValue("campaign", f.campaign().id())
                    .addValue("campaignPi", Objects.toString(f.campaign().processInstanceId(), "-"));
        }
        return p;
    }

    /** The join condition "c is a child of the focused unit". */
    private static String childOf(DashboardFocus f) {
        return f.unit() == null ? "c.parent_code is null" : "c.parent_code = :code";
    }

    /**
     * Tasks of the selected campaign: of its own process, of its applications' processes and of the
     * sub-processes it called (the publicity of the proposed hires).
     */
    private static String campaignTasks(DashboardFocus f) {
        if (f.campaign() == null) {
            return "";
        }
        return " and (t.process_instance_id = :campaignPi"
                + " or exists (select 1 from rec_application ca where ca.campaign_id = :campaign"
                + " and ca.process_instance_id = t.process_instance_id)"
                + " or t.process_instance_id in (select hp.ID_ from ACT_HI_PROCINST hp"
                + " where hp.SUPER_PROCESS_INSTANCE_ID_ = :campaignPi))";
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant).orElse(null);
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
