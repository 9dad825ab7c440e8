package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The province leader opens the dashboard, whose charts are drawn by ECharts from the webjar, and
 * drills down from the province through 长春市 to 宽城区 by clicking unit rows, then climbs back up
 * by the breadcrumb; a city leader starts at the city and cannot reach another one by the URL.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class DashboardJourneyIT {

    @LocalServerPort
    int port;

    private static void chartsDrawn(Browser b) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return window.echarts !== undefined && document.querySelector('#dashboard-units-chart[data-drawn] canvas') !== null"
                        + " && document.querySelector('#dashboard-weeks-chart[data-drawn] canvas') !== null"));
    }

    private static void clickUnit(Browser b, String code, String name) {
        b.click(By.id("dashboard-unit-" + code));
        b.waitForText(By.id("dashboard-crumb-current"), name);
    }

    @Test
    void provinceLeaderDrillsDownFromTheProvinceToACounty() throws Exception {
        try (Browser b = new Browser(port)) {
            b.login("province.leader", DemoData.PASSWORD);
            b.driver().manage().window().setSize(new Dimension(1400, 2200));
            b.open("/dashboard");
            b.waitForText(By.id("dashboard-crumb-current"), "吉林省");
            chartsDrawn(b);
            b.waitFor(By.xpath("//vaadin-grid[@id='dashboard-units-grid']//*[@id='dashboard-unit-220200']"));
            Thread.sleep(500); // let the charts' animation finish before the picture
            b.screenshot("40-dashboard-province");

            clickUnit(b, "220100", "长春市");
            assertThat(b.driver().getCurrentUrl()).contains("unit=220100");
            clickUnit(b, "220103", "宽城区");
            assertThat(b.driver().getCurrentUrl()).contains("unit=220103");
            b.waitFor(By.id("dashboard-crumb-220100"));
            b.waitFor(By.xpath("//vaadin-grid[@id='dashboard-units-grid']//*[@id='dashboard-unit-220103001']"));
            chartsDrawn(b);
            Thread.sleep(500);
            b.screenshot("41-dashboard-county");

            b.click(By.id("dashboard-crumb-220000"));
            b.waitForText(By.id("dashboard-crumb-current"), "吉林省");

            b.click(By.id("dashboard-campaign"));
            b.click(By.xpath("//vaadin-combo-box-item[contains(., 'CC-2026-2')]"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("campaign="));
            b.waitFor(By.id("dashboard-units-export"));
        }
        try (Browser b = new Browser(port)) {
            b.login("cc.leader", DemoData.PASSWORD);
            b.open("/dashboard?unit=220200");
            b.waitForText(By.id("dashboard-crumb-current"), "长春市");
            b.waitFor(By.id("dashboard-unit-220103"));
            assertThat(b.all(By.id("dashboard-unit-220200"))).isEmpty();
        }
    }
}
