package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.service.ExamService;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * City HR runs the demo campaign CC-2026-2 in the browser from the opening-ratio decision to the
 * close: admission numbers, both score sheets uploaded, physical exam, inspection, the publicity of
 * the proposed hires (its period skipped on the demo page), and the closing report.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class CampaignSelectionJourneyIT {

    static final String CAMPAIGN = "长春市2026年第二批基层治理专干招聘";

    @LocalServerPort
    int port;
    @Autowired
    ExportService exports;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    UserService users;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    /** Opens the campaign's current task and checks it is the expected step. */
    private static void openTask(Browser b, String submitText) {
        b.open("/tasks");
        b.click(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"));
        b.waitForText(By.id("selection-task-submit"), submitText);
    }

    /** Submits the open dialog and waits until it has closed (the step is done). */
    private static void submit(Browser b, String submitId) {
        b.click(By.id(submitId));
        new WebDriverWait(b.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(submitId)));
    }

    private static void submit(Browser b) {
        submit(b, "selection-task-submit");
    }

    /** The score sheet HR downloads, filled in: 90, 89, 88 … in sheet order. */
    private Path filledSheet(Campaign c, ExamService.Kind kind) throws IOException {
        byte[] template = exports.scoreTemplate(users.findByUsername("cc.hr").orElseThrow(), c.getId(), kind);
        Path file = Files.createTempFile("scores-" + kind, ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                row.createCell(3).setCellValue(90 - r);
            }
            wb.write(out);
        }
        return file;
    }

    private static void upload(Browser b, String uploadId, Path file) {
        WebElement upload = b.waitFor(By.id(uploadId));
        SearchContext shadow = upload.getShadowRoot();
        shadow.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        b.waitFor(By.xpath("//vaadin-notification-card[contains(., '已导入成绩')]"));
    }

    @Test
    void cityHrRunsTheDemoCampaignFromTheRatioDecisionToTheClosingReport() throws IOException {
        Campaign c = campaigns.findByCode("CC-2026-2").orElseThrow();
        try (Browser b = new Browser(port)) {
            b.login("cc.hr", DemoData.PASSWORD);
            b.open("/tasks");
            b.click(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"));
            b.waitFor(By.id("campaign-task-submit"));
            b.screenshot("30-ratio-decision");
            submit(b, "campaign-task-submit");

            openTask(b, "编排准考证号");
            submit(b);

            openTask(b, "确认笔试成绩");
            upload(b, "score-import-upload", filledSheet(c, ExamService.Kind.WRITTEN));
            b.screenshot("31-written-scores");
            submit(b);
            openTask(b, "确认面试成绩");
            upload(b, "score-import-upload", filledSheet(c, ExamService.Kind.INTERVIEW));
            submit(b);

            openTask(b, "提交体检结果");
            b.waitFor(By.id("selection-candidates"));
            b.screenshot("32-physical-exam");
            submit(b);
            openTask(b, "提交考察结果");
            submit(b);

            // the publicity runs as its own process; skip its period on the demo page
            b.open("/demo/timers");
            b.click(By.cssSelector("vaadin-button[data-step='Timer_PeriodEnd'][data-case='CC-2026-2']"));
            b.waitFor(By.xpath("//vaadin-notification-card[contains(., '数秒内触发')]"));
            b.screenshot("33-demo-timers");
        }
        // tests run without the job executor: fire the publicity timer made due, as the executor would
        String publicity = runtime.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
                .singleResult().getId();
        var timer = management.createJobQuery().processInstanceId(publicity).timers()
                .activityId("Timer_PeriodEnd").singleResult();
        assertThat(timer.getDuedate()).isBeforeOrEqualTo(new java.util.Date());
        management.executeJob(timer.getId());

        try (Browser b = new Browser(port)) {
            b.login("cc.hr", DemoData.PASSWORD);
            openTask(b, "结束本批次");
            b.waitFor(By.id("campaign-report"));
            b.screenshot("34-campaign-report");
            submit(b);
        }
        Campaign closed = campaigns.findById(c.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.getReport()).contains("hired 7");
    }
}
