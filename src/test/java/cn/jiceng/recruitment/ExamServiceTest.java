package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.service.ExamService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admission numbers, score imports with validation, shortlist with ties, weighted ranking. */
@JicengSpringBootTest
class ExamServiceTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ExamService exams;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;

    RecruitmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
    }

    @BeforeEach
    void clock() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    /** One post with one opening and five qualified applicants, named 甲…戊, with their admission numbers. */
    private Map<String, Application> setUp(String code) {
        Campaign c = fixtures.createCampaign(code, "考试测试" + code, 9, NOW.minusDays(1).toInstant(), NOW.plusDays(5).toInstant());
        String csv = "招聘单位,单位代码,岗位名称,岗位代码,招聘人数,学历,专业,年龄,其他条件\n"
                + "长山花园社区,220103001001,社区治理专干," + code + "P,1,大专,不限,35,\n";
        postImport.importPosts(c.getId(), csv.getBytes(StandardCharsets.UTF_8));
        Post post = recruitment.posts(c.getId()).get(0);
        Map<String, Application> byName = new LinkedHashMap<>();
        String[] names = {"周甲", "周乙", "周丙", "周丁", "周戊"};
        for (int i = 0; i < names.length; i++) {
            String user = code.toLowerCase() + ".exam." + i;
            String first17 = "220103199" + (i + 1) + "0101" + code.hashCode() % 9 + "0" + i;
            first17 = first17.substring(0, 17);
            recruitment.registerApplicant(new NewApplicant(user, "Exam#2026pass", names[i], idNumber(first17),
                    "13700000000", "BACHELOR", "吉林大学", "社会工作", LocalDate.of(2024, 6, 30), null));
            Application a = recruitment.apply(user, post.getId());
            recruitment.markStatus(a.getId(), ApplicationStatus.QUALIFIED);
            byName.put(names[i], a);
        }
        assertThat(exams.assignAdmissionNumbers(c.getId())).isEqualTo(5);
        return byName;
    }

    private byte[] scores(List<String[]> rows) {
        StringBuilder sb = new StringBuilder("准考证号,姓名,成绩\n");
        rows.forEach(r -> sb.append(String.join(",", r)).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String no(Map<String, Application> apps, String name) {
        return recruitment.posts(apps.get(name).getCampaign().getId()).get(0).getPostCode()
                + String.format("%03d", new ArrayList<>(apps.keySet()).indexOf(name) + 1);
    }

    @Test
    void badScoreSheetsAreRejectedRowByRowAndNothingIsImported() {
        Map<String, Application> apps = setUp("EXA");
        var e = catchThrowableOfType(ImportRejectedException.class, () -> exams.importScores(
                apps.get("周甲").getCampaign().getId(), ExamService.Kind.WRITTEN, scores(List.of(
                        new String[] {no(apps, "周甲"), "周甲", "80"},
                        new String[] {"NOPE001", "某某", "70"},
                        new String[] {no(apps, "周甲"), "周甲", "81"},
                        new String[] {no(apps, "周乙"), "周乙", "101"},
                        new String[] {no(apps, "周丙"), "周丙", "七十"},
                        new String[] {no(apps, "周丁"), "王五", "70"}))));
        assertThat(e.getErrors()).extracting(ImportError::rowNumber, ImportError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "exam.import.unknownNumber"),
                org.assertj.core.groups.Tuple.tuple(4, "exam.import.duplicateNumber"),
                org.assertj.core.groups.Tuple.tuple(5, "exam.import.scoreOutOfRange"),
                org.assertj.core.groups.Tuple.tuple(6, "exam.import.badScore"),
                org.assertj.core.groups.Tuple.tuple(7, "exam.import.nameMismatch"));
        var missingColumn = catchThrowableOfType(ImportRejectedException.class, () -> exams.importScores(
                apps.get("周甲").getCampaign().getId(), ExamService.Kind.WRITTEN,
                "准考证号,姓名\nX,Y\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(missingColumn.getErrors()).extracting(ImportError::messageKey).containsExactly("import.error.missingColumns");
        assertThat(exams.shortlist(recruitment.posts(apps.get("周甲").getCampaign().getId()).get(0).getId())).isEmpty();
    }

    @Test
    void shortlistIncludesTiesAndRankingBreaksTotalTiesByTheWrittenScore() {
        Map<String, Application> apps = setUp("EXB");
        long campaign = apps.get("周甲").getCampaign().getId();
        long post = recruitment.posts(campaign).get(0).getId();
        exams.importScores(campaign, ExamService.Kind.WRITTEN, scores(List.of(
                new String[] {no(apps, "周甲"), "周甲", "80"}, new String[] {no(apps, "周乙"), "周乙", "75"},
                new String[] {no(apps, "周丙"), "周丙", "70"}, new String[] {no(apps, "周丁"), "周丁", "70"},
                new String[] {no(apps, "周戊"), "周戊", "60"})));
        // one opening × 3, and 周丁 ties with 周丙 at the cut
        assertThat(exams.shortlist(post)).extracting(Application::getAdmissionNo)
                .containsExactly(no(apps, "周甲"), no(apps, "周乙"), no(apps, "周丙"), no(apps, "周丁"));

        var notShortlisted = catchThrowableOfType(ImportRejectedException.class, () -> exams.importScores(campaign,
                ExamService.Kind.INTERVIEW, scores(List.<String[]>of(new String[] {no(apps, "周戊"), "周戊", "90"}))));
        assertThat(notShortlisted.getErrors()).extracting(ImportError::messageKey).containsExactly("exam.import.notShortlisted");

        exams.importScores(campaign, ExamService.Kind.INTERVIEW, scores(List.of(
                new String[] {no(apps, "周甲"), "周甲", "70"}, new String[] {no(apps, "周乙"), "周乙", "80"},
                new String[] {no(apps, "周丙"), "周丙", "85"}, new String[] {no(apps, "周丁"), "周丁", "75"})));
        List<Application> ranked = exams.rank(post);
        assertThat(ranked).extracting(Application::getAdmissionNo)
                .containsExactly(no(apps, "周乙"), no(apps, "周丙"), no(apps, "周甲"), no(apps, "周丁"));
        assertThat(ranked).extracting(Application::getRank).containsExactly(1, 2, 3, 4);
        assertThat(ranked.get(0).getTotalScore()).isEqualByComparingTo(new BigDecimal("77.5"));
        assertThat(ranked.get(1).getTotalScore()).isEqualByComparingTo(new BigDecimal("77.5"));
    }
}
