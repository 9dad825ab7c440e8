package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.demo.DemonstrationDemo;
import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.domain.SheetKind;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.AwardList;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * 运城市's seeded 五面红旗 program driven to its published award list by the demo users (issue #11):
 * the remaining score sheets are submitted through the scoring service as the scorers would (the
 * score sheet itself is driven in the browser by {@link DemonstrationJourneyIT}), then in the browser
 * 盐湖区 accepts its communities (the workbench's Camunda Form), the office proposes the list, the
 * administrator skips the publicity period at {@code /demo/timers}, the leading group (yc.leader)
 * approves the proposed units, and the public award list {@code /shifan/{code}} and its PDF show
 * the awarded communities with the subsidies the seed states. The run ends the demo program, so
 * the context is closed after it (other tests get fresh demo data).
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemonstrationEndToEndIT {

    @LocalServerPort
    int port;
    @Autowired
    ProgramService programs;
    @Autowired
    ScoringService scoring;
    @Autowired
    CandidateService candidates;
    @Autowired
    DefinitionService definitions;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    UserService users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    /** The units' level per category: 东花园 earns three flags, 南城 and 舜都 five. */
    static final Map<String, double[]> LEVELS = Map.of(
            "东花园社区", new double[] {0.9, 0.9, 0.9, 0.7, 0.7},
            "南城社区", new double[] {0.9, 0.9, 0.9, 0.9, 0.9},
            "舜都社区", new double[] {0.92, 0.9, 0.9, 0.9, 0.9});

    private static void openStep(Browser b, String filter, String caseTitle, By form) {
        b.open("/tasks");
        b.waitFor(By.id("tasks-grid"));
        b.filterTasks(filter);
        for (int attempt = 1; ; attempt++) {
            b.click(By.cssSelector("vaadin-button[data-task='" + caseTitle + "']"));
            try {
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(form));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    b.screenshot("debug-open-step");
                    throw e;
                }
            }
        }
    }

    private static void waitGone(Browser b, By by) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    @Test
    void theDemoUsersDriveTheSeededWumianHongqiProgramToItsPublishedAwardListAndPdf() throws Exception {
        AppUser office = user("yc.reviewer");
        ProgramSummary p = programs.programs(office).stream().filter(x -> x.definitionCode().equals(DemonstrationDemo.YUNCHENG))
                .findFirst().orElseThrow();
        Standard standard = definitions.standard(p.definitionId());

        // the evaluation teams' remaining sheets (whatever another test has already submitted)
        for (var unit : LEVELS.entrySet()) {
            String title = unit.getKey() + " · " + p.name();
            List<String> team = unit.getKey().equals("舜都社区") ? DemoData.YONGJI_SCORERS : DemoData.YANHU_SCORERS;
            for (int k = 0; k < team.size(); k++) {
                AppUser scorer = user(team.get(k));
                // every slot of the unit is open to each scorer of the team until filled; one sheet per scorer
                boolean scored = scoring.result(office, nomination(p, unit.getKey()).candidateId()).sheets().stream()
                        .anyMatch(s -> s.kind() == SheetKind.TEAM && scorer.getUsername().equals(s.scorer()) && s.submitted());
                List<TaskSummary> slots = open(scorer, DemonstrationProcess.FORM_SCORE, title);
                if (!scored && !slots.isEmpty()) {
                    scoring.submit(scorer, slots.get(0).id(), entries(standard, unit.getValue(), 0.01 * (k - 2)));
                }
            }
        }
        // 永济市 accepts 舜都社区 (its own county; 盐湖区's acceptances are done in the browser below)
        AppUser yongji = user("yj.reviewer");
        for (TaskSummary t : open(yongji, null, "舜都社区 · " + p.name())) {
            candidates.accept(yongji, t.id(), true, "验收合格。");
        }

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1200));
            b.login("yh.reviewer", DemoData.PASSWORD);
            for (String unit : List.of("槐东社区", "东花园社区", "南城社区")) {
                openStep(b, unit, unit + " · " + p.name(), By.id("form-submit"));
                b.waitFor(By.xpath("//vaadin-radio-group[@id='form-passed']//vaadin-radio-button[contains(., '通过') and not(contains(., '不通过'))]"))
                        .click();
                b.waitFor(By.cssSelector("#form-opinion textarea")).sendKeys("经县级验收，达到创建标准。");
                if ("槐东社区".equals(unit)) {
                    b.screenshot("72-demonstration-acceptance");
                }
                b.click(By.id("form-submit"));
                waitGone(b, By.id("form-submit"));
            }
        }

        // the city's spot checks of 3+ flag units: the checker confirms the team's result
        for (TaskSummary t : open(office, DemonstrationProcess.FORM_SPOT_CHECK, null)) {
            scoring.submitSpotCheck(office, t.id(), entries(standard, new double[] {0.9}, 0.0), false, null);
        }

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1200));
            b.login("yc.reviewer", DemoData.PASSWORD);
            openStep(b, "五面红旗", p.name(), By.id("propose-submit"));
            b.waitFor(By.cssSelector("#propose-opinion textarea")).sendKeys("经评估验收和抽查，拟命名以下社区。");
            b.screenshot("73-demonstration-propose");
            b.click(By.id("propose-submit"));
            waitGone(b, By.id("propose-submit"));
        }
        assertThat(programs.program(office, p.id()).status()).isEqualTo(ProgramStatus.PUBLICIZING);

        // the administrator skips the publicity period on the demo page
        String programInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.code())
                .processDefinitionKey(DemonstrationProcess.PROGRAM_PROCESS_ID).singleResult().getId();
        var publicity = runtime.createProcessInstanceQuery().superProcessInstanceId(programInstance).singleResult();
        try (Browser b = new Browser(port)) {
            b.login("admin", DemoData.PASSWORD);
            b.open("/demo/timers");
            b.click(By.cssSelector("vaadin-button[data-step='Timer_PeriodEnd'][data-case='" + publicity.getBusinessKey() + "']"));
            b.waitFor(By.xpath("//vaadin-notification-card[contains(., '数秒内触发')]"));
        }
        // tests run without the job executor: fire the timer made due, as the executor would
        var timer = management.createJobQuery().processInstanceId(publicity.getId()).timers().activityId("Timer_PeriodEnd")
                .singleResult();
        assertThat(timer.getDuedate()).isBeforeOrEqualTo(new java.util.Date());
        management.executeJob(timer.getId());

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1200));
            b.login("yc.leader", DemoData.PASSWORD);
            openStep(b, "五面红旗", p.name(), By.id("decision-submit"));
            b.waitFor(By.id("decision-grid"));
            b.waitFor(By.cssSelector("#decision-opinion textarea")).sendKeys("领导小组研究，同意按拟命名名单命名。");
            b.screenshot("74-demonstration-decision");
            b.click(By.id("decision-submit"));
            waitGone(b, By.id("decision-submit"));
        }
        assertThat(programs.program(office, p.id()).status()).isEqualTo(ProgramStatus.ANNOUNCED);
        AwardList list = programs.awardList(p.code()).orElseThrow();
        assertThat(list.awarded()).extracting(a -> a.unitName()).contains("槐东社区", "南城社区", "舜都社区", "东花园社区");
        assertThat(list.awarded()).filteredOn(a -> a.unitName().equals("槐东社区")).singleElement()
                .satisfies(a -> assertThat(a.citySubsidy()).isEqualByComparingTo("50000"));
        assertThat(list.awarded()).filteredOn(a -> a.unitName().equals("东花园社区")).singleElement()
                .satisfies(a -> assertThat(a.citySubsidy()).isEqualByComparingTo("10000"));

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1200));
            b.open("/shifan/" + p.code());
            assertThat(b.waitFor(By.id("awards-title")).getText()).contains("五面红旗");
            assertThat(b.waitFor(By.id("public-awards")).getText()).contains("槐东社区", "东花园社区", "50,000");
            b.screenshot("75-demonstration-award-list");
            String href = b.waitFor(By.id("awards-pdf")).getAttribute("href");
            // the PDF is a resource of the browser's session: fetch it with the session's cookie
            String cookies = String.join("; ", b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .toList());
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    href.startsWith("http") ? href : "http://localhost:" + port + "/" + href.replaceFirst("^/", "")))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
            String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).replaceAll("\\s+", "");
            assertThat(text).contains("槐东社区", "50,000");
        }
    }

    private Nomination nomination(ProgramSummary p, String unitName) {
        return programs.nominations(user("yc.reviewer"), p.id()).stream().filter(n -> n.unitName().equals(unitName)).findFirst()
                .orElseThrow();
    }

    private List<TaskSummary> open(AppUser user, String formKey, String title) {
        return reviews.openTasks(user).stream().filter(t -> formKey == null || formKey.equals(t.formKey()))
                .filter(t -> title == null || title.equals(t.title())).toList();
    }

    /** Every item at its maximum times the unit's level in its category (moved by the scorer's bias); checks pass. */
    static List<ScoreEntry> entries(Standard standard, double[] level, double bias) {
        List<ScoreEntry> out = new ArrayList<>();
        List<String> categories = new ArrayList<>(standard.categories().keySet());
        for (Indicator item : standard.items()) {
            if (standard.surveyItems().contains(item)) {
                continue;
            }
            if (item.checkType() == CheckType.PASS_FAIL) {
                out.add(ScoreEntry.check(item.code(), true));
                continue;
            }
            int c = Math.max(0, categories.indexOf(standard.categoryOf(item.code())));
            double share = Math.min(1.0, Math.max(0.0, level[c % level.length] + bias));
            out.add(ScoreEntry.points(item.code(), item.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP)
                    .min(item.maxPoints())));
        }
        return out;
    }
}
