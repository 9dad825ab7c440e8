package cn.jiceng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.dashboard.service.DashboardFocus;
import cn.jiceng.dashboard.service.DashboardRows.AssigneeOverdue;
import cn.jiceng.dashboard.service.DashboardRows.CampaignRef;
import cn.jiceng.dashboard.service.DashboardRows.StageCount;
import cn.jiceng.dashboard.service.DashboardRows.StepDuration;
import cn.jiceng.dashboard.service.DashboardRows.StepLoad;
import cn.jiceng.dashboard.service.DashboardRows.UnitFigures;
import cn.jiceng.dashboard.service.DashboardRows.WeekCount;
import cn.jiceng.dashboard.service.DashboardService;
import cn.jiceng.common.spreadsheet.TableWorkbook;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's aggregate queries against counts done the slow way: every row read and counted
 * in Java. Region scoping: 长春市's leader never sees 吉林市's figures, the province leader sees both.
 */
@JicengSpringBootTest
class DashboardServiceTest {

    static final String CHANGCHUN = "/220000/220100/";
    static final String JILIN_CITY = "/220000/220200/";

    @Autowired
    DashboardService dashboard;
    @Autowired
    UserService users;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    JdbcTemplate jdbc;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    /** Tasks in 吉林市: one overdue (船营区 北京路社区), one open and one finished by the city, so that both cities have figures. */
    @BeforeEach
    void jilinCityHasWork() {
        if (jdbc.queryForObject("select count(*) from wb_task where case_title = '吉林市看板测试：已办结'", Long.class) > 0) {
            return;
        }
        reviews.startSampleReview("220204001001", "吉林市看板测试：超期", "T-DASH-JL-1", OffsetDateTime.now().minusDays(2));
        reviews.startSampleReview("220200", "吉林市看板测试：已办结", "T-DASH-JL-2", OffsetDateTime.now().plusDays(2));
        // the demo data has no sample reviews any more: a second open case of the city's own
        reviews.startSampleReview("220200", "吉林市看板测试：待办", "T-DASH-JL-3", OffsetDateTime.now().plusDays(5));
        TaskSummary done = reviews.openTasks(user("jl.reviewer")).stream()
                .filter(t -> t.title().equals("吉林市看板测试：已办结")).findFirst().orElseThrow();
        reviews.decide(user("jl.reviewer"), done.id(), true, "同意");
    }

    record TaskRow(String path, String status, Timestamp due, Timestamp ended, String assignee, String processKey,
                   String stepKey, String taskId) {
    }

    record AppRow(String path, String status, String stage, long campaignId) {
    }

    private List<TaskRow> tasks(String scope) {
        List<TaskRow> rows = new ArrayList<>();
        jdbc.query("select unit_path, status, due_at, ended_at, assignee, process_key, step_key, task_id from wb_task", rs -> {
            rows.add(new TaskRow(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getTimestamp(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8)));
        });
        return rows.stream().filter(r -> r.path().startsWith(scope)).toList();
    }

    private List<AppRow> applications(String scope) {
        List<AppRow> rows = new ArrayList<>();
        jdbc.query("select u.path, a.status, a.stage, a.campaign_id from rec_application a join rec_post p on p.id = a.post_id"
                + " join org_unit u on u.code = p.unit_code", rs -> {
            rows.add(new AppRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        });
        return rows.stream().filter(r -> r.path().startsWith(scope)).toList();
    }

    private static boolean overdue(TaskRow t) {
        return t.status().equals("OPEN") && t.due() != null && t.due().toInstant().isBefore(ClockUtil.getCurrentTime().toInstant());
    }

    @Test
    void applicationsPerStageMatchACountOfEveryApplication() {
        DashboardFocus f = dashboard.focus(user("cc.leader"), null, null);
        Map<String, Long> expected = new HashMap<>();
        for (AppRow a : applications(CHANGCHUN)) {
            expected.merge(a.status() + "/" + a.stage(), 1L, Long::sum);
        }
        Map<String, Long> actual = new HashMap<>();
        for (StageCount s : dashboard.applicationStages(f)) {
            actual.put(s.status() + "/" + s.stage(), s.count());
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(dashboard.outcomes(f).applications()).isEqualTo(applications(CHANGCHUN).size());
        assertThat(dashboard.outcomes(f).qualified())
                .isEqualTo(applications(CHANGCHUN).stream().filter(a -> a.status().equals("QUALIFIED")).count());
    }

    @Test
    void aCampaignsFiguresCountOnlyItsApplications() {
        AppUser leader = user("cc.leader");
        List<CampaignRef> campaigns = dashboard.campaigns(leader);
        assertThat(campaigns).extracting(CampaignRef::code).contains("CC-2026-2", "CC-2026-3");
        for (CampaignRef c : campaigns) {
            DashboardFocus f = dashboard.focus(leader, null, c.id());
            long expected = applications(CHANGCHUN).stream().filter(a -> a.campaignId() == c.id()).count();
            assertThat(dashboard.applicationStages(f).stream().mapToLong(StageCount::count).sum()).as(c.code())
                    .isEqualTo(expected);
            assertThat(dashboard.perUnit(f).stream().mapToLong(UnitFigures::applications).sum()).isEqualTo(expected);
        }
    }

    @Test
    void perUnitFiguresMatchTheRowsOfEachChildAndDrillDownChildrenSumToTheParent() {
        AppUser leader = user("province.leader");
        DashboardFocus province = dashboard.focus(leader, null, null);
        assertThat(province.unit().getCode()).isEqualTo("220000");
        assertThat(province.breadcrumb()).extracting(u -> u.getCode()).containsExactly("220000");
        List<UnitFigures> rows = dashboard.perUnit(province);
        assertThat(rows).extracting(UnitFigures::unitCode).contains("220100", "220200");
        List<TaskRow> all = tasks("/220000/");
        Instant since = DashboardService.weekStarts().get(0);
        for (UnitFigures row : rows) {
            String path = row.unitCode() == null ? null
                    : province.children().stream().filter(c -> c.getCode().equals(row.unitCode())).findFirst().orElseThrow().getPath();
            List<TaskRow> mine = all.stream().filter(t -> path == null ? t.path().equals("/220000/") : t.path().startsWith(path))
                    .toList();
            assertThat(row.openTasks()).as(row.unitName()).isEqualTo(mine.stream().filter(t -> t.status().equals("OPEN")).count());
            assertThat(row.overdueTasks()).isEqualTo(mine.stream().filter(DashboardServiceTest::overdue).count());
            assertThat(row.completedTasks()).isEqualTo(mine.stream().filter(t -> t.status().equals("COMPLETED")
                    && !t.ended().toInstant().isBefore(since)).count());
            if (path != null) {
                assertThat(row.applications()).isEqualTo(applications(path).size());
            }
        }
        // drill-down: the children (and the unit's own cases) add up to the parent, level by level
        assertThat(rows.stream().mapToLong(UnitFigures::openTasks).sum())
                .isEqualTo(all.stream().filter(t -> t.status().equals("OPEN")).count());
        assertThat(rows.stream().mapToLong(UnitFigures::applications).sum()).isEqualTo(dashboard.outcomes(province).applications());
        String[] chain = {"220100", "220103", "220103001"};
        for (String code : chain) {
            DashboardFocus f = dashboard.focus(leader, code, null);
            long parentOpen = dashboard.openTasksPerStep(f).stream().mapToLong(StepLoad::open).sum();
            List<UnitFigures> children = dashboard.perUnit(f);
            assertThat(children.stream().mapToLong(UnitFigures::openTasks).sum()).as(code).isEqualTo(parentOpen);
            assertThat(children.stream().mapToLong(UnitFigures::applications).sum()).as(code)
                    .isEqualTo(dashboard.outcomes(f).applications());
            assertThat(f.breadcrumb().get(f.breadcrumb().size() - 1).getCode()).isEqualTo(code);
        }
        assertThat(dashboard.focus(leader, "220103001", null).breadcrumb()).extracting(u -> u.getCode())
                .containsExactly("220000", "220100", "220103", "220103001");
    }

    @Test
    void aCityLeaderNeverSeesAnotherCityAndTheProvinceLeaderSeesBoth() {
        AppUser cc = user("cc.leader");
        DashboardFocus city = dashboard.focus(cc, null, null);
        assertThat(city.unit().getCode()).isEqualTo("220100");
        assertThat(city.breadcrumb()).extracting(u -> u.getCode()).containsExactly("220100");
        assertThat(dashboard.perUnit(city)).extracting(UnitFigures::unitCode).doesNotContain("220200", "220204");
        long ccOpen = tasks(CHANGCHUN).stream().filter(t -> t.status().equals("OPEN")).count();
        assertThat(dashboard.openTasksPerStep(city).stream().mapToLong(StepLoad::open).sum()).isEqualTo(ccOpen);
        assertThat(dashboard.overdueByAssignee(city).stream().mapToLong(AssigneeOverdue::overdue).sum())
                .isEqualTo(tasks(CHANGCHUN).stream().filter(DashboardServiceTest::overdue).count());
        assertThatThrownBy(() -> dashboard.focus(cc, "220200", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.focus(cc, "220204001001", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.focus(cc, "220000", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.focus(user("applicant"), null, null)).isInstanceOf(AccessDeniedException.class);

        DashboardFocus province = dashboard.focus(user("province.leader"), null, null);
        UnitFigures jilin = dashboard.perUnit(province).stream().filter(r -> "220200".equals(r.unitCode())).findFirst()
                .orElseThrow();
        UnitFigures changchun = dashboard.perUnit(province).stream().filter(r -> "220100".equals(r.unitCode())).findFirst()
                .orElseThrow();
        assertThat(jilin.openTasks()).isEqualTo(tasks(JILIN_CITY).stream().filter(t -> t.status().equals("OPEN")).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(jilin.overdueTasks()).isGreaterThanOrEqualTo(1);
        assertThat(jilin.completedTasks()).isGreaterThanOrEqualTo(1);
        assertThat(changchun.openTasks()).isEqualTo(ccOpen);
        assertThat(dashboard.focus(user("province.leader"), "220204", null).breadcrumb()).extracting(u -> u.getName())
                .containsExactly("吉林省", "吉林市", "船营区");
    }

    @Test
    void overdueTasksAreTheOpenOnesDueBeforeTheEngineClock() {
        DashboardFocus f = dashboard.focus(user("province.leader"), null, null);
        Map<String, Long> expected = new HashMap<>();
        for (TaskRow t : tasks("/220000/")) {
            if (overdue(t)) {
                expected.merge(Objects.toString(t.assignee(), "-"), 1L, Long::sum);
            }
        }
        Map<String, Long> actual = new HashMap<>();
        for (AssigneeOverdue a : dashboard.overdueByAssignee(f)) {
            actual.put(Objects.toString(a.assignee(), "-"), a.overdue());
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(dashboard.openTasksPerStep(f).stream().mapToLong(StepLoad::overdue).sum())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void throughputCountsTheTasksCompletedInEachOfTheLastTwelveWeeks() {
        DashboardFocus f = dashboard.focus(user("province.leader"), null, null);
        List<Instant> starts = DashboardService.weekStarts();
        List<WeekCount> weeks = dashboard.throughput(f);
        assertThat(weeks).hasSize(DashboardService.WEEKS);
        List<TaskRow> done = tasks("/220000/").stream().filter(t -> t.status().equals("COMPLETED")).toList();
        for (int i = 0; i < weeks.size(); i++) {
            Instant from = starts.get(i);
            Instant to = starts.get(i + 1);
            long expected = done.stream().filter(t -> !t.ended().toInstant().isBefore(from) && t.ended().toInstant().isBefore(to))
                    .count();
            assertThat(weeks.get(i).completed()).as(weeks.get(i).weekStart().toString()).isEqualTo(expected);
        }
        assertThat(weeks.stream().mapToLong(WeekCount::completed).sum()).isPositive();
    }

    @Test
    void stageDurationsAreTheNearestRankMedianAndP90OfTheHistory() {
        DashboardFocus f = dashboard.focus(user("province.leader"), null, null);
        Map<String, List<Long>> durations = new HashMap<>();
        jdbc.query("select t.process_key, t.step_key, h.DURATION_, t.unit_path from wb_task t join ACT_HI_TASKINST h"
                + " on h.ID_ = t.task_id where t.status = 'COMPLETED' and h.DURATION_ is not null", rs -> {
            if (rs.getString(4).startsWith("/220000/")) {
                durations.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(3));
            }
        });
        List<StepDuration> steps = dashboard.stageDurations(f);
        assertThat(steps).isNotEmpty();
        assertThat(steps).extracting(s -> s.processKey() + "/" + s.stepKey())
                .containsExactlyInAnyOrderElementsOf(durations.keySet());
        for (StepDuration s : steps) {
            List<Long> d = durations.get(s.processKey() + "/" + s.stepKey()).stream().sorted().toList();
            assertThat(s.completed()).isEqualTo(d.size());
            assertThat(s.medianHours()).isEqualTo(hours(d.get((int) Math.ceil(d.size() * 0.5) - 1)));
            assertThat(s.p90Hours()).isEqualTo(hours(d.get((int) Math.ceil(d.size() * 0.9) - 1)));
            assertThat(s.p90Hours()).isGreaterThanOrEqualTo(s.medianHours());
        }
    }

    private static double hours(long millis) {
        return Math.round(millis / 3_600_000.0 * 10) / 10.0;
    }

    @Test
    void anExportedTableKeepsFormulaLikeTextAsText() throws Exception {
        byte[] xlsx = TableWorkbook.write("各地区", List.of("地区", "申请人数"),
                List.of(List.of("=HYPERLINK(\"http://x\")", 3L), List.of("+1", 4L), List.of("长春市", 5L)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("地区");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(5.0);
        }
    }
}
