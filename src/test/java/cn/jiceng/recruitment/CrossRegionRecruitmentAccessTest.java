package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.domain.DocumentKind;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.UserService;
import cn.jiceng.supervision.service.SupervisionService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * An application of 宽城区 (220103) is in kc.reviewer's queue. Reviewers of another county (南关区),
 * another city (吉林市) and another province (运城市), and the discipline inspector, try it as a new
 * user would: by its task id in the recruitment services, in the workbench and over the engine's
 * REST API. Every attempt is refused and nothing changes; the county's reviewer still holds the task.
 * The inspector reads the case and its trail through supervision only, and an inspector of another
 * city cannot.
 */
@JicengSpringBootTest
class CrossRegionRecruitmentAccessTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    WorkbenchService workbench;
    @Autowired
    SupervisionService supervision;
    @Autowired
    ApplicationDocumentService documents;
    @LocalServerPort
    int port;

    RecruitmentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private TaskSummary countyTask(String suffix) throws Exception {
        Campaign c = fixtures.createCampaign("CC-X" + suffix, "长春市越权测试" + suffix, 700 + suffix.hashCode() % 100,
                NOW.minusDays(1).toInstant(), NOW.plusDays(10).toInstant());
        List<Post> posts = fixtures.importPosts(c, List.of(List.of("长山花园社区", "220103001001", "社区治理专干", "P01",
                "社区治理专干", "3", "大专及以上", "不限", "35周岁及以下", "", "否", "")));
        String username = "xr.app." + suffix;
        recruitment.registerApplicant(new NewApplicant(username, "Applicant#2026", "钱越权", idNumber("2201032000010" + suffix + "30"),
                "13900002222", "本科", "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103"));
        long applicationId = recruitment.apply(username, posts.get(0).getId()).getId();
        return fixtures.taskOf("kc.reviewer", applicationId);
    }

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private int restStatus(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void reviewersOfOtherRegionsAndTheInspectorCannotOpenRevealOrDecideAnApplicationByItsTaskId() throws Exception {
        TaskSummary task = countyTask("11");
        for (String outsider : List.of("ng.reviewer", "jl.reviewer", "yc.reviewer", "cc.inspector", "applicant")) {
            AppUser who = user(outsider);
            assertThatThrownBy(() -> recruitment.applicationForTask(who, task.id())).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recruitment.revealIdNumber(who, task.id(), "核对身份")).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recruitment.review(who, task.id(), RecruitmentProcess.DECISION_APPROVE, "")).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workbench.claim(who, task.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workbench.readable(who, task.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workbench.trailOf(who, task.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.decide(who, task.id(), true, "越权")).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(workbench.decideBulk(who, List.of(task.id()), true, "越权")).as(outsider)
                    .allSatisfy(r -> assertThat(r.done()).isFalse());
        }
        // nothing changed: the county reviewer still has the task and reads the application
        assertThat(fixtures.taskOf("kc.reviewer", recruitment.applicationForTask(user("kc.reviewer"), task.id()).applicationId()).id())
                .isEqualTo(task.id());
    }

    @Test
    void theEngineRestApiRefusesEveryoneButAdministratorsAndSoAnotherRegionsReviewer() throws Exception {
        TaskSummary task = countyTask("12");
        for (String outsider : List.of("ng.reviewer", "jl.reviewer", "cc.inspector", "kc.reviewer")) {
            assertThat(restStatus("/engine-rest/task/" + task.id(), outsider)).as(outsider).isEqualTo(403);
            assertThat(restStatus("/engine-rest/task/" + task.id() + "/variables", outsider)).as(outsider).isEqualTo(403);
        }
        assertThat(restStatus("/engine-rest/task/" + task.id(), "admin")).isEqualTo(200);
    }

    @Test
    void theInspectorReadsTheCaseAndItsTrailOfTheirCityButAnInspectorOfAnotherCityCannot() throws Exception {
        TaskSummary task = countyTask("13");
        AppUser inspector = user("cc.inspector");
        SupervisionService.CaseStep step = supervision.cases(inspector).stream().filter(s -> s.taskId().equals(task.id()))
                .findFirst().orElseThrow();
        assertThat(supervision.trail(inspector, step.processInstanceId())).isNotNull();

        AppUser other = users.findByUsername("jl.inspector.xr").orElseGet(() -> users.create(new UserService.NewUser(
                "jl.inspector.xr", "Inspector#2026", "吉林市纪检", "220200", Set.of(Role.INSPECTOR))));
        assertThat(supervision.cases(other)).noneMatch(s -> s.taskId().equals(task.id()));
        assertThatThrownBy(() -> supervision.trail(other, step.processInstanceId())).isInstanceOf(AccessDeniedException.class);
        assertThat(supervision.accessLog(other)).noneMatch(a -> "220103".equals(a.unitCode()));
        assertThatThrownBy(() -> supervision.cases(user("kc.reviewer"))).as("not for reviewers").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDocumentIsOpenedOnlyByTheReviewersOfItsOwnApplicationAndTheOpeningReachesTheInspectorsLog() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        TaskSummary taskA = countyTask("14");
        TaskSummary taskB = countyTask("15");
        AppUser county = user("kc.reviewer");
        long applicationA = recruitment.applicationForTask(county, taskA.id()).applicationId();
        long applicationB = recruitment.applicationForTask(county, taskB.id()).applicationId();
        long docA = documents.upload("xr.app.14", applicationA, DocumentKind.DIPLOMA, "diploma.pdf", pdf).id();
        long docB = documents.upload("xr.app.15", applicationB, DocumentKind.DIPLOMA, "diploma.pdf", pdf).id();

        for (String outsider : List.of("ng.reviewer", "jl.reviewer", "cc.inspector")) {
            AppUser who = user(outsider);
            assertThatThrownBy(() -> documents.documentsForTask(who, taskA.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.openForReview(who, taskA.id(), docA)).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> documents.openForReview(county, taskA.id(), docB))
                .as("a typed document id of another application under one's own task").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.myDocument("xr.app.15", docA)).as("another applicant's document")
                .isInstanceOfAny(AccessDeniedException.class, cn.jiceng.recruitment.service.RecruitmentInputException.class);

        assertThat(documents.openForReview(county, taskA.id(), docA).content()).isEqualTo(pdf);
        assertThat(supervision.accessLog(user("cc.inspector")))
                .anySatisfy(a -> {
                    assertThat(a.username()).isEqualTo("kc.reviewer");
                    assertThat(a.field()).isEqualTo("document:" + docA);
                });
        AppUser other = users.findByUsername("jl.inspector.xr").orElseGet(() -> users.create(new UserService.NewUser(
                "jl.inspector.xr", "Inspector#2026", "吉林市纪检", "220200", Set.of(Role.INSPECTOR))));
        assertThat(supervision.accessLog(other)).noneMatch(a -> ("document:" + docA).equals(a.field()));
    }
}
