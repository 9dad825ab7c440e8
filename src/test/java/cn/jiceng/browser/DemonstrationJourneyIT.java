package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.demo.DemonstrationDemo;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.SheetKind;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.service.CandidateResult;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoreSheetView;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A demonstration program in the browser, on the demo data: a scorer of 盐湖区's evaluation team opens
 * 南城社区's scoring task in the workbench, fills the score sheet of 运城's 五面红旗 program and watches
 * the total and the flags follow; a score above an item's maximum is refused with the item named;
 * the sheet is saved and submitted, and the service holds exactly what was typed. The office's program
 * page, the county's nomination list with its quotas, the definitions and the indicator-tree editor and
 * the programs dashboard are visited for the user guide's screenshots.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class DemonstrationJourneyIT {

    static final String UNIT = "南城社区";

    @LocalServerPort
    int port;
    @Autowired
    ProgramService programs;
    @Autowired
    ScoringService scoring;
    @Autowired
    DefinitionService definitions;
    @Autowired
    UserService users;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private static WebElement points(Browser b, String code) {
        return b.waitFor(By.cssSelector("#score-sheet vaadin-big-decimal-field[data-indicator='" + code + "'] input"));
    }

    private static void type(Browser b, String code, String value) {
        WebElement input = points(b, code);
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
    }

    /**
     * Opens a task's step form from the workbench. On a loaded machine the grid may re-render its row
     * just after the filter applied, and a click on the replaced button is lost: then it clicks again.
     */
    private static void openStep(Browser b, String caseTitle, By form) {
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

    private static void waitForText(Browser b, String id, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void aScorerFillsTheScoreSheetSeesTotalAndFlagsFollowAndSubmitsIt() {
        AppUser office = user("yc.reviewer");
        ProgramSummary program = programs.programs(office).stream()
                .filter(p -> p.definitionCode().equals(DemonstrationDemo.YUNCHENG)).findFirst().orElseThrow();
        Standard standard = definitions.standard(program.definitionId());
        List<Indicator> items = standard.items();
        Nomination nancheng = programs.nominations(office, program.id()).stream().filter(n -> n.unitName().equals(UNIT))
                .findFirst().orElseThrow();
        String title = UNIT + " · " + program.name();

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1000));
            b.login("yh.pg3", DemoData.PASSWORD);
            b.open("/tasks");
            b.waitFor(By.id("tasks-grid"));
            b.filterTasks(UNIT);
            openStep(b, title, By.id("score-sheet"));
            assertThat(b.waitFor(By.id("score-total")).getText()).startsWith("0 / 500");

            // the first category (党建引领, 100 points, five items of 20) at full marks: one flag
            String first = standard.categoryOf(items.get(0).code());
            List<Indicator> firstItems = items.stream().filter(i -> first.equals(standard.categoryOf(i.code()))).toList();
            for (Indicator i : firstItems) {
                type(b, i.code(), i.maxPoints().stripTrailingZeros().toPlainString());
            }
            waitForText(b, "score-total", "100 / 500");
            waitForText(b, "score-outcome", "1面红旗");
            b.screenshot("60-demonstration-score-sheet-live");

            // above the maximum: marked at once, and saving is refused with the item named
            Indicator second = items.get(firstItems.size());
            type(b, second.code(), second.maxPoints().add(BigDecimal.TEN).toPlainString());
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector(
                    "#score-sheet vaadin-big-decimal-field[data-indicator='" + second.code() + "']")).getAttribute("invalid") != null);
            b.click(By.id("score-save"));
            assertThat(b.waitFor(By.cssSelector("vaadin-notification-card")).getText()).contains("超过该项满分")
                    .contains(second.code());
            b.screenshot("61-demonstration-score-above-maximum");

            // every other item at 90% of its maximum: four more flags (90 ≥ 85 in each category)
            for (Indicator i : items.subList(firstItems.size(), items.size())) {
                type(b, i.code(), i.maxPoints().multiply(new BigDecimal("0.9")).stripTrailingZeros().toPlainString());
            }
            waitForText(b, "score-total", "460 / 500");
            waitForText(b, "score-outcome", "5面红旗");
            b.click(By.id("score-save"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("vaadin-notification-card[theme~='success']"), "已暂存"));
            b.screenshot("62-demonstration-score-sheet-complete");
            b.click(By.id("score-submit"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("score-sheet")));
        }

        CandidateResult result = scoring.result(office, nancheng.candidateId());
        ScoreSheetView sheet = result.sheets().stream().filter(s -> s.kind() == SheetKind.TEAM && "yh.pg3".equals(s.scorer()))
                .findFirst().orElseThrow();
        assertThat(sheet.submitted()).isTrue();
        assertThat(sheet.totals().total()).isEqualByComparingTo("460");
        assertThat(sheet.totals().flags()).hasSize(5);
        assertThat(sheet.lines()).allMatch(l -> l.points() != null && l.points().compareTo(l.maxPoints()) <= 0);
    }

    @Test
    void theOfficeAndTheCountiesSeeTheProgramItsQuotasAndTheDefinitions() {
        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1600));
            b.login("kc.reviewer", DemoData.PASSWORD);
            b.open("/demonstration");
            b.click(By.cssSelector("vaadin-button.program-open[data-program^='220100-']"));
            b.waitFor(By.id("nomination-panel"));
            b.waitFor(By.cssSelector("#quota-status .quota-badge"));
            assertThat(b.waitFor(By.id("nominations-grid")).getText()).contains("长山花园一期小区");
            b.screenshot("63-demonstration-nomination-quotas");

            b.open("/demonstration/definitions");
            b.waitFor(By.id("definitions-grid"));
            b.screenshot("64-demonstration-definitions");
            b.click(By.cssSelector("vaadin-button.definition-edit[data-definition='" + DemonstrationDemo.YUNCHENG + "']"));
            b.waitFor(By.id("editor-tree"));
            assertThat(b.waitFor(By.id("editor-check")).getText()).contains("校验通过");
            WebElement points = b.waitFor(By.cssSelector("vaadin-big-decimal-field.editor-item-points[data-indicator='DJYL1'] input"));
            points.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            points.sendKeys("25", Keys.TAB);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.cssSelector(
                    ".editor-sum[data-indicator='DJYL']")).getAttribute("data-mismatch")));
            assertThat(b.waitFor(By.id("editor-check")).getText()).contains("问题");
            b.screenshot("65-demonstration-indicator-editor");
        }
        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1400));
            b.login("yc.reviewer", DemoData.PASSWORD);
            b.open("/demonstration");
            b.click(By.cssSelector("vaadin-button.program-open[data-program^='140800-']"));
            b.waitFor(By.cssSelector("#program-quotas .quota-badge"));
            assertThat(b.waitFor(By.id("program-candidates")).getText()).contains("槐东社区");
            b.screenshot("66-demonstration-program");
            b.open("/dashboard/demonstration");
            b.waitFor(By.id("program-stages-chart"));
            b.waitFor(By.id("program-kpi-units"));
            b.screenshot("67-demonstration-dashboard");
        }
    }

    @Test
    void anAnnouncedProgramsAwardListIsPublicWithItsPdf() throws Exception {
        String code = cn.jiceng.demonstration.AnnouncedPrograms.meihao(context, 2026);
        try (Browser b = new Browser(port)) {
            b.open("/shifan/" + code);
            assertThat(b.waitFor(By.id("awards-title")).getText()).contains("命名名单");
            assertThat(b.waitFor(By.id("award-list")).getText()).contains("长山花园一期小区");
            String href = b.waitFor(By.id("awards-pdf")).getAttribute("href");
            b.screenshot("68-demonstration-public-award-list");
            // the PDF comes from the page's own link, without login
            java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie",
                            b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                                    .reduce((x, y) -> x + "; " + y).orElse("")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        }
        try (Browser b = new Browser(port)) {
            b.open("/shifan/no-such-program");
            assertThat(b.driver().getPageSource()).doesNotContain("awards-title");
        }
    }

    @Test
    void theLeadingGroupDecidesWithScoresPublicityAndQuotasSideBySide() {
        ProgramSummary p = cn.jiceng.demonstration.AnnouncedPrograms.meihaoAtDecision(context, 2026);
        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1500, 1000));
            b.login("dem.leader.220103", DemoData.PASSWORD);
            b.open("/tasks");
            b.waitFor(By.id("tasks-grid"));
            b.filterTasks(p.name());
            openStep(b, p.name(), By.id("decision-grid"));
            assertThat(b.waitFor(By.id("decision-grid")).getText()).contains("长山花园一期小区");
            b.waitFor(By.cssSelector("#decision-quotas .quota-badge"));
            b.waitFor(By.cssSelector("#decision-opinion textarea")).sendKeys("经领导小组研究，同意命名。");
            b.screenshot("69-demonstration-leading-group-decision");
            b.click(By.id("decision-submit"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-grid")));
        }
        assertThat(programs.program(user("admin"), p.id()).status()).isEqualTo(cn.jiceng.demonstration.domain.ProgramStatus.ANNOUNCED);
        assertThat(programs.awardList(p.code()).orElseThrow().awarded()).extracting(a -> a.unitName())
                .containsExactly("长山花园一期小区");
    }
}
