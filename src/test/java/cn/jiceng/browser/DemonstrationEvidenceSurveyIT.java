package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.demo.DemonstrationDemo;
import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.SheetKind;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.EvidenceService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoreSheetView;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two step screens of 长春市's 幸福小区 that had none, on the demo data: 长山花园社区 uploads the
 * evidence of its neighbourhood's self-assessment (a file that is no PDF or JPEG is refused with the
 * message and nothing is stored, a PDF is listed), and the city's office imports the survey results
 * into 团山小区's survey step (a file naming an unknown indicator is refused row by row and nothing is
 * stored; the corrected file completes the step).
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class DemonstrationEvidenceSurveyIT {

    @LocalServerPort
    int port;
    @Autowired
    ProgramService programs;
    @Autowired
    ScoringService scoring;
    @Autowired
    DefinitionService definitions;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    UserService users;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private ProgramSummary changchun() {
        return programs.programs(user("cc.reviewer")).stream().filter(p -> p.definitionCode().equals(DemonstrationDemo.CHANGCHUN))
                .findFirst().orElseThrow();
    }

    private Nomination unit(ProgramSummary p, String name) {
        return programs.nominations(user("cc.reviewer"), p.id()).stream().filter(n -> n.unitName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static void upload(Browser b, String uploadId, Path file) {
        WebElement upload = b.waitFor(By.id(uploadId));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    private static void openStep(Browser b, String unit, String caseTitle, By form) {
        b.open("/tasks");
        b.waitFor(By.id("tasks-grid"));
        b.filterTasks(unit);
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

    @Test
    void theCommunityUploadsEvidenceToItsSelfAssessmentAndAFileThatIsNoPdfIsRefusedWithNothingStored() throws IOException {
        ProgramSummary p = changchun();
        Nomination changshan = unit(p, "长山花园一期小区");
        Path fake = Files.createTempFile("fake-evidence", ".pdf");
        Files.writeString(fake, "this is plain text, not a PDF");
        Path pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1200));
            b.login("csh.reviewer", DemoData.PASSWORD);
            openStep(b, "长山花园一期小区", "长山花园一期小区 · " + p.name(), By.id("evidence-upload"));
            assertThat(b.waitFor(By.id("evidence-upload")).getText()).contains("上传佐证材料");

            upload(b, "evidence-upload", fake);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("evidence-result"), "PDF"));
            assertThat(evidence.list(user("csh.reviewer"), changshan.candidateId())).isEmpty();

            upload(b, "evidence-upload", pdf);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("evidence-result"), "已上传"));
            assertThat(b.waitFor(By.id("evidence-grid")).getText()).contains("整份自评");
            b.screenshot("70-demonstration-self-assessment-evidence");
        }
        assertThat(evidence.list(user("cc.reviewer"), changshan.candidateId())).singleElement()
                .satisfies(e -> assertThat(e.contentType()).isEqualTo("application/pdf"));
    }

    @Test
    void theOfficeImportsTheSurveyResultsAndAFileWithAnUnknownIndicatorIsRefusedWithNothingStored() throws IOException {
        ProgramSummary p = changchun();
        Nomination tuanshan = unit(p, "团山小区");
        String title = "团山小区 · " + p.name();
        Standard standard = definitions.standard(p.definitionId());
        // 宽城区's evaluation team scores 团山小区 (the demo leaves it waiting for them): the survey step opens
        for (String name : DemoData.KUANCHENG_SCORERS) {
            AppUser scorer = user(name);
            String task = reviews.openTasks(scorer).stream()
                    .filter(t -> DemonstrationProcess.FORM_SCORE.equals(t.formKey()) && title.equals(t.title())).findFirst()
                    .orElseThrow().id();
            scoring.submit(scorer, task, teamEntries(standard));
        }
        Path wrong = Files.createTempFile("survey-wrong", ".csv");
        Files.writeString(wrong, "单位代码,单位名称,指标代码,得分\n" + tuanshan.unitCode() + ",团山小区,PJ9,10\n", StandardCharsets.UTF_8);
        Path right = Files.createTempFile("survey", ".csv");
        Files.writeString(right, "单位代码,单位名称,指标代码,得分\n" + tuanshan.unitCode() + ",团山小区,PJ1,10.5\n", StandardCharsets.UTF_8);

        try (Browser b = new Browser(port)) {
            b.driver().manage().window().setSize(new Dimension(1400, 1200));
            b.login("cc.reviewer", DemoData.PASSWORD);
            openStep(b, "团山小区", title, By.id("survey-import-upload"));
            upload(b, "survey-import-upload", wrong);
            b.waitFor(By.xpath("//vaadin-notification-card[contains(., '未导入') or contains(., '错误') or contains(., '问题')]"));
            assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("PJ9");
            assertThat(surveySheet(tuanshan)).isEmpty();
            b.screenshot("71-demonstration-survey-import-refused");

            upload(b, "survey-import-upload", right);
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.id("survey-import-upload")));
        }
        ScoreSheetView survey = surveySheet(tuanshan).orElseThrow();
        assertThat(survey.submitted()).isTrue();
        assertThat(survey.lines()).filteredOn(l -> l.indicatorCode().equals("PJ1")).singleElement()
                .satisfies(l -> assertThat(l.points()).isEqualByComparingTo("10.5"));
        assertThat(reviews.openTasks(user("cc.reviewer"))).noneMatch(t -> DemonstrationProcess.FORM_SURVEY.equals(t.formKey())
                && title.equals(t.title()));
    }

    private Optional<ScoreSheetView> surveySheet(Nomination n) {
        return scoring.result(user("cc.reviewer"), n.candidateId()).sheets().stream().filter(s -> s.kind() == SheetKind.SURVEY)
                .filter(s -> s.lines().stream().anyMatch(l -> l.points() != null)).findFirst();
    }

    /** Every item the team scores at 85% of its maximum, every check passed (the survey items are not the team's). */
    private static List<ScoreEntry> teamEntries(Standard standard) {
        List<ScoreEntry> out = new ArrayList<>();
        for (Indicator item : standard.items()) {
            if (standard.surveyItems().contains(item)) {
                continue;
            }
            out.add(item.checkType() == CheckType.PASS_FAIL ? ScoreEntry.check(item.code(), true)
                    : ScoreEntry.points(item.code(), item.maxPoints().multiply(new BigDecimal("0.85")).setScale(0, RoundingMode.HALF_UP)));
        }
        return out;
    }
}
