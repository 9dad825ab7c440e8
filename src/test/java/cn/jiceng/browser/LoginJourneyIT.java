package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headless Chromium: logging in, the home page, the role-fitted menu, the language switch. */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class LoginJourneyIT {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    cn.jiceng.review.service.ReviewTaskService reviews;
    @org.springframework.beans.factory.annotation.Autowired
    cn.jiceng.security.service.UserService users;
    @org.springframework.beans.factory.annotation.Autowired
    cn.jiceng.security.service.LoginThrottleService throttle;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String menu() {
        return browser.all(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "|" + b);
    }

    @Test
    void countyReviewerLogsInAndSeesTheChineseHomePageWithTheirUnitAndAStaffMenu() {
        browser.open("/");
        browser.waitFor(By.tagName("vaadin-login-form"));
        browser.screenshot("01-login");

        browser.login("kc.reviewer", DemoData.PASSWORD);
        assertThat(browser.waitFor(By.id("home-welcome")).getText()).contains("周杰");
        assertThat(browser.waitFor(By.id("current-user-unit")).getText()).contains("宽城区");
        assertThat(browser.waitFor(By.id("home-capabilities")).getText()).contains("审核");
        String menu = menu();
        assertThat(menu).contains("首页", "待办", "组织").doesNotContain("用户");
        browser.screenshot("02-home-county-reviewer");
    }

    @Test
    void aReviewerWhoOpensCamundaGetsTheBilingualForbiddenPageAndAnUnknownAddressTheNotFoundPage() {
        browser.login("kc.reviewer", DemoData.PASSWORD);
        browser.waitFor(By.id("home-welcome"));
        browser.open("/camunda/app/cockpit/default/");
        assertThat(browser.waitFor(By.id("error-page")).getText()).contains("无权访问", "Access denied")
                .doesNotContain("Whitelabel");
        assertThat(browser.waitFor(By.id("error-home")).getAttribute("href")).endsWith("/");
        browser.screenshot("04-forbidden");

        browser.open("/no-such-page");
        assertThat(browser.waitFor(By.id("not-found")).getText()).contains("页面不存在").doesNotContain("Could not navigate");
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPageWithAnError() {
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("kc.reviewer");
        browser.driver().findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys("kc.reviewer");
        browser.driver().findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void adminSeesUserAdministrationAndApplicantSeesOnlyTheHomePage() {
        browser.login("admin", DemoData.PASSWORD);
        assertThat(menu()).contains("用户");
        browser.waitFor(By.id("cockpit-link"));
        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.tagName("vaadin-login-form"));

        browser.login("applicant", DemoData.PASSWORD);
        assertThat(menu()).contains("首页").doesNotContain("待办").doesNotContain("用户").doesNotContain("组织");
    }

    @Test
    void adminCreatesAMemberUnitAccountWithItsDepartmentAndTheNewUserSignsIn() {
        browser.login("admin", DemoData.PASSWORD);
        browser.open("/users");
        browser.click(By.id("users-new"));
        browser.waitFor(By.cssSelector("#new-user-username input")).sendKeys("province.gongan");
        browser.driver().findElement(By.cssSelector("#new-user-name input")).sendKeys("赵强（省公安厅）");
        browser.driver().findElement(By.cssSelector("#new-user-password input")).sendKeys("Gongan#2026");
        WebElement unit = browser.driver().findElement(By.cssSelector("#new-user-unit input"));
        unit.sendKeys("吉林省");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '吉林省 (220000)')]")).click();
        browser.click(By.xpath("//vaadin-checkbox-group[@id='new-user-roles']/vaadin-checkbox[contains(., '成员单位')]"));
        browser.click(By.id("new-user-department"));
        browser.waitFor(By.xpath("//vaadin-select-item[contains(., '公安部门')]")).click();
        browser.driver().findElement(By.cssSelector("#new-user-office input")).sendKeys("吉林省公安厅");
        browser.screenshot("07-new-user");
        browser.click(By.id("new-user-create"));
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'province.gongan')]"));
        // the list holds every account of the region (more than fit on the screen): scroll until the new one shows
        By created = By.xpath("//vaadin-grid-cell-content[contains(., '吉林省公安厅 · 公安部门')]");
        for (int row = 0; row < 400 && browser.all(created).stream().noneMatch(WebElement::isDisplayed); row += 10) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('vaadin-grid').scrollToIndex(arguments[0])", row);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        browser.waitFor(created);
        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.tagName("vaadin-login-form"));

        browser.login("province.gongan", "Gongan#2026");
        assertThat(browser.waitFor(By.id("home-welcome")).getText()).contains("赵强");
        assertThat(menu()).contains("待办").doesNotContain("用户");
    }

    @Test
    void languageSwitchTurnsTheInterfaceIntoEnglish() {
        browser.login("cc.hr", DemoData.PASSWORD);
        browser.waitFor(By.id("language-switch")).click();
        browser.waitForText(By.id("home-view"), "Welcome");
        assertThat(menu()).contains("Home");
        browser.screenshot("03-home-english");
    }

    @Test
    void streetReviewerApprovesTheirCaseFromTheTaskList() {
        // the sample review is the workbench's simplest example, not demo data: the test starts its cases
        reviews.startSampleReview("220103001", "示例：团山街道网格调整审核", "T-LOGIN-STREET", java.time.OffsetDateTime.now().plusDays(7));
        reviews.startSampleReview("220103", "示例：宽城区社区议事规则审核", "T-LOGIN-COUNTY", java.time.OffsetDateTime.now().plusDays(7));
        browser.login("ts.reviewer", DemoData.PASSWORD);
        browser.open("/tasks");
        By caseCell = By.xpath("//vaadin-grid-cell-content[contains(., '团山街道网格调整审核')]");
        browser.waitFor(caseCell);
        assertThat(browser.all(By.xpath("//vaadin-grid-cell-content[contains(., '宽城区社区议事规则')]")))
                .as("a county case is not in the street reviewer's list").isEmpty();
        browser.screenshot("04-tasks");
        // the street reviewer also has demo work (a demonstration program's nomination): this case's own row
        browser.filterTasks("团山街道网格调整审核");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content//vaadin-button[@data-task='示例：团山街道网格调整审核']")).click();
        // the sample review's step form is the Camunda Form forms/sample-review.form, rendered by the workbench
        browser.waitFor(By.xpath("//vaadin-radio-group[@id='form-approved']//vaadin-radio-button[contains(., '通过')]")).click();
        browser.waitFor(By.cssSelector("#form-opinion textarea")).sendKeys("材料齐全，同意。");
        browser.screenshot("05-task-decision");
        browser.waitFor(By.id("form-submit")).click();
        // the case leaves the list: nothing matches the filter any more
        assertThat(browser.waitFor(By.id("tasks-empty")).getText()).contains("没有符合筛选条件的事项");
    }

    @Test
    void countyReviewerSeesOnlyTheirCountyInTheOrganisationTree() {
        browser.login("kc.reviewer", DemoData.PASSWORD);
        browser.open("/org");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '宽城区')]"));
        assertThat(browser.all(By.xpath("//vaadin-grid-cell-content[contains(., '南关区')]"))).isEmpty();
        assertThat(browser.all(By.id("org-import-upload"))).as("only admins import").isEmpty();
        browser.screenshot("06-org-tree");
    }

    @Test
    void aUserChangesTheirPasswordFromTheShellAndSignsInWithTheNewOneOnly() {
        users.create(new cn.jiceng.security.service.UserService.NewUser("journey.pw", "Journey#Pass1", "钱程（改密测试）",
                "220103", java.util.Set.of(cn.jiceng.security.domain.Role.REVIEWER)));
        browser.login("journey.pw", "Journey#Pass1");
        browser.click(By.id("change-password-link"));
        browser.waitFor(By.cssSelector("#password-current input")).sendKeys("Journey#Pass1");
        browser.driver().findElement(By.cssSelector("#password-new input")).sendKeys("short");
        browser.driver().findElement(By.cssSelector("#password-repeat input")).sendKeys("short");
        browser.click(By.id("password-save"));
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '至少 10 位')]"));
        browser.driver().findElement(By.cssSelector("#password-new input")).clear();
        browser.driver().findElement(By.cssSelector("#password-repeat input")).clear();
        browser.driver().findElement(By.cssSelector("#password-new input")).sendKeys("Neues#Kennwort7");
        browser.driver().findElement(By.cssSelector("#password-repeat input")).sendKeys("Neues#Kennwort7");
        browser.screenshot("08-change-password");
        browser.click(By.id("password-save"));
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '密码已修改')]"));
        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.tagName("vaadin-login-form"));

        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("journey.pw");
        browser.driver().findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys("Journey#Pass1");
        browser.driver().findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));

        browser.login("journey.pw", "Neues#Kennwort7");
        assertThat(browser.waitFor(By.id("home-welcome")).getText()).contains("钱程");
    }

    @Test
    void afterAnAdministratorsResetTheUserMustChooseANewPasswordBeforeAnythingElse() {
        users.create(new cn.jiceng.security.service.UserService.NewUser("journey.reset", "Journey#Pass1", "孙悦（重置测试）",
                "220103", java.util.Set.of(cn.jiceng.security.domain.Role.REVIEWER)));
        users.resetPassword(users.findByUsername("admin").orElseThrow(), "journey.reset", "Temp#Reset2030");
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("journey.reset");
        browser.driver().findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys("Temp#Reset2030");
        browser.driver().findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        browser.waitFor(By.id("password-must-change"));
        browser.open("/tasks");
        browser.waitFor(By.id("password-must-change"));
        browser.waitFor(By.cssSelector("#password-current input")).sendKeys("Temp#Reset2030");
        browser.driver().findElement(By.cssSelector("#password-new input")).sendKeys("Eigenes#Wort88");
        browser.driver().findElement(By.cssSelector("#password-repeat input")).sendKeys("Eigenes#Wort88");
        browser.click(By.id("password-save"));
        browser.waitFor(By.id("home-welcome"));
        browser.open("/tasks");
        assertThat(browser.all(By.id("password-must-change"))).as("no longer rerouted").isEmpty();
    }

    @Test
    void theAdministratorSeesTheSecurityEventsAndUnlocksALockedAccountInUserAdministration() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("cy.reviewer", "192.0.2.7");
        }
        try {
            browser.login("admin", DemoData.PASSWORD);
            browser.open("/users");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '账号锁定')]"));
            browser.waitFor(By.id("users-unlock-cy.reviewer"));
            browser.screenshot("09-users-locked");
            browser.click(By.id("users-unlock-cy.reviewer"));
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'cy.reviewer')]"));
            assertThat(throttle.lockedAccounts()).doesNotContain("cy.reviewer");
        } finally {
            throttle.unlockAccount(users.findByUsername("admin").orElseThrow(), "cy.reviewer");
        }
    }

    @Test
    void theInspectorSeesSupervisionReadOnlyAndNoTaskList() {
        browser.login("cc.inspector", DemoData.PASSWORD);
        assertThat(menu()).contains("纪检监督").doesNotContain("待办").doesNotContain("用户");
        browser.open("/supervision");
        browser.waitFor(By.id("supervision-cases"));
        browser.waitFor(By.id("supervision-access-log"));
        assertThat(browser.all(By.cssSelector("#supervision-view vaadin-button"))).as("no decision buttons").isEmpty();
        browser.screenshot("10-supervision");
        browser.open("/tasks");
        assertThat(browser.all(By.id("supervision-cases"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("tasks-empty");
    }
}
