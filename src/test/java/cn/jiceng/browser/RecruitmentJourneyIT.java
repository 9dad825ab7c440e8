package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.IdNumber;
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
 * An applicant registers with a real-name identity (a wrong ID number is refused), applies to a
 * post of the demo campaign after the pre-screen, and the county reviewer approves the application.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class RecruitmentJourneyIT {

    @LocalServerPort
    int port;

    private static void type(Browser b, String id, String text) {
        WebElement input = b.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    @Test
    void applicantRegistersAndAppliesAndTheCountyReviewerApproves() {
        String valid = "22010319990315456";
        valid = valid + IdNumber.checkChar(valid);
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        String applicationNo;
        try (Browser b = new Browser(port)) {
            b.open("/login");
            b.waitFor(By.id("register-applicant-link")).click();
            type(b, "reg-username", "li.xiaohong");
            b.driver().findElement(By.cssSelector("#reg-password input")).sendKeys("Hong#2026ok");
            type(b, "reg-name", "李晓红");
            type(b, "reg-id-number", wrong);
            type(b, "reg-phone", "13912345678");
            b.driver().findElement(By.id("reg-education")).click();
            b.waitFor(By.xpath("//vaadin-select-item[contains(., '本科')]")).click();
            type(b, "reg-school", "东北师范大学");
            type(b, "reg-major", "社会工作");
            type(b, "reg-graduation", "2024/6/30");
            b.driver().findElement(By.cssSelector("#reg-graduation input")).sendKeys(Keys.ENTER);
            b.driver().findElement(By.id("reg-submit")).click();
            b.waitForText(By.id("reg-result"), "校验位");
            b.screenshot("20-register-wrong-id");

            type(b, "reg-id-number", valid);
            b.driver().findElement(By.id("reg-submit")).click();
            b.waitForText(By.id("reg-result"), "注册成功");

            b.login("li.xiaohong", "Hong#2026ok");
            b.open("/apply");
            b.waitFor(By.cssSelector("vaadin-button.apply-button[data-post='CC2603001']")).click();
            b.waitFor(By.id("apply-confirm"));
            b.screenshot("21-prescreen");
            b.waitFor(By.id("apply-confirm")).click();
            b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '已报名，待初审')]"));
            applicationNo = b.waitFor(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), '#')]")).getText().trim();
            b.screenshot("22-my-applications");
        }
        try (Browser reviewer = new Browser(port)) {
            reviewer.login("kc.reviewer", DemoData.PASSWORD);
            reviewer.open("/tasks");
            // the queue is long and loads as it scrolls: find the application by the workbench's search
            reviewer.filterTasks(applicationNo);
            reviewer.click(By.cssSelector("vaadin-button[data-task$='" + applicationNo + "']"));
            assertThat(reviewer.waitFor(By.id("qualification-id-masked")).getText()).isEqualTo(IdNumber.mask(valid));
            // the full ID number only for a stated purpose, which is asked first and logged
            reviewer.click(By.id("qualification-reveal-id"));
            reviewer.waitFor(By.id("purpose-confirm")).click();
            reviewer.waitFor(By.cssSelector("#purpose-input[invalid]"));
            type(reviewer, "purpose-input", "核对身份证号码");
            reviewer.waitFor(By.cssSelector("#purpose-input input")).sendKeys(Keys.ENTER);
            reviewer.screenshot("23a-reveal-purpose");
            reviewer.waitFor(By.id("purpose-confirm")).click();
            reviewer.waitForText(By.id("qualification-id-masked"), valid);
            reviewer.waitFor(By.xpath("//vaadin-radio-button[contains(., '通过') and not(contains(., '不通过'))]")).click();
            reviewer.screenshot("23-qualification-review");
            reviewer.waitFor(By.id("qualification-submit")).click();
            reviewer.waitFor(By.cssSelector("vaadin-notification-card"));
        }
        try (Browser b = new Browser(port)) {
            b.login("li.xiaohong", "Hong#2026ok");
            b.open("/apply");
            b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '初审通过，待复审')]"));
        }
    }
}
