package cn.jiceng.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.PublicAnnouncement;
import cn.jiceng.recruitment.service.PublicRecruitmentService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.recruitment.ui.PublicCampaignView;
import cn.jiceng.recruitment.ui.PublicCampaignsView;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public announcement page: published campaigns for anyone, drafts and plans under review for no one. */
@JicengSpringBootTest
class PublicAnnouncementTest {

    @LocalServerPort
    int port;
    @Autowired
    PublicRecruitmentService announcements;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;

    RecruitmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoCampaignIsPublishedWithItsWholePostTable() {
        PublicAnnouncement a = announcements.announcement("CC-2026-3").orElseThrow();
        assertThat(a.cityName()).isEqualTo("长春市");
        assertThat(a.year()).isEqualTo(2026);
        assertThat(a.batch()).isEqualTo(3);
        assertThat(a.registration()).isEqualTo(PublicAnnouncement.Registration.OPEN);
        assertThat(a.posts()).hasSize(6);
        PublicAnnouncement.PublicPost p5 = a.posts().get(4);
        assertThat(p5.postCode()).isEqualTo("CC2603005");
        assertThat(p5.unitName()).isEqualTo("兴业社区");
        assertThat(p5.household()).isEqualTo("宽城区");
        assertThat(p5.maxAge()).isEqualTo(35);
        assertThat(a.posts().get(3).freshGraduatesOnly()).isTrue();
        assertThat(a.posts().get(1).minEducation()).isEqualTo(Education.BACHELOR);
        assertThat(announcements.publishedCampaigns()).extracting(PublicAnnouncement::code).contains("CC-2026-3");
    }

    @Test
    void draftsAndPlansUnderReviewAreNotPublicUntilTheProvinceApproves() throws Exception {
        Instant now = Instant.now();
        Campaign c = recruitment.createCampaign(fixtures.user("cc.hr"), "CC-PUB-1", "长春市公告测试批次", "220100", 2026, 90,
                LocalDate.now(), now.plus(5, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS));
        fixtures.importPosts(c, List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "G01", "社区治理专干", "2", "本科", "不限", "35", "", "否", "")));
        assertThat(announcements.announcement("CC-PUB-1")).isEmpty();
        assertThat(announcements.publishedCampaigns()).extracting(PublicAnnouncement::code).doesNotContain("CC-PUB-1");

        fixtures.filePlan(c);
        assertThat(announcements.announcement("CC-PUB-1")).isEmpty();

        // the three departments of the joint review approve one by one; public only after the last
        for (String department : DemoData.JOINT_REVIEWERS) {
            assertThat(announcements.announcement("CC-PUB-1")).isEmpty();
            recruitment.jointReview(fixtures.user(department),
                    fixtures.campaignTask(department, RecruitmentProcess.FORM_JOINT_REVIEW, c),
                    RecruitmentProcess.DECISION_APPROVE, "");
        }
        PublicAnnouncement published = announcements.announcement("CC-PUB-1").orElseThrow();
        assertThat(published.status()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(published.registration()).isEqualTo(PublicAnnouncement.Registration.UPCOMING);
        assertThat(published.posts()).extracting(PublicAnnouncement.PublicPost::postCode).containsExactly("G01");

        // once published, the announcement stays public through every later stage of the campaign
        for (CampaignStatus later : EnumSet.range(CampaignStatus.PUBLISHED, CampaignStatus.CLOSED)) {
            recruitment.campaignStatus(c.getId(), later);
            assertThat(announcements.announcement("CC-PUB-1")).as("public while %s", later).isPresent();
            assertThat(announcements.publishedCampaigns()).extracting(PublicAnnouncement::code).contains("CC-PUB-1");
        }
    }

    @Test
    void thePublicPagesOpenWithoutLogin() throws Exception {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        assertThat(checker.hasAccess(PublicCampaignsView.class, null, role -> false)).isTrue();
        assertThat(checker.hasAccess(PublicCampaignView.class, null, role -> false)).isTrue();
        // served to anonymous visitors (no redirect to the login page); the page itself is tested in RecruitmentPortalIT
        assertThat(get("/recruitment").statusCode()).isEqualTo(200);
        assertThat(get("/recruitment/CC-2026-3").statusCode()).isEqualTo(200);
    }
}
