package cn.jiceng.demonstration;

import static cn.jiceng.demonstration.DemonstrationFixtures.NOW;
import static cn.jiceng.demonstration.DemonstrationFixtures.clock;
import static cn.jiceng.demonstration.DemonstrationFixtures.entry;
import static cn.jiceng.demonstration.DemonstrationFixtures.survey;
import static cn.jiceng.demonstration.DemonstrationFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.Exclusion;
import cn.jiceng.demonstration.domain.LeadingDecision;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.domain.Verdict;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.AwardEntry;
import cn.jiceng.demonstration.service.AwardList;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.QuotaStatus;
import cn.jiceng.demonstration.service.QuotaStatus.Attainment;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.demonstration.service.SurveyImportService;
import cn.jiceng.demonstration.service.UnitDecision;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.service.ObjectionForm;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each seed program runs end to end on the real processes and services (nominate → inspect →
 * publicize → decide → award), and along the way the paths the programs differ in: bottom-line
 * failure, a member unit's objection, a spot check that overturns a score, an objection upheld in the
 * publicity, an adjustment by the leading group, revocation after an inspection, rectification of a
 * weak unit; and the bad inputs (a score above the maximum, a nomination breaking a hard quota, a
 * survey file naming an unknown unit or indicator).
 */
@JicengSpringBootTest
class DemonstrationProgramsTest {

    @Autowired
    DefinitionService definitions;
    @Autowired
    ProgramService programs;
    @Autowired
    CandidateService candidates;
    @Autowired
    ScoringService scoring;
    @Autowired
    SurveyImportService surveys;
    @Autowired
    PublicityService publicity;
    @Autowired
    UserService users;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.jiceng.demonstration.service.DemonstrationDashboardService dashboards;

    DemonstrationFixtures f;

    @BeforeEach
    void fixtures() {
        f = new DemonstrationFixtures(definitions, programs, candidates, scoring, users, taskService, runtime, management);
        clock(NOW);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Nomination of(ProgramSummary p, String unitCode) {
        return programs.nominations(f.user("admin"), p.id()).stream().filter(n -> n.unitCode().equals(unitCode)).findFirst()
                .orElseThrow();
    }

    private Map<String, Nomination> byUnit(List<Nomination> list) {
        Map<String, Nomination> out = new LinkedHashMap<>();
        list.forEach(n -> out.put(n.unitCode(), n));
        return out;
    }

    private void proposeDecideAnnounce(ProgramSummary p, Map<Long, UnitDecision> exceptions) {
        f.runTimer(f.instanceOf(p.id()), DemonstrationProcess.TIMER_CREATION_END);
        f.propose(p);
        f.endPublicity(p);
        f.decide(p, exceptions);
        assertThat(programs.program(f.user("admin"), p.id()).status()).isEqualTo(ProgramStatus.ANNOUNCED);
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("满意度调查");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ Weihai

    @Test
    void weihaiRunsEndToEndWithBottomLineFailureMemberObjectionAndAnObjectionUpheldInThePublicity() {
        ProgramSummary p = f.start("weihai-jingzhi-xingfu", "220100", 2026);
        Standard s = definitions.standard(p.definitionId());
        String awarded = "220103001001";
        String bottomLine = "220103001002";
        String objected = "220103001003";
        String publicityObjection = "220103001004";
        Map<String, String> targets = new LinkedHashMap<>();
        for (String u : List.of(awarded, bottomLine, objected, publicityObjection)) {
            targets.put(u, "TITLE");
        }
        // a county nominates only its own units
        assertThatThrownBy(() -> programs.nominate(f.user("ng.reviewer"), p.id(), awarded, "TITLE", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        Map<String, Nomination> n = byUnit(f.nominateAll(p, targets));
        assertThat(programs.nominations(f.user("ng.reviewer"), p.id())).isEmpty();
        assertThat(programs.nominations(f.user("kc.reviewer"), p.id())).hasSize(4);

        // a score above an item's maximum is refused and nothing is stored
        String first = f.candidateInstance(n.get(awarded).candidateId());
        f.creation(p, n.get(awarded));
        Task scoreTask = f.tasks(first, DemonstrationProcess.TASK_SCORE).get(0);
        AppUser scorer = f.scorer("220103", 1);
        var sheet = scoring.openTaskSheet(scorer, scoreTask.getId());
        assertThatThrownBy(() -> scoring.save(scorer, sheet.sheetId(), List.of(ScoreEntry.points("A2", new BigDecimal("3")),
                ScoreEntry.points("A1", new BigDecimal("5")))))
                .isInstanceOf(InputRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "demonstration.score.error.aboveMax")
                .extracting(e -> List.of(((InputRejectedException) e).getArgs())).isEqualTo(List.of("A1", "5", "4"));
        assertThat(scoring.sheet(scorer, sheet.sheetId()).lines()).allMatch(l -> l.points() == null);
        // a sheet without its bottom-line check is not submitted
        List<ScoreEntry> withoutB6 = team(s, "0.9").stream().filter(e -> !e.indicatorCode().equals("B6")).toList();
        assertThatThrownBy(() -> scoring.submit(scorer, scoreTask.getId(), withoutB6)).isInstanceOf(InputRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "demonstration.score.error.missingBottomLine");
        // the live totals
        var saved = scoring.save(scorer, sheet.sheetId(), team(s, "0.9"));
        // 90% of the 90 points the team scores (the survey's 10 come from the survey)
        assertThat(saved.totals().total()).isEqualByComparingTo("81");
        assertThat(saved.totals().missing()).containsExactly("F1");

        // the first unit: team 90%, survey 90% -> 90 points, the title
        List<Task> rest = f.tasks(first, DemonstrationProcess.TASK_SCORE);
        for (int i = 0; i < rest.size(); i++) {
            AppUser sc = f.scorer("220103", i + 1);
            scoring.openTaskSheet(sc, rest.get(i).getId());
            scoring.submit(sc, rest.get(i).getId(), team(s, "0.9"));
        }
        scoring.submit(f.user("cc.reviewer"), f.task(first, DemonstrationProcess.TASK_ENTER_SURVEY).getId(), survey(s, "0.9"));
        f.afterScoring(p, n.get(awarded));
        assertThat(of(p, awarded).score()).isEqualByComparingTo("90");
        assertThat(of(p, awarded).outcomeCode()).isEqualTo("TITLE");
        assertThat(of(p, awarded).status()).isEqualTo(CandidateStatus.INSPECTED);

        // bottom line: two of three scorers find a serious public-security case (B6 failed)
        f.inspect(p, n.get(bottomLine), (st, i) -> i == 0 ? team(st, "1") : failing(team(st, "1"), "B6"), survey(s, "1"));
        assertThat(of(p, bottomLine).status()).isEqualTo(CandidateStatus.EXCLUDED);
        assertThat(of(p, bottomLine).exclusion()).isEqualTo(Exclusion.BOTTOM_LINE);
        assertThat(of(p, bottomLine).outcomeCode()).isEqualTo("DISQUALIFIED");

        // member-unit objection, upheld by the office
        String objectedPi = f.candidateInstance(n.get(objected).candidateId());
        f.creation(p, n.get(objected));
        scoreAll(p, objectedPi, s, "0.95");
        scoring.submit(f.user("cc.reviewer"), f.task(objectedPi, DemonstrationProcess.TASK_ENTER_SURVEY).getId(), survey(s, "0.95"));
        List<Task> reviews = f.tasks(objectedPi, DemonstrationProcess.TASK_MEMBER_REVIEW);
        assertThat(reviews).hasSize(8);
        for (Task t : reviews) {
            String department = (String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_DEPARTMENT);
            boolean object = department.equals("CIVIL_AFFAIRS");
            if (object) {
                assertThatThrownBy(() -> candidates.memberReview(f.memberUnit("220100", department), t.getId(), Verdict.OBJECT, " "))
                        .isInstanceOf(InputRejectedException.class);
            }
            candidates.memberReview(f.memberUnit("220100", department), t.getId(), object ? Verdict.OBJECT : Verdict.APPROVE,
                    object ? "该社区养老服务设施未按要求建成。" : null);
        }
        candidates.ruleObjection(f.user("cc.reviewer"), f.task(objectedPi, DemonstrationProcess.TASK_RULE_OBJECTION).getId(), true,
                "经核实，异议成立。");
        assertThat(of(p, objected).exclusion()).isEqualTo(Exclusion.MEMBER_OBJECTION);
        assertThat(candidates.candidate(f.user("kc.reviewer"), n.get(objected).candidateId()).memberReviews())
                .filteredOn(r -> r.verdict() == Verdict.OBJECT).hasSize(1);

        // the fourth unit passes, and an objection in the publicity is verified
        f.inspect(p, n.get(publicityObjection), (st, i) -> team(st, "0.92"), survey(s, "0.92"));
        f.runTimer(f.instanceOf(p.id()), DemonstrationProcess.TIMER_CREATION_END);
        List<Nomination> proposed = f.propose(p);
        assertThat(proposed).extracting(Nomination::unitCode).containsExactly(awarded, publicityObjection);
        PublicNotice notice = publicity.publicNotice(publicity.publicNotices().stream()
                .filter(x -> x.title().startsWith(p.name())).findFirst().orElseThrow().noticeNo()).orElseThrow();
        assertThat(notice.entries()).hasSize(2);
        PublicNotice.Entry entry = notice.entries().stream().filter(e -> e.name().equals(of(p, publicityObjection).unitName()))
                .findFirst().orElseThrow();
        publicity.fileObjection(new ObjectionForm(notice.noticeNo(), entry.id(), "王晓明", "13812345678",
                "该社区所报居民满意度调查数据不实。"), "198.51.100.17");
        Task objection = taskService.createTaskQuery().taskDefinitionKey(PublicityProcess.TASK_HANDLE_OBJECTION)
                .taskCandidateGroup("REVIEWER@220100").list().stream()
                .filter(t -> runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
                        .superProcessInstanceId(f.instanceOf(p.id())).count() == 1).findFirst().orElseThrow();
        publicity.answerObjection(f.user("cc.reviewer"), objection.getId(), PublicityOutcome.CANCELLED, "经核实，反映属实，取消拟命名。");
        f.endPublicity(p);
        assertThat(of(p, publicityObjection).exclusion()).isEqualTo(Exclusion.PUBLICITY_OBJECTION);
        f.decide(p, Map.of());
        AwardList awards = programs.awardList(p.code()).orElseThrow();
        assertThat(awards.awarded()).extracting(AwardEntry::unitCode).containsExactly(awarded);
        assertThat(awards.awarded().get(0).outcomeName()).isEqualTo("精致幸福社区示范社区");
        assertThat(awards.awarded().get(0).awardText()).contains("择优向上推荐");
        assertThat(of(p, awarded).status()).isEqualTo(CandidateStatus.AWARDED);
        // the workbench listed the scoring steps with the unit and the program
        assertThat(jdbc.queryForList("select distinct subject, detail from wb_task where process_key = ? and step_key = ?"
                + " and subject = ?", DemonstrationProcess.CANDIDATE_PROCESS_ID, DemonstrationProcess.TASK_SCORE,
                of(p, awarded).unitName())).extracting(m -> m.get("DETAIL") == null ? m.get("detail") : m.get("DETAIL"))
                .containsExactly(p.name());
    }

    private static List<ScoreEntry> failing(List<ScoreEntry> sheet, String check) {
        return sheet.stream().map(e -> e.indicatorCode().equals(check) ? ScoreEntry.check(check, false) : e).toList();
    }

    private void scoreAll(ProgramSummary p, String pi, Standard s, String share) {
        List<Task> tasks = f.tasks(pi, DemonstrationProcess.TASK_SCORE);
        String unit = (String) runtime.getVariable(pi, DemonstrationProcess.VAR_SCORE_UNIT_CODE);
        for (int i = 0; i < tasks.size(); i++) {
            AppUser sc = f.scorer(unit, i + 1);
            scoring.openTaskSheet(sc, tasks.get(i).getId());
            scoring.submit(sc, tasks.get(i).getId(), team(s, share));
        }
    }

    // ------------------------------------------------------------------ Yuncheng

    /** Each scorer's sheet from a share per category (the five flags), scorer by scorer. */
    private static List<ScoreEntry> byCategory(Standard s, Map<String, String> shareOfCategory) {
        List<ScoreEntry> out = new ArrayList<>();
        for (Indicator item : s.items()) {
            out.add(entry(item, shareOfCategory.getOrDefault(s.categoryOf(item.code()), "0.9")));
        }
        return out;
    }

    @Test
    void yunchengFiveFlagCommunitiesEarnFlagsQuotasAndTheSeedsSubsidiesAndASpotCheckOverturnsAScore() {
        ProgramSummary p = f.start("yuncheng-wumian-hongqi-shequ", "220100", 2026);
        Standard s = definitions.standard(p.definitionId());
        f.filePlans(p);
        String a = "220103002001";
        String b = "220103002002";
        String c = "220103002003";
        programs.nominate(f.user("kc.reviewer"), p.id(), a, "FLAGS_5", List.of());
        programs.nominate(f.user("kc.reviewer"), p.id(), b, "FLAGS_3", List.of());
        var third = programs.nominate(f.user("kc.reviewer"), p.id(), c, "FLAGS_5", List.of());
        // 宽城区 has 10 communities: 3 with 3+ flags is 30%, short of the 50% the seed asks of counties other than 盐湖区
        QuotaStatus share = third.quotas().stream().filter(q -> q.code().equals("OTHER_3FLAGS")).findFirst().orElseThrow();
        assertThat(share.count()).isEqualTo(3);
        assertThat(share.denominator()).isEqualTo(10);
        assertThat(share.status()).isEqualTo(Attainment.AT_RISK);
        assertThat(third.quotas()).filteredOn(q -> q.code().equals("FIVE_FLAGS")).extracting(QuotaStatus::status)
                .containsExactly(Attainment.MET);
        assertThat(third.quotas()).noneMatch(q -> q.code().equals("YH_3FLAGS"));
        String pi = f.instanceOf(p.id());
        for (Task t : f.tasks(pi, DemonstrationProcess.TASK_NOMINATE)) {
            String county = (String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_COUNTY_CODE);
            List<QuotaStatus> warnings = programs.submitNominations(f.reviewerAt(county), t.getId());
            if (county.equals("220103")) {
                assertThat(warnings).extracting(QuotaStatus::code).contains("OTHER_3FLAGS");
            }
        }
        f.tasks(pi, DemonstrationProcess.TASK_OFFICE_REVIEW)
                .forEach(t -> programs.reviewNominations(f.user("cc.reviewer"), t.getId(), true, null));
        Map<String, Nomination> n = byUnit(programs.nominations(f.user("kc.reviewer"), p.id()));

        // a: 90% everywhere, five flags; the city's spot check (30% of 3+ flag units, a is the first) overturns it to four
        f.creation(p, n.get(a));
        String aPi = f.candidateInstance(n.get(a).candidateId());
        scoreAll(p, aPi, s, "0.9");
        f.accept(aPi);
        assertThat(of(p, a).flagCount()).isEqualTo(5);
        Task spot = f.task(aPi, DemonstrationProcess.TASK_SPOT_CHECK);
        var spotSheet = scoring.openTaskSheet(f.user("cc.reviewer"), spot.getId());
        assertThat(spotSheet.kind()).isEqualTo(cn.jiceng.demonstration.domain.SheetKind.SPOT_CHECK);
        scoring.submitSpotCheck(f.user("cc.reviewer"), spot.getId(), byCategory(s, Map.of("FWYZ", "0.7")), true,
                "抽查核实：居家养老服务站未常态化运行。");
        assertThat(of(p, a).flagCount()).isEqualTo(4);
        assertThat(of(p, a).spotCheckOverturned()).isTrue();
        assertThat(of(p, a).status()).isEqualTo(CandidateStatus.INSPECTED);

        // b: three flags
        f.inspect(p, n.get(b), (st, i) -> byCategory(st, Map.of("FWYZ", "0.7", "LSYJ", "0.7")), null);
        assertThat(of(p, b).flagCount()).isEqualTo(3);
        // c: one scorer far below and one above the others: the trimmed mean drops both (the mean, 77.6, would earn no flag)
        String[] shares = {"0.3", "0.86", "0.86", "0.86", "1"};
        f.inspect(p, n.get(c), (st, i) -> team(st, shares[i]), null);
        assertThat(of(p, c).flagCount()).isEqualTo(5);
        assertThat(of(p, c).score()).isEqualByComparingTo("430");
        assertThat(of(p, c).spotChecked()).isFalse();

        proposeDecideAnnounce(p, Map.of());
        Map<String, AwardEntry> awards = new LinkedHashMap<>();
        programs.awardList(p.code()).orElseThrow().awarded().forEach(e -> awards.put(e.unitCode(), e));
        // 5 flags: city 50,000, county at least 50,000, the county party secretary hands over the banners
        assertThat(awards.get(c).flags()).isEqualTo(5);
        assertThat(awards.get(c).citySubsidy()).isEqualByComparingTo("50000");
        assertThat(awards.get(c).countySubsidyMin()).isEqualByComparingTo("50000");
        assertThat(awards.get(c).countySubsidyMax()).isNull();
        assertThat(awards.get(c).awardText()).contains("县（市、区）委书记亲自授旗");
        // 3+ flags: city 10,000, county 10,000–30,000
        assertThat(awards.get(a).citySubsidy()).isEqualByComparingTo("10000");
        assertThat(awards.get(a).countySubsidyMin()).isEqualByComparingTo("10000");
        assertThat(awards.get(a).countySubsidyMax()).isEqualByComparingTo("30000");
        assertThat(awards.get(b).flags()).isEqualTo(3);
        assertThat(awards.get(b).citySubsidy()).isEqualByComparingTo("10000");
        assertThat(programs.awardList(p.code()).orElseThrow().citySubsidyTotal()).isEqualByComparingTo("70000");
        // the quotas on what was awarded: 30% of 宽城区 missed, a five-flag community there, none in 南关区
        List<QuotaStatus> attained = programs.quotaAttainment(f.user("cc.leader"), p.id());
        assertThat(attained).filteredOn(q -> q.code().equals("OTHER_3FLAGS") && q.unitCode().equals("220103"))
                .extracting(QuotaStatus::status).containsExactly(Attainment.MISSED);
        assertThat(attained).filteredOn(q -> q.code().equals("FIVE_FLAGS") && q.unitCode().equals("220103"))
                .extracting(QuotaStatus::status).containsExactly(Attainment.MET);
        assertThat(attained).filteredOn(q -> q.code().equals("FIVE_FLAGS") && q.unitCode().equals("220102"))
                .extracting(QuotaStatus::status).containsExactly(Attainment.MISSED);
        // the dashboard's program view: the city sees every county, a county only itself
        var dashboard = dashboards.dashboard(f.user("cc.leader"), p.id());
        assertThat(dashboard.citySubsidyDue()).isEqualByComparingTo("70000");
        assertThat(dashboard.outcomes()).extracting(o -> o.outcome() + "=" + o.count()).containsExactly("FLAGS_3=1", "FLAGS_4=1", "FLAGS_5=1");
        assertThat(dashboard.stages()).extracting(x -> x.countyCode() + ":" + x.status() + "=" + x.count()).containsExactly("220103:AWARDED=3");
        assertThat(dashboards.dashboard(f.user("ng.reviewer"), p.id()).stages()).isEmpty();
        // awarded units are watched: the title holds until an inspection or its term
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(aPi).singleResult()).isNotNull();
    }

    @Test
    void yunchengVillagesRefuseASixthFiveFlagVillageAndAListBelowThreeAndAwardFiveFlagSubsidies() {
        ProgramSummary p = f.start("yuncheng-wumian-hongqi-cun", "220200", 2026);
        f.filePlans(p);
        List<String> villages = List.of("220221001001", "220221001002", "220221001003", "220221002001", "220221002002",
                "220221002003");
        AppUser county = f.reviewerAt("220221");
        for (int i = 0; i < 5; i++) {
            programs.nominate(county, p.id(), villages.get(i), "FLAGS_5", List.of());
        }
        // the sixth five-flag village breaks the hard quota (3–5 per county): refused, nothing stored
        assertThatThrownBy(() -> programs.nominate(county, p.id(), villages.get(5), "FLAGS_5", List.of()))
                .isInstanceOf(InputRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "demonstration.quota.error.exceeded")
                .extracting(e -> List.of(((InputRejectedException) e).getArgs()))
                .isEqualTo(List.of("“五面红旗”村每个县（市、区）都要有3—5个", 6L, 5));
        assertThat(programs.nominations(county, p.id(), "220221")).hasSize(5);
        // the sixth may aim at three flags
        programs.nominate(county, p.id(), villages.get(5), "FLAGS_3", List.of());
        // with two five-flag targets left the list cannot go to the office
        List<Nomination> list = programs.nominations(county, p.id(), "220221");
        for (int i = 0; i < 3; i++) {
            programs.changeTarget(county, list.get(i).candidateId(), "FLAGS_3", List.of());
        }
        String pi = f.instanceOf(p.id());
        Task nominate = f.countyTask(pi, DemonstrationProcess.TASK_NOMINATE, "220221");
        assertThatThrownBy(() -> programs.submitNominations(county, nominate.getId()))
                .isInstanceOf(InputRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "demonstration.quota.error.belowMinimum");
        programs.changeTarget(county, list.get(0).candidateId(), "FLAGS_5", List.of());
        for (int i = 1; i < 6; i++) {
            programs.withdraw(county, programs.nominations(county, p.id(), "220221").get(1).candidateId());
            if (programs.nominations(county, p.id(), "220221").size() == 3) {
                break;
            }
        }
        // 船营区 has no villages: "3 five-flag villages" asks nothing of it
        programs.submitNominations(f.reviewerAt("220204"), f.countyTask(pi, DemonstrationProcess.TASK_NOMINATE, "220204").getId());
        List<Nomination> remaining = programs.nominations(county, p.id(), "220221");
        for (Nomination n : remaining) {
            if (!n.targetOutcome().equals("FLAGS_5")) {
                programs.changeTarget(county, n.candidateId(), "FLAGS_5", List.of());
            }
        }
        programs.submitNominations(county, nominate.getId());
        f.tasks(pi, DemonstrationProcess.TASK_OFFICE_REVIEW).forEach(t -> programs.reviewNominations(f.user("jl.reviewer"),
                t.getId(), true, null));
        for (Nomination n : programs.nominations(county, p.id(), "220221")) {
            f.inspect(p, n, (st, i) -> team(st, "0.9"), null);
        }
        proposeDecideAnnounce(p, Map.of());
        AwardList awards = programs.awardList(p.code()).orElseThrow();
        assertThat(awards.awarded()).hasSize(3).allSatisfy(e -> {
            assertThat(e.flags()).isEqualTo(5);
            assertThat(e.citySubsidy()).isEqualByComparingTo("50000");
        });
        assertThat(programs.quotaAttainment(f.user("jl.reviewer"), p.id())).filteredOn(q -> q.code().equals("FIVE_FLAGS"))
                .extracting(QuotaStatus::status).containsOnly(Attainment.MET);
    }

    // ------------------------------------------------------------------ Changchun

    @Test
    void changchunLevelsAnAdjustmentByTheLeadingGroupAndPlaques() {
        ProgramSummary p = f.start("changchun-xingfu-xiaoqu", "220100", 2026);
        Standard s = definitions.standard(p.definitionId());
        f.filePlans(p);
        String xiaoqu = "220103001001001";
        Nomination n = f.nominateAll(p, Map.of(xiaoqu, "CITY")).get(0);
        // a neighbourhood's own steps go to its community
        assertThat(runtime.getVariable(f.candidateInstance(n.candidateId()), DemonstrationProcess.VAR_SELF_UNIT_CODE))
                .isEqualTo("220103001001");
        f.inspect(p, n, (st, i) -> team(st, "0.92"), survey(s, "0.92"));
        assertThat(of(p, xiaoqu).outcomeCode()).isEqualTo("CITY");
        proposeDecideAnnounce(p, Map.of(n.candidateId(), new UnitDecision(n.candidateId(), LeadingDecision.ADJUST, "COUNTY",
                "市级名额已满，调整为县区级。")));
        AwardEntry award = programs.awardList(p.code()).orElseThrow().awarded().get(0);
        assertThat(award.outcome()).isEqualTo("COUNTY");
        assertThat(award.outcomeName()).isEqualTo("县区级幸福小区");
        assertThat(award.awardText()).isEqualTo("集中颁发县区级“幸福小区”制式标牌");
        assertThat(of(p, xiaoqu).decision()).isEqualTo(LeadingDecision.ADJUST);
    }

    @Test
    void changchunNamesAWeakNeighbourhoodThatRectifiesUntilItsReinspectionPasses() {
        ProgramSummary p = f.start("changchun-xingfu-xiaoqu", "220100", 2027);
        Standard s = definitions.standard(p.definitionId());
        f.filePlans(p);
        String xiaoqu = "220103001001001";
        Nomination n = f.nominateAll(p, Map.of(xiaoqu, "COUNTY")).get(0);
        f.inspect(p, n, (st, i) -> team(st, "0.5"), survey(s, "0.5"));
        assertThat(of(p, xiaoqu).outcomeCode()).isEqualTo("NONE");
        f.runTimer(f.instanceOf(p.id()), DemonstrationProcess.TIMER_CREATION_END);
        assertThat(f.propose(p)).isEmpty();
        // nothing proposed: no publicity, straight to the announcement
        assertThat(programs.program(f.user("cc.leader"), p.id()).status()).isEqualTo(ProgramStatus.ANNOUNCED);
        assertThat(of(p, xiaoqu).weak()).isTrue();
        assertThat(programs.awardList(p.code()).orElseThrow().weak()).extracting(AwardEntry::outcomeName).containsExactly("薄弱小区");
        String pi = f.candidateInstance(n.candidateId());
        candidates.submitRectification(f.user("csh.reviewer"), f.task(pi, DemonstrationProcess.TASK_RECTIFY).getId(),
                "已完成消防通道清理和楼道照明改造。");
        assertThatThrownBy(() -> candidates.reinspect(f.user("kc.reviewer"), f.task(pi, DemonstrationProcess.TASK_REINSPECT).getId(),
                false, null)).isInstanceOf(InputRejectedException.class);
        candidates.reinspect(f.user("kc.reviewer"), f.task(pi, DemonstrationProcess.TASK_REINSPECT).getId(), false, "停车秩序仍未改善。");
        candidates.submitRectification(f.user("csh.reviewer"), f.task(pi, DemonstrationProcess.TASK_RECTIFY).getId(), "已划定停车位。");
        candidates.reinspect(f.user("kc.reviewer"), f.task(pi, DemonstrationProcess.TASK_REINSPECT).getId(), true, null);
        assertThat(of(p, xiaoqu).rectificationStatus()).isEqualTo(CandidateService.RECTIFICATION_DONE);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult()).isNull();
    }

    // ------------------------------------------------------------------ Jilin

    @Test
    void jilinChecklistThreeLevelAcceptanceAndRevocationAfterAnUnannouncedInspection() {
        ProgramSummary p = f.start("jilin-qiancun-shifan", "220000", 2026);
        Standard s = definitions.standard(p.definitionId());
        String kept = "220221001001";
        String failedCheck = "220221001002";
        Map<String, Nomination> n = byUnit(f.nominateAll(p, new LinkedHashMap<>(Map.of(kept, "TITLE", failedCheck, "TITLE"))));
        // the first village: every check passed; the county scores, then the city and the province accept
        String pi = f.candidateInstance(n.get(kept).candidateId());
        f.creation(p, n.get(kept));
        scoreAll(p, pi, s, "1");
        Task city = f.task(pi, DemonstrationProcess.TASK_ACCEPTANCE);
        assertThat(taskService.getVariable(city.getId(), DemonstrationProcess.VAR_ACCEPTANCE_UNIT_CODE)).isEqualTo("220200");
        candidates.accept(f.user("jl.reviewer"), city.getId(), true, null);
        Task province = f.task(pi, DemonstrationProcess.TASK_ACCEPTANCE);
        assertThat(taskService.getVariable(province.getId(), DemonstrationProcess.VAR_ACCEPTANCE_UNIT_CODE)).isEqualTo("220000");
        candidates.accept(f.user("province.reviewer"), province.getId(), true, null);
        assertThat(of(p, kept).outcomeCode()).isEqualTo("TITLE");
        // the second: two of three scorers find no drainage (有顺畅排水): one of the 九有 missing, no title
        f.inspect(p, n.get(failedCheck), (st, i) -> i == 2 ? team(st, "1") : failing(team(st, "1"), "JY3"), null);
        assertThat(of(p, failedCheck).failedChecks()).isEqualTo(1);
        assertThat(of(p, failedCheck).outcomeCode()).isEqualTo("NONE");
        proposeDecideAnnounce(p, Map.of());
        assertThat(programs.awardList(p.code()).orElseThrow().awarded()).extracting(AwardEntry::unitCode).containsExactly(kept);
        assertThat(of(p, failedCheck).status()).isEqualTo(CandidateStatus.NOT_AWARDED);

        // an unannounced inspection finds a relapse: revocation review, its publicity, the decision
        AppUser office = f.user("province.reviewer");
        assertThatThrownBy(() -> candidates.startInspection(office, n.get(failedCheck).candidateId(), null))
                .isInstanceOf(InputRejectedException.class);
        candidates.startInspection(office, n.get(kept).candidateId(), "省级督导组暗访。");
        candidates.recordInspection(office, f.task(pi, DemonstrationProcess.TASK_RECORD_INSPECTION).getId(), true,
                "村内垃圾处理设施停用，环境明显反弹。");
        candidates.reviewRevocation(office, f.task(pi, DemonstrationProcess.TASK_REVOCATION_REVIEW).getId(), true, "拟予摘牌。");
        String revocationPublicity = runtime.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
        assertThat(publicity.publicNotices()).anyMatch(x -> x.title().equals(p.name() + "拟摘牌单位公示"));
        f.runTimer(revocationPublicity, "Timer_PeriodEnd");
        candidates.decideRevocation(f.user("province.leader"), f.task(pi, DemonstrationProcess.TASK_REVOCATION_DECISION).getId(),
                true, "予以摘牌，全省通报。");
        assertThat(of(p, kept).status()).isEqualTo(CandidateStatus.REVOKED);
        assertThat(candidates.candidate(office, n.get(kept).candidateId()).records()).extracting(r -> r.kind())
                .contains("INSPECTION", "REVOCATION_REVIEW", "REVOCATION_DECISION");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult()).isNull();
    }

    // ------------------------------------------------------------------ Yantai

    @Test
    void yantaiTopAndModelCommunitiesWithTheSurveyImportedFromExcel() throws IOException {
        ProgramSummary p = f.start("yantai-xingfu-jiayuan", "220100", 2026);
        Standard s = definitions.standard(p.definitionId());
        f.filePlans(p);
        String top = "220103003001";
        String model = "220103003002";
        Map<String, Nomination> n = byUnit(f.nominateAll(p, new LinkedHashMap<>(Map.of(top, "TOP", model, "MODEL"))));
        for (String u : List.of(top, model)) {
            String pi = f.candidateInstance(n.get(u).candidateId());
            f.creation(p, n.get(u));
            scoreAll(p, pi, s, u.equals(top) ? "0.97" : "0.88");
        }
        // a survey file with an unknown unit and an unknown indicator: refused, each row named, nothing stored
        byte[] bad = xlsx(List.of(List.of("单位代码", "单位名称", "指标代码", "得分"),
                List.of(top, "兴业社区", "JS4", "5.8"),
                List.of("220103009009", "无此社区", "JS4", "5"),
                List.of(model, "凯旋社区", "JS9", "5")));
        assertThatThrownBy(() -> surveys.importSurvey(f.user("cc.reviewer"), p.id(), bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getErrors())
                        .extracting(ImportError::rowNumber, ImportError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "demonstration.survey.error.unknownUnit"),
                                org.assertj.core.groups.Tuple.tuple(4, "demonstration.survey.error.unknownIndicator")));
        assertThat(f.tasks(f.candidateInstance(n.get(top).candidateId()), DemonstrationProcess.TASK_ENTER_SURVEY)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from dem_score_sheet where kind = 'SURVEY' and candidate_id = ?",
                Long.class, n.get(top).candidateId())).isZero();
        // the template lists both units with the survey item, names beside codes; filled in, it imports as it is
        byte[] template = surveys.template(f.user("cc.reviewer"), p.id());
        byte[] filled;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template));
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("得分");
            List<String> listed = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                String unit = row.getCell(0).getStringCellValue();
                listed.add(unit + "/" + row.getCell(2).getStringCellValue());
                assertThat(row.getCell(3).getStringCellValue()).isNotBlank();
                row.createCell(4).setCellValue(unit.equals(top) ? 5.82 : 5.28);
            }
            assertThat(listed).containsExactly(top + "/JS4", model + "/JS4");
            wb.write(out);
            filled = out.toByteArray();
        }
        var result = surveys.importSurvey(f.user("cc.reviewer"), p.id(), filled);
        assertThat(result.stepsCompleted()).isEqualTo(2);
        for (String u : List.of(top, model)) {
            f.afterScoring(p, n.get(u));
        }
        assertThat(of(p, top).outcomeCode()).isEqualTo("TOP");
        assertThat(of(p, model).outcomeCode()).isEqualTo("MODEL");
        proposeDecideAnnounce(p, Map.of());
        assertThat(programs.awardList(p.code()).orElseThrow().awarded()).extracting(AwardEntry::outcomeName)
                .containsExactlyInAnyOrder("十佳社区", "示范社区");
    }

    // ------------------------------------------------------------------ 美好小区·幸福家园

    @Test
    void meihaoDistrictProgramWithStreetsNominatingAndAPlaqueForTheModelNeighbourhood() {
        ProgramSummary p = f.start("meihao-xiaoqu-xingfu-jiayuan", "220103", 2026);
        String xiaoqu = "220103001001001";
        Nomination n = f.nominateAll(p, Map.of(xiaoqu, "TITLE")).get(0);
        assertThat(programs.counties(f.user("kc.reviewer"), p.id())).extracting(c -> c.countyCode())
                .containsExactly("220103001", "220103002", "220103003");
        // the median of 80%, 90%, 100% is 90%
        String[] shares = {"0.8", "1", "0.9"};
        f.inspect(p, n, (st, i) -> team(st, shares[i]), null);
        assertThat(of(p, xiaoqu).score()).isEqualByComparingTo("90");
        assertThat(of(p, xiaoqu).spotChecked()).isTrue();
        proposeDecideAnnounce(p, Map.of());
        AwardEntry award = programs.awardList(p.code()).orElseThrow().awarded().get(0);
        assertThat(award.awardText()).contains("示范性小区牌匾");
    }
}
