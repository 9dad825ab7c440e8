package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The publicity journey in headless Chromium on the demo data: anyone reads a notice without
 * logging in and files an objection, gets a receipt; the owning unit's reviewer answers it from
 * the task list; the objector reads the answer with the receipt. Bad input changes nothing.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class PublicityJourneyIT {

    private static final String NOTICE = "宽城区2026年度示范社区创建拟推荐社区公示";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    /** The notice this journey objects to, published through the publicity process (no longer demo data). */
    private void publishNotice() {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey("T-GS-KC").count() > 0) {
            return;
        }
        java.util.Map<String, Object> vars = new java.util.HashMap<>();
        vars.put(cn.jiceng.publicity.process.PublicityProcess.VAR_TITLE, NOTICE);
        vars.put(cn.jiceng.publicity.process.PublicityProcess.VAR_BODY,
                "经社区申报、街道初审、区级实地考核和联审，拟推荐以下社区为2026年度示范社区，现予公示。");
        vars.put(cn.jiceng.publicity.process.PublicityProcess.VAR_UNIT_CODE, "220103");
        vars.put(cn.jiceng.publicity.process.PublicityProcess.VAR_CONTACT, "宽城区民政局 0431-66666666");
        vars.put(cn.jiceng.publicity.process.PublicityProcess.VAR_WORKING_DAYS, 5);
        vars.put(cn.jiceng.publicity.process.PublicityProcess.VAR_ENTRIES, cn.jiceng.publicity.process.PublishNoticeDelegate.toJson(
                java.util.List.of(new cn.jiceng.publicity.service.PublishRequest.Entry("C-220103001001", "长山花园社区", "团山街道 考核得分 92.5"),
                        new cn.jiceng.publicity.service.PublishRequest.Entry("C-220103001002", "团山社区", "团山街道 考核得分 88.0"))));
        runtime.startProcessInstanceByKey(cn.jiceng.publicity.process.PublicityProcess.PROCESS_ID, "T-GS-KC", vars);
    }

    private void fillObjection(Browser b, String name, String phone, String reason) {
        WebElement entry = b.waitFor(By.cssSelector("#objection-entry input"));
        entry.click();
        entry.sendKeys("长山");
        b.waitFor(By.cssSelector("vaadin-combo-box-item"));
        entry.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        b.driver().findElement(By.cssSelector("#objection-name input")).sendKeys(name);
        b.driver().findElement(By.cssSelector("#objection-phone input")).sendKeys(phone);
        b.driver().findElement(By.cssSelector("#objection-reason textarea")).sendKeys(reason);
        b.driver().findElement(By.id("objection-submit")).click();
    }

    @Test
    void anyoneObjectsWithoutLoginTheReviewerAnswersAndTheReceiptShowsTheAnswer() {
        publishNotice();
        String receipt;
        try (Browser anonymous = new Browser(port)) {
            anonymous.open("/gongshi");
            anonymous.waitFor(By.linkText(NOTICE)).click();
            assertThat(anonymous.waitFor(By.id("notice-title")).getText()).isEqualTo(NOTICE);
            assertThat(anonymous.waitFor(By.id("notice-period")).getText()).contains("5个工作日");
            anonymous.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '长山花园社区')]"));
            anonymous.screenshot("10-public-notice");

            // script in the reason: refused with a message, nothing stored, nothing executed
            fillObjection(anonymous, "王晓明", "13812345678", "<script>document.title='pwned'</script>");
            assertThat(anonymous.waitFor(By.id("objection-error")).getText()).contains("网页标记");
            assertThat(anonymous.driver().getTitle()).doesNotContain("pwned");
            anonymous.driver().findElement(By.cssSelector("#objection-reason textarea")).clear();

            anonymous.driver().findElement(By.cssSelector("#objection-reason textarea"))
                    .sendKeys("该社区2026年居民议事记录不完整，考核得分存疑。");
            anonymous.driver().findElement(By.id("objection-submit")).click();
            receipt = anonymous.waitFor(By.id("objection-receipt")).getAttribute("data-receipt");
            assertThat(receipt).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
            anonymous.screenshot("11-objection-receipt");
        }

        try (Browser reviewer = new Browser(port)) {
            reviewer.login("kc.reviewer", DemoData.PASSWORD);
            reviewer.open("/tasks");
            reviewer.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + NOTICE + "')]"));
            reviewer.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '核查答复异议')]"));
            reviewer.click(By.cssSelector("vaadin-button[data-task='" + NOTICE + "']"));
            // the step's Camunda Form (forms/objection-answer.form): the objection and the entry it concerns
            assertThat(reviewer.waitFor(By.id("form-Text_Objection")).getText()).contains("议事记录").contains("王");
            assertThat(reviewer.waitFor(By.id("objection-phone-masked")).getText()).isEqualTo("138****5678");
            reviewer.waitFor(By.xpath("//vaadin-radio-button[contains(., '有反映但不影响')]")).click();
            reviewer.waitFor(By.cssSelector("#form-reply textarea")).sendKeys("经核查，议事记录已补齐，不影响推荐。");
            reviewer.screenshot("12-objection-answer");
            reviewer.waitFor(By.id("form-submit")).click();
            reviewer.waitFor(By.cssSelector("vaadin-notification-card"));
        }

        try (Browser objector = new Browser(port)) {
            objector.open("/gongshi-receipt?no=" + receipt);
            assertThat(objector.waitFor(By.id("receipt-reply")).getText()).contains("不影响推荐").contains("有反映但不影响");
            objector.screenshot("13-objection-answered");
        }
    }
}
