package cn.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.BulkResult;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueuePage;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.review.service.QueueSort;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskProjectionService;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.ProjectionAgreement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The workbench's operations on the real engine: region scoping, projection = engine, concurrency, bulk. */
@JicengSpringBootTest
class WorkbenchServiceTest {

    private static final String PASSWORD = "Jiceng@2026x";

    @Autowired
    WorkbenchService workbench;
    @Autowired
    QueueService queues;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    TaskProjectionService projection;
    @Autowired
    UserService users;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.jiceng.review.service.TaskFormService forms;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    /** A second reviewer at 宽城区 (the demo has one per unit), created once for the shared context. */
    @BeforeEach
    void colleague() {
        if (users.findByUsername("kc.reviewer2").isEmpty()) {
            users.create(new UserService.NewUser("kc.reviewer2", PASSWORD, "宽城区审核二", "220103", Set.of(Role.REVIEWER)));
        }
    }

    private String sampleTask(String title) {
        reviews.startSampleReview("220103", title, "WB-" + title, OffsetDateTime.now().plusDays(3));
        return queues.page(user("kc.reviewer"), Queue.TODO, QueueFilter.NONE.withText(title), QueueSort.DEFAULT, null, 10)
                .rows().stream().filter(t -> t.caseTitle().equals(title)).findFirst().orElseThrow().taskId();
    }

    /** Every open engine task has an open projection row with the same assignee and candidate groups, and vice versa. */
    private void assertProjectionAgreesWithEngine() {
        ProjectionAgreement.assertProjectionAgreesWithEngine(taskService, jdbc);
    }

    @Test
    void projectionAgreesWithTheEngineAfterClaimUnclaimDelegateTransferCosignAndComplete() {
        AppUser kc = user("kc.reviewer");
        AppUser kc2 = user("kc.reviewer2");
        String id = sampleTask("工作台一致性");
        assertProjectionAgreesWithEngine();

        workbench.claim(kc, id);
        assertThat(queues.inRegion(kc, id).orElseThrow().assignee()).isEqualTo("kc.reviewer");
        assertProjectionAgreesWithEngine();
        assertThatThrownBy(() -> workbench.claim(kc2, id)).isInstanceOf(AccessDeniedException.class);

        workbench.unclaim(kc, id);
        assertProjectionAgreesWithEngine();

        workbench.delegate(kc, id, "kc.reviewer2", "请核实材料");
        WorkItem delegated = queues.inRegion(kc, id).orElseThrow();
        assertThat(delegated.assignee()).isEqualTo("kc.reviewer2");
        assertThat(delegated.owner()).isEqualTo("kc.reviewer");
        assertProjectionAgreesWithEngine();
        assertThatThrownBy(() -> reviews.decide(kc2, id, true, "直接办结")).hasMessage("workbench.error.delegatedResolve");
        workbench.resolve(kc2, id, "材料属实");
        assertThat(queues.inRegion(kc, id).orElseThrow().assignee()).isEqualTo("kc.reviewer");
        assertProjectionAgreesWithEngine();

        workbench.transfer(kc, id, "kc.reviewer2", "转交");
        assertThat(queues.inRegion(kc, id).orElseThrow().assignee()).isEqualTo("kc.reviewer2");
        assertProjectionAgreesWithEngine();
        workbench.transfer(kc2, id, "kc.reviewer", "转回");

        String cosign = workbench.addCosigner(kc, id, "kc.reviewer2");
        assertProjectionAgreesWithEngine();
        assertThatThrownBy(() -> reviews.decide(kc, id, true, "同意")).hasMessage("workbench.error.cosignPending");
        workbench.removeCosigner(kc, id, cosign);
        assertProjectionAgreesWithEngine();
        String cosign2 = workbench.addCosigner(kc, id, "kc.reviewer2");
        assertThat(queues.page(kc2, Queue.MINE, QueueFilter.NONE, null, null, 50).rows()).extracting(WorkItem::taskId)
                .contains(cosign2);
        workbench.cosign(kc2, cosign2, "会签同意");
        assertProjectionAgreesWithEngine();

        reviews.decide(kc, id, true, "同意");
        WorkItem done = queues.inRegion(kc, id).orElseThrow();
        assertThat(done.status()).isEqualTo(TaskProjectionService.COMPLETED);
        assertThat(done.endedBy()).isEqualTo("kc.reviewer");
        assertProjectionAgreesWithEngine();
        assertThat(workbench.trailOf(kc, id)).extracting(TrailEntry::kind).containsExactly(TrailEntry.CLAIM,
                TrailEntry.UNCLAIM, TrailEntry.DELEGATE, TrailEntry.RESOLVE, TrailEntry.TRANSFER, TrailEntry.TRANSFER,
                TrailEntry.ADD_COSIGNER, TrailEntry.REMOVE_COSIGNER, TrailEntry.ADD_COSIGNER, TrailEntry.COSIGN,
                TrailEntry.APPROVE);
        assertThat(workbench.trailOf(kc, id).get(workbench.trailOf(kc, id).size() - 1).opinion()).isEqualTo("同意");
        assertThat(queues.page(kc, Queue.DONE, QueueFilter.NONE, null, null, 50).rows()).extracting(WorkItem::taskId).contains(id);
    }

    @Test
    void aReviewerOfAnotherRegionCanNeitherSeeNorActOnATaskEvenKnowingItsId() {
        AppUser ng = user("ng.reviewer");
        String id = sampleTask("工作台越权");
        assertThat(queues.page(ng, Queue.TODO, QueueFilter.NONE, null, null, 500).rows()).extracting(WorkItem::taskId)
                .doesNotContain(id);
        assertThat(queues.inRegion(ng, id)).isEmpty();
        assertThatThrownBy(() -> workbench.readable(ng, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.claim(ng, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.delegate(ng, id, "kc.reviewer2", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.copy(ng, id, List.of("ng.reviewer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.remind(ng, id, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.addCosigner(ng, id, "kc.reviewer")).isInstanceOf(AccessDeniedException.class);
        List<BulkResult> bulk = workbench.decideBulk(ng, List.of(id), true, "越权");
        assertThat(bulk).singleElement().satisfies(r -> {
            assertThat(r.done()).isFalse();
            assertThat(r.messageKey()).isEqualTo("workbench.error.taken");
        });
        // a colleague outside the case's region cannot be handed the task either
        assertThatThrownBy(() -> workbench.transfer(user("kc.reviewer"), id, "ng.reviewer", null))
                .hasMessage("workbench.error.colleagueOutsideRegion");
        assertThat(queues.inRegion(user("kc.reviewer"), id).orElseThrow().open()).isTrue();
        // the filter by a unit outside the region finds nothing of it
        assertThat(queues.count(ng, Queue.TODO, QueueFilter.NONE.withUnit("220103"))).isZero();
    }

    @Test
    void copiedColleaguesGetReadAccessToThatCaseOnlyAndANotification() {
        AppUser kc = user("kc.reviewer");
        String id = sampleTask("工作台抄送");
        workbench.copy(kc, id, List.of("kc.reviewer2"));
        AppUser kc2 = user("kc.reviewer2");
        assertThat(queues.page(kc2, Queue.COPIED, QueueFilter.NONE, null, null, 50).rows()).extracting(WorkItem::taskId)
                .containsExactly(id);
        assertThat(workbench.readable(kc2, id).caseTitle()).isEqualTo("工作台抄送");
        assertThat(jdbc.queryForObject("select count(*) from wb_notification where username = 'kc.reviewer2' and kind = 'COPY'"
                + " and task_id = ?", Long.class, id)).isEqualTo(1);
        assertThat(workbench.trailOf(kc, id)).extracting(TrailEntry::kind).contains(TrailEntry.COPY);
    }

    @Test
    void twoReviewersCompletingOneTaskAtOnceExactlyOneWins() throws Exception {
        String id = sampleTask("工作台并发");
        AppUser kc = user("kc.reviewer");
        AppUser kc2 = user("kc.reviewer2");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (AppUser u : List.of(kc, kc2)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    reviews.decide(u, id, true, "同意 " + u.getUsername());
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> f : results) {
            wins += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(wins).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from wb_task_event where task_id = ? and kind = 'APPROVE'", Long.class, id))
                .isEqualTo(1);
        assertThat(queues.inRegion(kc, id).orElseThrow().status()).isEqualTo(TaskProjectionService.COMPLETED);
        assertProjectionAgreesWithEngine();
    }

    @Test
    void aBulkApprovalWithATaskAlreadyTakenReportsEachTask() {
        AppUser kc = user("kc.reviewer");
        String a = sampleTask("工作台批量一");
        String b = sampleTask("工作台批量二");
        String c = sampleTask("工作台批量三");
        reviews.decide(user("kc.reviewer2"), b, true, "先办了");
        assertThat(workbench.previewBulk(kc, List.of(a, b, c)).eligibleCount()).isEqualTo(2);

        List<BulkResult> results = workbench.decideBulk(kc, List.of(a, b, c), true, "批量同意");
        assertThat(results).extracting(BulkResult::taskId).containsExactly(a, b, c);
        assertThat(results).extracting(BulkResult::done).containsExactly(true, false, true);
        assertThat(results.get(1).messageKey()).isEqualTo("workbench.error.taken");
        assertThat(queues.inRegion(kc, a).orElseThrow().status()).isEqualTo(TaskProjectionService.COMPLETED);
        assertThat(queues.inRegion(kc, c).orElseThrow().endedBy()).isEqualTo("kc.reviewer");
        assertThatThrownBy(() -> workbench.decideBulk(kc, List.of(a), false, " ")).hasMessage("workbench.error.opinionRequired");
        assertProjectionAgreesWithEngine();
    }

    @Test
    void theCityReturnsAQualificationReviewToTheCountyAndTheCountyWithdrawsItsNextApproval() {
        AppUser kc = user("kc.reviewer");
        AppUser city = user("cc.reviewer");
        WorkItem preliminary = queues.page(kc, Queue.TODO,
                        QueueFilter.NONE.withStep(RecruitmentProcess.APPLICATION_PROCESS_ID, RecruitmentProcess.TASK_PRELIMINARY_REVIEW),
                        QueueSort.DEFAULT, null, 5).rows().stream().findFirst().orElseThrow();
        assertThat(preliminary.subject()).isNotBlank();
        assertThat(preliminary.detail()).isNotBlank();
        recruitment.review(kc, preliminary.taskId(), RecruitmentProcess.DECISION_APPROVE, "");
        WorkItem recheck = queues.ofCase(preliminary.processInstanceId()).stream().filter(WorkItem::open).findFirst().orElseThrow();
        assertThat(recheck.stepKey()).isEqualTo(RecruitmentProcess.TASK_CITY_RECHECK);
        assertThat(workbench.returnTargets(recheck)).containsExactly(RecruitmentProcess.TASK_PRELIMINARY_REVIEW);
        assertThatThrownBy(() -> workbench.returnTo(city, recheck.taskId(), RecruitmentProcess.TASK_PRELIMINARY_REVIEW, " "))
                .hasMessage("workbench.error.opinionRequired");
        assertThatThrownBy(() -> workbench.returnTo(city, recheck.taskId(), "Task_Nowhere", "理由"))
                .hasMessage("workbench.error.returnTarget");

        workbench.returnTo(city, recheck.taskId(), RecruitmentProcess.TASK_PRELIMINARY_REVIEW, "毕业证书扫描件不清晰");
        assertThat(queues.inRegion(city, recheck.taskId()).orElseThrow().status()).isEqualTo(TaskProjectionService.CANCELLED);
        WorkItem again = queues.ofCase(preliminary.processInstanceId()).stream().filter(WorkItem::open).findFirst().orElseThrow();
        assertThat(again.stepKey()).isEqualTo(RecruitmentProcess.TASK_PRELIMINARY_REVIEW);
        assertThat(workbench.trailOf(city, again.taskId())).extracting(TrailEntry::kind, TrailEntry::opinion)
                .contains(org.assertj.core.groups.Tuple.tuple(TrailEntry.RETURN, "毕业证书扫描件不清晰"));
        assertThat(jdbc.queryForObject("select count(*) from wb_notification where username = 'kc.reviewer' and kind = 'RETURNED'",
                Long.class)).isPositive();
        assertProjectionAgreesWithEngine();

        recruitment.review(kc, again.taskId(), RecruitmentProcess.DECISION_APPROVE, "已补正");
        String reopened = workbench.withdraw(kc, again.taskId());
        WorkItem mine = queues.inRegion(kc, reopened).orElseThrow();
        assertThat(mine.stepKey()).isEqualTo(RecruitmentProcess.TASK_PRELIMINARY_REVIEW);
        assertThat(mine.assignee()).isEqualTo("kc.reviewer");
        assertThat(queues.ofCase(preliminary.processInstanceId()).stream().filter(WorkItem::open)).hasSize(1);
        assertProjectionAgreesWithEngine();
        // once the city has acted on the next step, a withdrawal is too late
        recruitment.review(kc, reopened, RecruitmentProcess.DECISION_APPROVE, "");
        WorkItem next = queues.ofCase(preliminary.processInstanceId()).stream().filter(WorkItem::open).findFirst().orElseThrow();
        workbench.claim(city, next.taskId());
        assertThatThrownBy(() -> workbench.withdraw(kc, reopened)).hasMessage("workbench.error.withdrawTooLate");
    }

    @Test
    void keysetPagesWalkTheWholeQueueInOrderWithoutGapsOrRepeats() {
        AppUser admin = user("admin");
        List<String> all = queues.pageAt(admin, Queue.DONE, QueueFilter.NONE, QueueSort.DEFAULT, 0, 500).rows().stream()
                .map(WorkItem::taskId).toList();
        AppUser kc = user("kc.reviewer");
        // the candidate branches sort on the candidate rows' own keys (due, received) and break ties on the task id in
        // the last column's direction: every direction, on both queues that read them
        List<List<QueueSort>> sorts = List.of(
                List.of(new QueueSort(QueueSort.Column.UNIT, true), new QueueSort(QueueSort.Column.CREATED, false)),
                QueueSort.DEFAULT,
                List.of(new QueueSort(QueueSort.Column.CREATED, false)),
                List.of(new QueueSort(QueueSort.Column.DUE, false), new QueueSort(QueueSort.Column.CREATED, true)));
        for (Queue q : List.of(Queue.TODO, Queue.CLAIMABLE)) {
            for (List<QueueSort> sort : sorts) {
                String as = q + " " + sort;
                List<WorkItem> wholeRows = queues.pageAt(kc, q, QueueFilter.NONE, sort, 0, 500).rows();
                List<String> whole = wholeRows.stream().map(WorkItem::taskId).toList();
                List<String> walked = new ArrayList<>();
                QueuePage page = queues.page(kc, q, QueueFilter.NONE, sort, null, 7);
                while (true) {
                    page.rows().forEach(r -> walked.add(r.taskId()));
                    if (page.next() == null) {
                        break;
                    }
                    page = queues.page(kc, q, QueueFilter.NONE, sort, page.next(), 7);
                }
                List<String> byOffset = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += 7) {
                    queues.pageAt(kc, q, QueueFilter.NONE, sort, offset, 7).rows().forEach(r -> byOffset.add(r.taskId()));
                }
                assertThat(whole).as(as).hasSizeGreaterThan(7).doesNotHaveDuplicates();
                assertThat(walked).as(as).isEqualTo(whole);
                assertThat(byOffset).as(as).isEqualTo(whole);
                assertThat(queues.count(kc, q, QueueFilter.NONE)).as(as).isEqualTo(whole.size());
                if (sort.get(0).column() == QueueSort.Column.CREATED) {
                    List<java.time.Instant> received = wholeRows.stream().map(WorkItem::created).toList();
                    assertThat(received).as(as).isSortedAccordingTo(java.util.Comparator.<java.time.Instant>reverseOrder());
                }
            }
        }
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void aTaskInTwoOfMyGroupsAndAssignedToMeIsListedAndCountedOnceOnEveryPage() {
        AppUser kc = user("kc.reviewer");
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = sampleTask("两组一人 " + i);
            // a second of kc.reviewer's groups (the role's group) and, for half of them, kc.reviewer as assignee:
            // the task is met by both branches of the 待办 query and twice by its candidate branch
            taskService.addCandidateGroup(id, EngineGroups.roleGroup(Role.REVIEWER));
            if (i % 2 == 0) {
                taskService.setAssignee(id, kc.getUsername());
            }
            twice.add(id);
        }
        QueueFilter filter = QueueFilter.NONE.withText("两组一人");
        for (Queue q : List.of(Queue.TODO, Queue.CLAIMABLE)) {
            List<String> walked = new ArrayList<>();
            QueuePage page = queues.page(kc, q, filter, QueueSort.DEFAULT, null, 1);
            while (true) {
                page.rows().forEach(r -> walked.add(r.taskId()));
                if (page.next() == null) {
                    break;
                }
                page = queues.page(kc, q, filter, QueueSort.DEFAULT, page.next(), 1);
            }
            List<String> byOffset = new ArrayList<>();
            for (int offset = 0; offset < 6; offset++) {
                queues.pageAt(kc, q, filter, QueueSort.DEFAULT, offset, 1).rows().forEach(r -> byOffset.add(r.taskId()));
            }
            List<String> expected = q == Queue.TODO ? twice : List.of(twice.get(1), twice.get(3));
            assertThat(walked).as(q.name()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            assertThat(byOffset).as(q.name()).isEqualTo(walked);
            assertThat(queues.count(kc, q, filter)).as(q.name()).isEqualTo(expected.size());
        }
        assertThat(queues.page(kc, Queue.MINE, filter, null, null, 50).rows()).extracting(WorkItem::taskId)
                .containsExactlyInAnyOrder(twice.get(0), twice.get(2));
    }

    @Test
    void theSampleReviewIsDecidedThroughItsCamundaFormCheckedAgainOnTheServer() {
        AppUser kc = user("kc.reviewer");
        String id = sampleTask("工作台表单");
        assertThat(forms.formOf(kc, id).id()).isEqualTo("sampleReviewDecision");
        assertThatThrownBy(() -> forms.formOf(user("ng.reviewer"), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.submit(kc, id, Map.of("opinion", "没选结果")))
                .isInstanceOf(cn.jiceng.common.validation.InputRejectedException.class);
        assertThatThrownBy(() -> forms.submit(kc, id, Map.of("approved", "false")))
                .hasMessage("review.error.opinionRequired");
        assertThat(queues.inRegion(kc, id).orElseThrow().open()).isTrue();
        forms.submit(kc, id, Map.of("approved", "true", "opinion", "表单同意"));
        assertThat(queues.inRegion(kc, id).orElseThrow().status()).isEqualTo(TaskProjectionService.COMPLETED);
        assertThat(workbench.trailOf(kc, id)).extracting(TrailEntry::kind, TrailEntry::opinion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TrailEntry.APPROVE, "表单同意"));
    }

    @Test
    void theRebuildReDerivesTheProjectionFromTheEngine() {
        sampleTask("工作台重建");
        jdbc.update("delete from wb_task_candidate");
        jdbc.update("update wb_task set assignee = 'someone' where status = 'OPEN'");
        assertThatThrownBy(() -> workbench.rebuildProjection(user("kc.reviewer"))).isInstanceOf(AccessDeniedException.class);
        int open = workbench.rebuildProjection(user("admin"));
        assertThat(open).isEqualTo((int) taskService.createTaskQuery().count());
        assertProjectionAgreesWithEngine();
    }
}
