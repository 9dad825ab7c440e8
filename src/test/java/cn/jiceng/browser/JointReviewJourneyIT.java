package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The province's joint review (备案联审) of a filed plan, in the browser: each department signs in
 * with its own account and finds only its own part; the organisation department returns the plan
 * with an opinion, the others approve, and the plan goes back to the city with the opinion under
 * the department's name.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class JointReviewJourneyIT {

    static final String CAMPAIGN = "长春市2026年第四批基层治理专干招聘（联审）";

    @LocalServerPort
    int port;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    UserService users;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    cn.jiceng.audit.service.PersonalDataAudit audit;

    /** A case of the province's own, so that the general reviewer's list is known not to be empty. */
    static final String PROVINCE_CASE = "联审测试：全省基层治理工作方案审核";

    private Campaign filedPlan() throws IOException {
        reviews.startSampleReview("220000", PROVINCE_CASE, "T-JR-PROVINCE", java.time.OffsetDateTime.now().plusDays(7));
        AppUser hr = users.findByUsername("cc.hr").orElseThrow();
        Campaign c = recruitment.createCampaign(hr, "CC-2026-JR", CAMPAIGN, "220100", 2026, 4, LocalDate.now(),
                Instant.now().plus(Duration.ofDays(20)), Instant.now().plus(Duration.ofDays(30)));
        try (InputStream in = new ClassPathResource("demo/posts-cc-2026-3.csv").getInputStream()) {
            postImport.importPosts(c.getId(), in.readAllBytes());
        }
        String fileTask = reviews.openTasks(hr).stream()
                .filter(t -> RecruitmentProcess.FORM_FILE_PLAN.equals(t.formKey()) && CAMPAIGN.equals(t.title()))
                .findFirst().orElseThrow().id();
        recruitment.filePlan(hr, fileTask);
        return c;
    }

    /** Signs in as the department's account, opens its joint-review task and decides it. */
    private static void decide(int port, String username, String departmentName, String decisionLabel, String opinion,
                               Path attachment, String screenshot) {
        try (Browser b = new Browser(port)) {
            b.login(username, DemoData.PASSWORD);
            b.open("/tasks");
            b.click(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"));
            // the step's Camunda Form (forms/joint-review-verdict.form): its text names the department and the campaign
            b.waitForText(By.id("form-Text_Context"), departmentName);
            assertThat(b.waitFor(By.id("form-Text_Context")).getText()).contains(CAMPAIGN);
            assertThat(b.all(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"))).hasSize(1);
            b.waitFor(By.xpath("//vaadin-radio-button[contains(., '" + decisionLabel + "')]")).click();
            if (opinion != null) {
                b.waitFor(By.cssSelector("#form-opinion textarea")).sendKeys(opinion);
            }
            if (attachment != null) {
                // an optional attachment of the decision, kept with its trail event
                WebElement upload = b.waitFor(By.id("decision-attachments"));
                upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(attachment.toString());
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) b.driver()).executeScript(
                        "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete)", upload)));
            }
            if (screenshot != null) {
                b.screenshot(screenshot);
            }
            b.click(By.id("form-submit"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("form-submit")));
        }
    }

    @Test
    void eachDepartmentReviewsItsOwnPartAndOneReturnSendsThePlanBackWithTheOpinion() throws IOException {
        Campaign c = filedPlan();

        // the province's general reviewer has no part in it
        try (Browser b = new Browser(port)) {
            b.login("province.reviewer", DemoData.PASSWORD);
            b.open("/tasks");
            b.waitFor(By.cssSelector("vaadin-button[data-task='" + PROVINCE_CASE + "']"));
            assertThat(b.all(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"))).isEmpty();
        }

        Path opinionFile = Files.createTempDirectory("joint-review").resolve("联审意见.pdf");
        Files.write(opinionFile, "%PDF-1.4\n% 联审意见\n".getBytes(StandardCharsets.UTF_8));
        decide(port, "province.zuzhi", "组织部门", "退回修改", "岗位专业要求过严，请调整。", opinionFile, "29-joint-review");
        decide(port, "province.bianban", "机构编制部门", "同意备案", null, null, null);
        decide(port, "province.renshe", "人力资源社会保障部门", "同意备案", null, null, null);

        Campaign returned = campaigns.findById(c.getId()).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(CampaignStatus.RETURNED);
        assertThat(returned.getReviewOpinion()).contains("组织部门：岗位专业要求过严，请调整。");

        // the city finds the department's file beside its opinion in the case's trail, and downloads it
        try (Browser b = new Browser(port)) {
            b.login("cc.hr", DemoData.PASSWORD);
            b.open("/tasks");
            b.click(By.cssSelector("vaadin-button[data-case='" + CAMPAIGN + "']"));
            WebElement link = b.waitFor(By.cssSelector("#case-trail a.trail-attachment"));
            assertThat(link.getText()).isEqualTo("联审意见.pdf");
            assertThat(b.waitFor(By.id("case-trail")).getAttribute("textContent")).contains("岗位专业要求过严，请调整。");
            b.screenshot("30-joint-review-trail");
            Object body = ((JavascriptExecutor) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0].href).then(r => r.text()).then(done)", link);
            assertThat(body.toString()).startsWith("%PDF-");
            assertThat(audit.accessesTo("task-attachment:" + link.getAttribute("data-attachment")))
                    .extracting(a -> a.getUsername()).containsExactly("cc.hr");
        }
    }
}
