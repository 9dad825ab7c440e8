package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reviewer workbench in the browser: the county reviewer filters the queue, selects two
 * qualification reviews and approves them in bulk, reading the result of each; the city reviewer
 * finds them in the queue, opens one, reads its steps and trail, and returns it to the county's
 * preliminary review with a reason.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class WorkbenchJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCountyReviewerApprovesInBulkAndTheCityReturnsOneWithAReason() {
        try (Browser county = new Browser(port)) {
            county.login("kc.reviewer", DemoData.PASSWORD);
            county.open("/tasks");
            county.waitFor(By.id("tasks-grid"));
            assertThat(county.waitFor(By.id("tab-TODO")).getText()).matches("待办（\\d+）");
            // a received-date range in the future empties the list and says why; clearing it brings the tasks back
            county.click(By.id("filter-dates"));
            county.waitFor(By.cssSelector("#filter-from input")).sendKeys("2099-01-01\n");
            county.click(By.id("filter-dates-ok"));
            assertThat(county.waitFor(By.id("tasks-empty")).getText()).contains("没有符合筛选条件的事项");
            assertThat(county.waitFor(By.id("filter-dates")).getText()).isEqualTo("接收日期 01-01 至 …");
            county.click(By.id("filter-dates"));
            county.click(By.id("filter-dates-clear"));
            new WebDriverWait(county.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("tasks-empty")));
            assertThat(county.waitFor(By.id("filter-dates")).getText()).isEqualTo("接收日期");
            county.filterTasks("第三批");
            List<WebElement> boxes = waitForRows(county, 2);
            county.screenshot("50-workbench-queue");
            boxes.get(0).click();
            boxes.get(1).click();
            county.click(By.id("bulk-open"));
            assertThat(county.waitFor(By.id("bulk-preview")).getText()).contains("可批量办理 2 件");
            county.screenshot("51-workbench-bulk-preview");
            county.click(By.id("bulk-run"));
            new WebDriverWait(county.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-preview"), "已办理 2 件"));
            assertThat(county.waitFor(By.id("bulk-results")).getText()).contains("已办理");
            county.screenshot("52-workbench-bulk-results");
        }
        try (Browser city = new Browser(port)) {
            city.login("cc.reviewer", DemoData.PASSWORD);
            // the county's approvals put two re-checks into the city's queue, and the bell says so
            assertThat(Integer.parseInt(city.waitFor(By.id("notification-count")).getText().trim())).isPositive();
            city.click(By.id("notification-bell-button"));
            assertThat(city.waitFor(By.id("notification-list")).getAttribute("textContent")).contains("资格复审");
            city.screenshot("54-notifications");
            city.open("/tasks");
            city.waitFor(By.id("tasks-grid"));
            city.filterTasks("第三批");
            waitForRows(city, 2);
            // on a loaded machine the grid may re-render its rows just after the filter applied and the
            // click on the replaced button is lost: click again (the case dialog is modal once open)
            for (int attempt = 1; ; attempt++) {
                city.click(By.cssSelector("vaadin-button[data-case]"));
                try {
                    new WebDriverWait(city.driver(), Duration.ofSeconds(20))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("case-where")));
                    break;
                } catch (org.openqa.selenium.TimeoutException e) {
                    if (attempt == 3) {
                        city.screenshot("debug-workbench-case");
                        throw e;
                    }
                }
            }
                        assertThat(city.waitFor(By.id("case-where")).getText()).contains("资格复审");
            assertThat(city.waitFor(By.id("case-trail")).getAttribute("textContent")).contains("kc.reviewer");
            assertThat(city.all(By.cssSelector("#process-diagram [data-element-id='Task_CityRecheck'].active"))).hasSize(1);
            assertThat(city.all(By.cssSelector("#process-diagram [data-element-id='Task_PreliminaryReview'].completed"))).hasSize(1);
            city.screenshot("53-workbench-case");
            city.click(By.id("op-return"));
            city.waitFor(By.cssSelector("#return-reason textarea")).sendKeys("毕业证书扫描件不清晰，请区县复核。");
            city.click(By.id("return-ok"));
            new WebDriverWait(city.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("case-where")));
        }
        assertThat(jdbc.queryForObject("select count(*) from wb_task_event where kind = 'RETURN' and opinion = ?", Long.class,
                "毕业证书扫描件不清晰，请区县复核。")).isEqualTo(1);
    }

    /** The selection checkboxes of the grid's rows, once at least n rows are shown. */
    private static List<WebElement> waitForRows(Browser b, int n) {
        By rows = By.cssSelector("#tasks-grid vaadin-grid-cell-content vaadin-checkbox:not([aria-label='Select All'])");
        // the filter applies after a short pause in typing: wait until every row shown matches it
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> cases = d.findElements(By.cssSelector("#tasks-grid vaadin-button[data-case]"));
            return cases.size() >= n && cases.stream().allMatch(c -> c.getAttribute("data-case").contains("第三批"));
        });
        return b.all(rows).stream().filter(WebElement::isDisplayed).toList();
    }
}
