package cn.jiceng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.IdNumber;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.ExamService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.BulkResult;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.review.service.QueueSort;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskProjectionService;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.ProjectionAgreement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people doing the same thing at the same moment, through the real services on the real engine
 * (H2 in the default pass, MariaDB in the {@code mariadb-pass}): exactly one wins, the other is told
 * why with a message key, nothing is done twice, and the task projection still agrees with the engine.
 */
@JicengSpringBootTest
class ConcurrencyTest {

    private static final String PASSWORD = "Jiceng@2026x";
    /** The engine clock while a campaign is open for registration (as in the recruitment tests). */
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-23T10:00:00+08:00[Asia/Shanghai]");

    @Autowired
    WorkbenchService workbench;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    QueueService queues;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ExamService exams;
    @Autowired
    UserService users;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** What one of two racing callers got: a value, or the exception that told them no. */
    record Outcome<T>(T value, Throwable error) {
        boolean won() {
            return error == null;
        }
    }

    @BeforeEach
    void secondReviewer() {
        if (users.findByUsername("kc.reviewer2").isEmpty()) {
            users.create(new UserService.NewUser("kc.reviewer2", PASSWORD, "宽城区审核二", "220103", Set.of(Role.REVIEWER)));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    /** Runs both calls at the same moment (a barrier releases the two threads together) and returns what each got. */
    private static <T> List<Outcome<T>> race(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (Callable<T> call : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    try {
                        return new Outcome<>(call.call(), null);
                    } catch (Exception e) {
                        return new Outcome<T>(null, e);
                    }
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one outcome won; the other was refused with exactly this message key (of any of the services' exceptions). */
    private static <T> Outcome<T> exactlyOneWins(List<Outcome<T>> outcomes, String... loserKeys) {
        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        Outcome<T> loser = outcomes.stream().filter(o -> !o.won()).findFirst().orElseThrow();
        assertThat(messageKey(loser.error())).as("the loser's message (%s)", loser.error()).isIn((Object[]) loserKeys);
        return outcomes.stream().filter(Outcome::won).findFirst().orElseThrow();
    }

    private static String messageKey(Throwable e) {
        if (e instanceof InputRejectedException r) {
            return r.getMessageKey();
        }
        if (e instanceof ImportRejectedException r) {
            return r.getErrors().stream().map(ImportError::messageKey).findFirst().orElse(null);
        }
        return e.getMessage();
    }

    private String sampleTask(String title) {
        reviews.startSampleReview("220103", title, "CC-" + title, OffsetDateTime.now().plusDays(3));
        return queues.page(user("kc.reviewer"), Queue.TODO, QueueFilter.NONE.withText(title), QueueSort.DEFAULT, null, 10)
                .rows().stream().filter(t -> t.caseTitle().equals(title)).findFirst().orElseThrow().taskId();
    }

    private long decisions(String taskId) {
        return jdbc.queryForObject("select count(*) from wb_task_event where task_id = ? and kind in ('APPROVE', 'REJECT')",
                Long.class, taskId);
    }

    private void assertProjectionAgreesWithEngine() {
        ProjectionAgreement.assertProjectionAgreesWithEngine(taskService, jdbc);
    }

    // ------------------------------------------------------------------ the workbench

    @Test
    void twoReviewersClaimingOneTaskAtOnceExactlyOneHoldsItAndTheOtherIsToldItIsTaken() throws Exception {
        String id = sampleTask("并发认领");
        AppUser kc = user("kc.reviewer");
        AppUser kc2 = user("kc.reviewer2");

        var outcomes = race(() -> { workbench.claim(kc, id); return kc.getUsername(); },
                () -> { workbench.claim(kc2, id); return kc2.getUsername(); });

        String winner = exactlyOneWins(outcomes, "workbench.error.taken").value();
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo(winner);
        assertThat(jdbc.queryForObject("select count(*) from wb_task_event where task_id = ? and kind = 'CLAIM'", Long.class, id))
                .isEqualTo(1);
        assertProjectionAgreesWithEngine();
    }

    @Test
    void twoReviewersCompletingOneTaskAtOnceExactlyOneDecidesAndTheOtherIsToldItIsTaken() throws Exception {
        String id = sampleTask("并发办理");
        AppUser kc = user("kc.reviewer");
        AppUser kc2 = user("kc.reviewer2");

        var outcomes = race(() -> { reviews.decide(kc, id, true, "同意 kc"); return kc.getUsername(); },
                () -> { reviews.decide(kc2, id, false, "退回 kc2"); return kc2.getUsername(); });

        String winner = exactlyOneWins(outcomes, "workbench.error.taken").value();
        assertThat(decisions(id)).isEqualTo(1);
        assertThat(queues.inRegion(kc, id).orElseThrow().status()).isEqualTo(TaskProjectionService.COMPLETED);
        assertThat(queues.inRegion(kc, id).orElseThrow().endedBy()).isEqualTo(winner);
        assertProjectionAgreesWithEngine();
    }

    @Test
    void twoOverlappingBulkDecisionsDecideEachTaskExactlyOnceAndTheLoserIsToldPerTask() throws Exception {
        AppUser kc = user("kc.reviewer");
        AppUser kc2 = user("kc.reviewer2");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(sampleTask("并发批量" + i));
        }
        List<String> first = ids.subList(0, 6);   // 0..5
        List<String> second = ids.subList(2, 8);  // 2..7: 2..5 are in both selections

        var outcomes = race(() -> workbench.decideBulk(kc, first, true, "批量同意 kc"),
                () -> workbench.decideBulk(kc2, second, true, "批量同意 kc2"));

        assertThat(outcomes).allMatch(Outcome::won);
        Map<String, List<BulkResult>> byTask = new HashMap<>();
        outcomes.forEach(o -> o.value().forEach(r -> byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r)));
        for (String id : ids) {
            List<BulkResult> results = byTask.get(id);
            assertThat(results).as("results of %s", id).filteredOn(BulkResult::done).hasSize(1);
            assertThat(results).filteredOn(r -> !r.done()).extracting(BulkResult::messageKey)
                    .allMatch("workbench.error.taken"::equals);
            assertThat(decisions(id)).as("decisions recorded for %s", id).isEqualTo(1);
            assertThat(queues.inRegion(kc, id).orElseThrow().status()).isEqualTo(TaskProjectionService.COMPLETED);
        }
        // the four tasks of both selections: each was decided by one reviewer, the other's result says taken
        for (String id : ids.subList(2, 6)) {
            assertThat(byTask.get(id)).hasSize(2);
        }
        assertProjectionAgreesWithEngine();
    }

    // ------------------------------------------------------------------ recruitment

    private Campaign openCampaign(String code, int batch) {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        Instant start = NOW.minusDays(1).toInstant().truncatedTo(ChronoUnit.SECONDS);
        Campaign c = recruitment.createCampaign(user("cc.hr"), code, "并发测试" + code, "220100", 2026, batch,
                LocalDate.of(2026, 11, 1), start, NOW.plusDays(5).toInstant());
        String csv = "招聘单位,单位代码,岗位名称,岗位代码,招聘人数,学历,专业,年龄,其他条件\n"
                + "长山花园社区,220103001001,社区治理专干," + code + "P,1,大专,不限,35,\n";
        postImport.importPosts(c.getId(), csv.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private void registerApplicant(String username, String name, String serial) {
        String first17 = "22010419960315" + serial;
        recruitment.registerApplicant(new NewApplicant(username, "Conc#2026pass", name, first17 + IdNumber.checkChar(first17),
                "13700000000", "BACHELOR", "吉林大学", "社会工作", LocalDate.of(2024, 6, 30), null));
    }

    @Test
    void theSameApplicantApplyingTwiceAtOnceGetsOneApplicationAndIsToldOfIt() throws Exception {
        Campaign c = openCampaign("CONC-APPLY", 61);
        Post post = recruitment.posts(c.getId()).get(0);
        registerApplicant("conc.apply", "并发报名", "801");

        var outcomes = race(() -> recruitment.apply("conc.apply", post.getId()).getId(),
                () -> recruitment.apply("conc.apply", post.getId()).getId());

        long applicationId = exactlyOneWins(outcomes, "recruitment.error.appliedMeanwhile",
                "recruitment.error.duplicateApplication").value();
        assertThat(jdbc.queryForObject("select count(*) from rec_application where campaign_id = ?", Long.class, c.getId()))
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RecruitmentProcess.APPLICATION_PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(applicationId)).count()).isEqualTo(1);
        assertProjectionAgreesWithEngine();
    }

    /** Five qualified applications of one post with admission numbers; returns the numbers in order. */
    private List<String> qualifiedApplicants(Campaign c, String prefix, String serialBase) {
        Post post = recruitment.posts(c.getId()).get(0);
        for (int i = 0; i < 5; i++) {
            String username = prefix + i;
            registerApplicant(username, "并发考生" + "甲乙丙丁戊".charAt(i), serialBase + i);
            Application a = recruitment.apply(username, post.getId());
            recruitment.markStatus(a.getId(), ApplicationStatus.QUALIFIED);
        }
        assertThat(exams.assignAdmissionNumbers(c.getId())).isEqualTo(5);
        return jdbc.queryForList("select admission_no from rec_application where campaign_id = ? order by admission_no",
                String.class, c.getId());
    }

    private byte[] scoreFile(List<String> numbers, String score) {
        StringBuilder sb = new StringBuilder("准考证号,成绩\n");
        numbers.forEach(n -> sb.append(n).append(',').append(score).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, BigDecimal> writtenScores(long campaignId) {
        Map<String, BigDecimal> scores = new HashMap<>();
        jdbc.queryForList("select admission_no, written_score from rec_application where campaign_id = ?", campaignId)
                .forEach(r -> scores.put((String) r.get("admission_no"),
                        r.get("written_score") == null ? null : ((BigDecimal) r.get("written_score")).stripTrailingZeros()));
        return scores;
    }

    @Test
    void aSecondScoreImportWhileTheFirstIsRunningIsToldToWaitAndChangesNothing() throws Exception {
        Campaign c = openCampaign("CONC-SCORE1", 62);
        List<String> numbers = qualifiedApplicants(c, "conc.score1.", "81");
        byte[] first = scoreFile(numbers, "81.5");
        byte[] second = scoreFile(numbers, "62");

        // the first officer's import has run but its transaction is still open when the second one imports
        TransactionTemplate inOne = new TransactionTemplate(transactions);
        Throwable refused = inOne.execute(status -> {
            assertThat(exams.importScores(c.getId(), ExamService.Kind.WRITTEN, first)).isEqualTo(5);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                return other.submit(() -> catchThrowable(() -> exams.importScores(c.getId(), ExamService.Kind.WRITTEN, second)))
                        .get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                other.shutdownNow();
            }
        });

        assertThat(refused).isInstanceOf(ImportRejectedException.class);
        assertThat(messageKey(refused)).isEqualTo("exam.import.busy");
        assertThat(((ImportRejectedException) refused).getErrors()).singleElement()
                .satisfies(e -> assertThat(e.rowNumber()).isZero());
        assertThat(writtenScores(c.getId())).hasSize(5).allSatisfy((no, s) -> assertThat(s).isEqualByComparingTo("81.5"));
        // once the first has committed, the second officer may import again
        assertThat(exams.importScores(c.getId(), ExamService.Kind.WRITTEN, second)).isEqualTo(5);
        assertThat(writtenScores(c.getId())).allSatisfy((no, s) -> assertThat(s).isEqualByComparingTo("62"));
    }

    @Test
    void twoOfficersImportingScoresAtOnceNeverMixTheirFilesAndNoRowIsAdded() throws Exception {
        Campaign c = openCampaign("CONC-SCORE2", 63);
        List<String> numbers = qualifiedApplicants(c, "conc.score2.", "82");
        long rowsBefore = jdbc.queryForObject("select count(*) from rec_application", Long.class);
        for (int round = 0; round < 3; round++) {
            String a = String.valueOf(70 + round);
            String b = String.valueOf(90 + round);
            var outcomes = race(() -> exams.importScores(c.getId(), ExamService.Kind.WRITTEN, scoreFile(numbers, a)),
                    () -> exams.importScores(c.getId(), ExamService.Kind.WRITTEN, scoreFile(numbers, b)));
            assertThat(outcomes).filteredOn(Outcome::won).isNotEmpty().allMatch(o -> o.value() == 5);
            for (Outcome<Integer> o : outcomes) {
                if (!o.won()) {
                    assertThat(messageKey(o.error())).as("refusal %s", o.error()).isEqualTo("exam.import.busy");
                }
            }
            // whichever committed last, the campaign holds one whole file: all five scores of a, or all five of b
            Set<BigDecimal> scores = Set.copyOf(writtenScores(c.getId()).values());
            assertThat(scores).hasSize(1);
            assertThat(scores.iterator().next().toPlainString()).isIn(a, b);
        }
        assertThat(jdbc.queryForObject("select count(*) from rec_application", Long.class)).isEqualTo(rowsBefore);
    }
}
