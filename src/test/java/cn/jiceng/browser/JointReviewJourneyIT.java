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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
                               String screenshot) {
        try (Browser b = new Browser(port)) {
            b.login(username, DemoData.PASSWORD);
            b.open("/tasks");
            b.click(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"));
            b.waitForText(By.id("joint-review-department"), departmentName);
            assertThat(b.all(By.cssSelector("vaadin-button[data-task='" + CAMPAIGN + "']"))).hasSize(1);
            b.waitFor(By.xpath("//vaadin-radio-button[contains(., '" + decisionLabel + "')]")).click();
            if (opinion != null) {
                b.waitFor(By.cssSelector("#joint-review-opinion textarea")).sendKeys(opinion);
            }
            if (screenshot != null) {
                b.screenshot(screenshot);
            }
            b.click(By.id("campaign-task-submit"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("campaign-task-submit")));
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

        decide(port, "province.zuzhi", "组织部门", "退回修改", "岗位专业要求过严，请调整。", "29-joint-review");
        decide(port, "province.bianban", "机构编制部门", "同意备案", null, null);
        decide(port, "province.renshe", "人力资源社会保障部门", "同意备案", null, null);

        Campaign returned = campaigns.findById(c.getId()).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(CampaignStatus.RETURNED);
        assertThat(returned.getReviewOpinion()).contains("组织部门：岗位专业要求过严，请调整。");
    }
}
