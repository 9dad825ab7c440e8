package cn.jiceng.demo;

import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.demonstration.service.StartProgram;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Two demonstration programs at different stages, driven through the real services and processes
 * (issue #11): 运城市's 五面红旗 community program in its inspection — plans filed, the counties'
 * lists nominated and accepted, the communities' progress reports and self-assessments in, the
 * creation period ended, 槐东社区 scored by all five scorers of 盐湖区's evaluation team (waiting for
 * the county's acceptance), 东花园社区 by two of them, 南城社区 and 舜都社区 not yet; and 长春市's
 * 幸福小区 program at nomination — plans filed, 宽城区 has put two neighbourhoods on its list, the
 * other districts have not. Seeded on the engine clock three weeks back; the creation period's
 * timers are fired at once (it lasts 110 working days).
 */
@Component
@Profile("!prod")
public class DemonstrationDemo {

    public static final String YUNCHENG = "yuncheng-wumian-hongqi-shequ";
    public static final String CHANGCHUN = "changchun-xingfu-xiaoqu";
    public static final String JILIN = "jilin-qiancun-shifan";
    public static final String MEIHAO = "meihao-xiaoqu-xingfu-jiayuan";

    /** The Yuncheng units: county, community, and how well it does per category (share of the points). */
    record Unit(String county, String code, String account, String target, double[] level) {
    }

    static final List<Unit> YUNCHENG_UNITS = List.of(
            new Unit("140802", "140802001001", "hd.reviewer", "FLAGS_5", new double[] {0.95, 0.93, 0.91, 0.9, 0.92}),
            new Unit("140802", "140802001002", "dhy.reviewer", "FLAGS_3", new double[] {0.9, 0.88, 0.8, 0.87, 0.72}),
            new Unit("140802", "140802002001", "nc.reviewer", "FLAGS_3", new double[] {0.86, 0.9, 0.75, 0.88, 0.8}),
            new Unit("140881", "140881001001", "sd.reviewer", "FLAGS_3", new double[] {0.88, 0.86, 0.9, 0.8, 0.78}));

    private final DefinitionService definitions;
    private final ProgramService programs;
    private final CandidateService candidates;
    private final ScoringService scoring;
    private final ReviewTaskService reviews;
    private final UserService users;
    private final DemoTimers timers;

    public DemonstrationDemo(DefinitionService definitions, ProgramService programs, CandidateService candidates,
                             ScoringService scoring, ReviewTaskService reviews, UserService users, DemoTimers timers) {
        this.definitions = definitions;
        this.programs = programs;
        this.candidates = candidates;
        this.scoring = scoring;
        this.reviews = reviews;
        this.users = users;
        this.timers = timers;
    }

    public void seed() {
        ZonedDateTime t0 = ZonedDateTime.now(WorkingDayCalendar.ZONE).minusDays(21).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        try {
            ClockUtil.setCurrentTime(Date.from(t0.toInstant()));
            seedYuncheng(t0);
            ClockUtil.setCurrentTime(Date.from(t0.plusDays(14).toInstant()));
            seedChangchun();
            ClockUtil.setCurrentTime(Date.from(t0.plusDays(15).toInstant()));
            seedJilin();
            ClockUtil.setCurrentTime(Date.from(t0.plusDays(20).toInstant()));
            seedMeihao();
        } finally {
            ClockUtil.reset();
        }
    }

    private void seedYuncheng(ZonedDateTime t0) {
        AppUser office = user("yc.reviewer");
        ProgramSummary p = programs.start(office, new StartProgram(definitions.latest(YUNCHENG).id(), "", t0.getYear(), "140800"));
        Standard standard = definitions.standard(p.definitionId());
        plan("yh.reviewer", p, "盐湖区成立创建工作专班，分北城、南城两个街道推进，逐社区对标“五面红旗”21项标准制定任务清单。");
        plan("yj.reviewer", p, "永济市以城西街道为重点，组织舜都、蒲州、鹳雀社区对照标准开展创建。");
        ClockUtil.setCurrentTime(Date.from(t0.plusDays(3).toInstant()));
        for (String county : List.of("140802", "140881")) {
            AppUser reviewer = user("140802".equals(county) ? "yh.reviewer" : "yj.reviewer");
            for (Unit u : YUNCHENG_UNITS) {
                if (u.county().equals(county)) {
                    programs.nominate(reviewer, p.id(), u.code(), u.target(), List.of());
                }
            }
            programs.submitNominations(reviewer, task(reviewer, DemonstrationProcess.FORM_NOMINATE, p.name()));
        }
        for (TaskSummary t : tasksNamed(office, "审核推荐名单", p.name())) {
            programs.reviewNominations(office, t.id(), true, "推荐名单符合要求，同意。");
        }
        ClockUtil.setCurrentTime(Date.from(t0.plusDays(10).toInstant()));
        for (Unit u : YUNCHENG_UNITS) {
            AppUser community = user(u.account());
            String title = unitTitle(office, u.code(), p);
            candidates.submitProgressReport(community, tasksNamed(community, "报送创建进展", title).get(0).id(),
                    "已完成议事协商、网格服务和环境整治等阶段任务，佐证材料已归档。");
            scoring.submit(community, task(community, DemonstrationProcess.FORM_SELF, title), entries(standard, u.level(), 0.03));
        }
        // the creation period (110 working days) ends now for the demo: the units move on to the evaluation team
        ClockUtil.setCurrentTime(Date.from(t0.plusDays(14).toInstant()));
        timers.fireNow(DemonstrationProcess.CANDIDATE_PROCESS_ID, DemonstrationProcess.TIMER_CANDIDATE_CREATION_END);
        timers.fireNow(DemonstrationProcess.PROGRAM_PROCESS_ID, DemonstrationProcess.TIMER_CREATION_END);
        score(p, standard, YUNCHENG_UNITS.get(0), DemoData.YANHU_SCORERS);
        score(p, standard, YUNCHENG_UNITS.get(1), DemoData.YANHU_SCORERS.subList(0, 2));
    }

    private void score(ProgramSummary p, Standard standard, Unit u, List<String> scorers) {
        String title = unitTitle(user("yc.reviewer"), u.code(), p);
        for (int k = 0; k < scorers.size(); k++) {
            AppUser scorer = user(scorers.get(k));
            scoring.submit(scorer, task(scorer, DemonstrationProcess.FORM_SCORE, title), entries(standard, u.level(), 0.02 * (k - 2)));
        }
    }

    /**
     * 长春市's 幸福小区: plans filed; 宽城区's list (长山花园一期小区, 团山小区) submitted and accepted by the
     * city's office, 南关区 and 朝阳区 still nominating. 长山花园一期小区's self-assessment waits at 长山花园社区
     * (csh.reviewer); 团山社区 has assessed 团山小区, whose creation period is over for the demo: it waits
     * for 宽城区's three scorers.
     */
    private void seedChangchun() {
        AppUser office = user("cc.reviewer");
        ProgramSummary p = programs.start(office, new StartProgram(definitions.latest(CHANGCHUN).id(), "",
                ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).getYear(), "220100"));
        Standard standard = definitions.standard(p.definitionId());
        plan("kc.reviewer", p, "宽城区以团山街道为试点，老旧小区优先，按“八好”标准逐小区制定提升方案。");
        plan("ng.reviewer", p, "南关区组织各街道摸排小区基础条件，择优推荐，同步推进老旧小区改造。");
        plan("cy.reviewer", p, "朝阳区结合物业服务提升行动开展创建。");
        AppUser kc = user("kc.reviewer");
        programs.nominate(kc, p.id(), "220103001001001", "CITY", List.of("OLD"));
        programs.nominate(kc, p.id(), "220103001002001", "COUNTY", List.of("OLD"));
        programs.submitNominations(kc, task(kc, DemonstrationProcess.FORM_NOMINATE, p.name()));
        for (TaskSummary t : tasksNamed(office, "审核推荐名单", p.name())) {
            programs.reviewNominations(office, t.id(), true, "宽城区推荐名单符合要求，同意。");
        }
        AppUser tuanshan = user("tsq.reviewer");
        scoring.submit(tuanshan, task(tuanshan, DemonstrationProcess.FORM_SELF, unitTitle(office, "220103001002001", p)),
                entries(standard, new double[] {0.85, 0.82, 0.8, 0.84}, 0.0));
        timers.fireNow(DemonstrationProcess.CANDIDATE_PROCESS_ID, DemonstrationProcess.TIMER_CANDIDATE_CREATION_END,
                p.code() + "/220103001002001");
    }

    /**
     * 吉林省's 千村示范 (province office, acceptance by the city and then the province): every county's
     * list filed (the districts of 长春市 and 船营区 have no villages and file empty lists), 永吉县's two
     * villages accepted by the province's office, their reports and checklists in, scored by 永吉县's three
     * scorers; 吉林市 has accepted 红旗村 (now at the province's acceptance) and not yet 兴隆村.
     */
    private void seedJilin() {
        AppUser office = user("province.reviewer");
        ProgramSummary p = programs.start(office, new StartProgram(definitions.latest(JILIN).id(), "",
                ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).getYear(), "220000"));
        Standard standard = definitions.standard(p.definitionId());
        for (String county : List.of("kc.reviewer", "ng.reviewer", "cy.reviewer", "chy.reviewer")) {
            AppUser reviewer = user(county);
            programs.submitNominations(reviewer, task(reviewer, DemonstrationProcess.FORM_NOMINATE, p.name()));
        }
        AppUser yongji = user("yjx.reviewer");
        List<String[]> villages = List.of(new String[] {"220221001001", "hq.reviewer"}, new String[] {"220221001002", "xl.reviewer"});
        for (String[] v : villages) {
            programs.nominate(yongji, p.id(), v[0], "TITLE", List.of());
        }
        programs.submitNominations(yongji, task(yongji, DemonstrationProcess.FORM_NOMINATE, p.name()));
        for (TaskSummary t : tasksNamed(office, "审核推荐名单", p.name())) {
            programs.reviewNominations(office, t.id(), true, "同意。");
        }
        double[] level = {0.9};
        for (String[] v : villages) {
            AppUser village = user(v[1]);
            String title = unitTitle(office, v[0], p);
            candidates.submitProgressReport(village, tasksNamed(village, "报送创建进展", title).get(0).id(),
                    "“九有”各项已逐项落实，“六无”自查无问题，台账已归档。");
            scoring.submit(village, task(village, DemonstrationProcess.FORM_SELF, title), entries(standard, level, 0.0));
        }
        timers.fireNow(DemonstrationProcess.CANDIDATE_PROCESS_ID, DemonstrationProcess.TIMER_CANDIDATE_CREATION_END, p.code() + "/");
        for (String[] v : villages) {
            String title = unitTitle(office, v[0], p);
            for (String name : DemoData.YONGJI_COUNTY_SCORERS) {
                AppUser scorer = user(name);
                scoring.submit(scorer, task(scorer, DemonstrationProcess.FORM_SCORE, title), entries(standard, level, 0.0));
            }
        }
        AppUser city = user("jl.reviewer");
        candidates.accept(city, tasksNamed(city, "逐级验收", unitTitle(office, villages.get(0)[0], p)).get(0).id(), true,
                "经吉林市验收，九有六无达标，同意。");
    }

    /**
     * 宽城区's 美好小区·幸福家园 (a district office; its streets nominate): started by the district, the
     * streets' lists open — 团山街道's at ts.reviewer.
     */
    private void seedMeihao() {
        AppUser office = user("kc.reviewer");
        programs.start(office, new StartProgram(definitions.latest(MEIHAO).id(), "",
                ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).getYear(), "220103"));
    }

    private void plan(String username, ProgramSummary p, String text) {
        AppUser county = user(username);
        programs.submitPlan(county, tasksNamed(county, "报送实施方案", p.name()).get(0).id(), text);
    }

    /** Points for every item: its maximum times the unit's level in its category, moved by the scorer's bias. */
    static List<ScoreEntry> entries(Standard standard, double[] level, double bias) {
        List<ScoreEntry> out = new ArrayList<>();
        List<String> categories = new ArrayList<>(standard.categories().keySet());
        List<Indicator> surveyed = standard.surveyItems();
        for (Indicator item : standard.items()) {
            if (surveyed.contains(item)) {
                continue;
            }
            if (item.checkType() == CheckType.PASS_FAIL) {
                out.add(ScoreEntry.check(item.code(), true));
                continue;
            }
            int c = Math.max(0, categories.indexOf(standard.categoryOf(item.code())));
            double share = Math.min(1.0, Math.max(0.0, level[c % level.length] + bias));
            BigDecimal points = item.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
            out.add(ScoreEntry.points(item.code(), points.min(item.maxPoints())));
        }
        return out;
    }

    private String unitTitle(AppUser office, String unitCode, ProgramSummary p) {
        return programs.nominations(office, p.id()).stream().filter(n -> n.unitCode().equals(unitCode))
                .findFirst().map(n -> n.unitName() + " · " + p.name()).orElseThrow();
    }

    private String task(AppUser user, String formKey, String title) {
        return reviews.openTasks(user).stream().filter(t -> formKey.equals(t.formKey()) && title.equals(t.title()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no task " + formKey + " '" + title + "' for "
                        + user.getUsername())).id();
    }

    private List<TaskSummary> tasksNamed(AppUser user, String name, String title) {
        List<TaskSummary> out = reviews.openTasks(user).stream().filter(t -> name.equals(t.name()) && title.equals(t.title()))
                .toList();
        if (out.isEmpty()) {
            throw new IllegalStateException("no task '" + name + "' '" + title + "' for " + user.getUsername());
        }
        return out;
    }

    private AppUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
