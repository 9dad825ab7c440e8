package cn.jiceng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public announcement of a published campaign, without login; a draft's code shows "not found".
 * An applicant attaches documents: a PNG renamed .pdf is refused with a clear message and nothing
 * is stored; a real 2 MB PDF is stored; the county reviewer sees it in the qualification review.
 */
@JicengSpringBootTest
@ExtendWith(BrowserCondition.class)
class RecruitmentPortalIT {

    @LocalServerPort
    int port;

    /** demo.applicant.7 applied to CC2603001 (长山花园社区, 宽城区): reviewed by kc.reviewer. */
    static final String APPLICANT = "demo.applicant.7";

    private static void choose(Browser b, Path file) {
        WebElement upload = b.waitFor(By.id("document-upload"));
        SearchContext shadow = upload.getShadowRoot();
        shadow.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void renamedPngIsRefusedARealPdfIsStoredAndTheReviewerSeesIt() throws IOException {
        Path dir = Files.createTempDirectory("jiceng-docs");
        Path fakePdf = Files.write(dir.resolve("fake-diploma.pdf"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1), 2 * 1024 * 1024);
        Path realPdf = Files.write(dir.resolve("diploma.pdf"), pdf);
        String applicationNo;
        try (Browser b = new Browser(port)) {
            b.login(APPLICANT, DemoData.PASSWORD);
            b.open("/apply");
            applicationNo = b.waitFor(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), '#')]")).getText().trim();
            b.click(By.cssSelector("vaadin-button.documents-button"));
            b.waitFor(By.id("document-kind"));

            choose(b, fakePdf);
            b.waitForText(By.id("document-result"), "只接受 PDF 或 JPG");
            assertThat(b.all(By.xpath("//vaadin-grid-cell-content[contains(., 'fake-diploma')]"))).isEmpty();
            b.screenshot("24-document-refused");

            b.waitFor(By.id("document-kind")).click();
            b.waitFor(By.xpath("//vaadin-select-item[contains(., '毕业证书')]")).click();
            choose(b, realPdf);
            b.waitForText(By.id("document-result"), "已上传");
            b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'diploma.pdf')]"));
            b.screenshot("25-documents");
        }
        try (Browser reviewer = new Browser(port)) {
            reviewer.login("kc.reviewer", DemoData.PASSWORD);
            reviewer.open("/tasks");
            // the queue is long and loads as it scrolls: find the application by the workbench's search
            reviewer.filterTasks(applicationNo);
            reviewer.click(By.cssSelector("vaadin-button[data-task$='" + applicationNo + "']"));
            WebElement link = reviewer.waitFor(By.cssSelector("#review-documents a.review-document-link"));
            assertThat(link.getText()).isEqualTo("diploma.pdf");
            assertThat(link.getAttribute("href")).isNotBlank();
        }
    }

    @Test
    void anyoneReadsThePublishedAnnouncementWithItsPostTableButNoDraft() {
        try (Browser b = new Browser(port)) {
            b.open("/recruitment");
            b.click(By.xpath("//a[contains(., '长春市2026年第三批基层治理专干招聘')]"));
            b.waitForText(By.id("announcement-title"), "长春市2026年第三批");
            assertThat(b.waitFor(By.id("announcement-meta")).getText()).contains("长春市").contains("2026年第3批");
            b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'CC2603005')]"));
            b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '限宽城区户籍')]"));
            assertThat(b.waitFor(By.id("announcement-register")).getAttribute("href")).endsWith("/apply/register");
            b.screenshot("26-public-announcement");

            b.open("/recruitment/NO-SUCH-CAMPAIGN");
            b.waitForText(By.id("announcement-not-found"), "没有找到");
        }
    }

    /** The post-table import and the Excel export run in the background with a progress bar, then show their result. */
    @Test
    void hrImportsAPostTableAndExportsTheCountsInTheBackground() throws IOException {
        Path csv = Files.writeString(Files.createTempDirectory("jiceng-import").resolve("posts.csv"),
                "招聘单位,单位代码,岗位名称,岗位代码,岗位类型,招聘人数,学历,专业,年龄,户籍,是否限应届,其他条件\n"
                        + "长山花园社区,220103001001,社区治理专干,CC2603099,社区治理专干,1,大专及以上,不限,35周岁及以下,,否,\n",
                StandardCharsets.UTF_8);
        try (Browser b = new Browser(port)) {
            b.login("cc.hr", DemoData.PASSWORD);
            b.open("/campaigns");
            b.choose("campaign-select", "CC-2026-3 ");
            b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'CC2603001')]"));
            WebElement upload = b.waitFor(By.id("post-import-upload"));
            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
            b.waitFor(By.xpath("//vaadin-grid[@id='post-preview']/vaadin-grid-cell-content[contains(., 'CC2603099')]"));
            b.click(By.id("post-import-confirm"));
            b.waitFor(By.xpath("//vaadin-notification-card[contains(., '已导入 1 个岗位')]"));
            b.waitFor(By.xpath("//vaadin-grid[@id='post-counts']/vaadin-grid-cell-content[contains(., 'CC2603099')]"));

            b.click(By.id("post-counts-export"));
            assertThat(b.waitFor(By.id("post-counts-export-download")).getText()).contains("CC-2026-3-posts.xlsx");
            b.screenshot("27-campaign-import-export");

            // the rules of the published demo campaign, with its registration dates, are shown but fixed
            b.click(By.id("campaign-rules"));
            WebElement start = b.waitFor(By.id("rules-registration-start"));
            assertThat(start.getDomProperty("value")).startsWith(String.valueOf(java.time.LocalDate.now().getYear()).substring(0, 2));
            assertThat(b.waitFor(By.id("rules-save")).getDomAttribute("disabled")).isNotNull();
        }
    }
}
