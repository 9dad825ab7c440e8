package cn.jiceng.recruitment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiceng.recruitment.process.RecruitmentProcess;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import cn.jiceng.testsupport.FixedWorkingDays;
import cn.jiceng.testsupport.RecordingEscalation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the campaign process on a plain engine: the plan's joint review, registration and
 * switching timers on the engine clock, exams, the physical exam with re-examination (taken, or its
 * deadline passing), promotion after each stage, publicity (a stand-in sub-process) with an upheld
 * objection or a suspended entry, hiring and the supplementary campaign.
 */
@Deployment(resources = {"processes/recruitment-campaign.bpmn", "processes-test/publicity-stub.bpmn"})
class CampaignPathTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    /** Records the steps run and answers the gateway questions from queues (default: no). */
    public static class Steps {
        public final List<String> ran = new ArrayList<>();

        public List<String> jointReviewDepartments() {
            return RecruitmentProcess.JOINT_REVIEW_DEPARTMENTS;
        }
        public final Map<String, Deque<Boolean>> answers = new HashMap<>();

        void answer(String question, Boolean... values) {
            answers.computeIfAbsent(question, k -> new ArrayDeque<>()).addAll(List.of(values));
        }

        private boolean ask(String question) {
            Deque<Boolean> q = answers.get(question);
            return q != null && !q.isEmpty() && q.peek();
        }

        /** Each condition is evaluated for both outgoing flows; the answer is used up when the step after it runs. */
        private void consume(String question) {
            Deque<Boolean> q = answers.get(question);
            if (q != null && !q.isEmpty()) {
                q.poll();
            }
        }

        public void published(DelegateExecution e) {
            ran.add("published");
        }

        public void registrationOpened(DelegateExecution e) {
            ran.add("opened");
        }

        public void registrationClosed(DelegateExecution e) {
            ran.add("closed");
        }

        public void openSwitchWindow(DelegateExecution e) {
            ran.add("switchOpened");
            e.setVariable(RecruitmentProcess.VAR_SWITCH_END, "2026-12-20T17:00:00+08:00");
        }

        public void closeSwitchWindow(DelegateExecution e) {
            ran.add("switchClosed");
        }

        public void shortlist(DelegateExecution e) {
            ran.add("shortlist");
        }

        public void rank(DelegateExecution e) {
            ran.add("rank");
        }

        public void callCandidates(DelegateExecution e) {
            ran.add("call");
            consume("PHYSICAL");
            consume("INSPECTION");
            consume("PUBLICITY");
        }

        public void concludePhysical(DelegateExecution e) {
            ran.add("concludePhysical");
        }

        public boolean promote(DelegateExecution e, String stage) {
            return ask(stage);
        }

        public boolean anyProposed(DelegateExecution e) {
            return !answers.containsKey("proposed") || ask("proposed");
        }

        public void proposeHires(DelegateExecution e) {
            ran.add("propose");
            e.setVariable(RecruitmentProcess.VAR_PUBLICITY_TITLE, "拟聘用人员公示");
            e.setVariable("publicityEntries", "[]");
        }

        public void recordPublicity(DelegateExecution e) {
            ran.add("publicity:" + e.getVariable("publicityOutcomes"));
        }

        public boolean anySuspended(DelegateExecution e) {
            return ask("suspended");
        }

        public void recordInvestigation(DelegateExecution e) {
            ran.add("investigation:" + e.getVariable("entryRef") + "=" + e.getVariable("concludedOutcome"));
            consume("suspended");
        }

        public void hire(DelegateExecution e) {
            ran.add("hire");
        }

        public void startSupplementary(DelegateExecution e) {
            ran.add("supplementary");
        }
    }

    private final Steps steps = new Steps();
    private final RecordingEscalation escalation = new RecordingEscalation();

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register("campaignSteps", steps);
        Mocks.register("workingDays", new FixedWorkingDays());
        Mocks.register(RecruitmentProcess.BEAN_TASK_ESCALATION, escalation);
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-11-23T02:00:00Z")));
    }

    @AfterEach
    void clear() {
        ClockUtil.reset();
        Mocks.reset();
        reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(RecruitmentProcess.CAMPAIGN_PROCESS_ID, "CC-2026-9", Map.of(
                RecruitmentProcess.VAR_CAMPAIGN_ID, 9L, RecruitmentProcess.VAR_CITY_CODE, "220100",
                RecruitmentProcess.VAR_PROVINCE_CODE, "220000", RecruitmentProcess.VAR_REVIEW_DAYS, 5,
                RecruitmentProcess.VAR_REGISTRATION_START, "2026-12-01T08:00:00+08:00",
                RecruitmentProcess.VAR_REGISTRATION_END, "2026-12-10T17:00:00+08:00"));
    }

    /** The plan filed (decision preset to APPROVE, as the service does) and the departments' parallel reviews. */
    private void fileAndReview(ProcessInstance instance, String... departmentDecisions) {
        complete(task(instance), withVariables(RecruitmentProcess.VAR_DECISION, RecruitmentProcess.DECISION_APPROVE));
        List<org.camunda.bpm.engine.task.Task> reviews = taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(RecruitmentProcess.TASK_JOINT_REVIEW).list();
        org.assertj.core.api.Assertions.assertThat(reviews).hasSize(3);
        // one task per department, each for that department's member-unit accounts at the province
        org.assertj.core.api.Assertions.assertThat(reviews.stream().map(t -> taskService().getVariable(t.getId(),
                RecruitmentProcess.VAR_DEPARTMENT))).containsExactlyInAnyOrderElementsOf(RecruitmentProcess.JOINT_REVIEW_DEPARTMENTS);
        for (int i = 0; i < reviews.size(); i++) {
            assertThat(reviews.get(i)).hasCandidateGroup("MEMBER_UNIT@220000#"
                    + taskService().getVariable(reviews.get(i).getId(), RecruitmentProcess.VAR_DEPARTMENT));
            if (RecruitmentProcess.DECISION_RETURN.equals(departmentDecisions[i])) {
                complete(reviews.get(i), withVariables(RecruitmentProcess.VAR_DECISION, RecruitmentProcess.DECISION_RETURN));
            } else {
                complete(reviews.get(i));
            }
        }
    }

    /** Plan filed and approved, registration opened and closed by its timers, ratio decided. */
    private ProcessInstance throughRegistration(boolean postsCancelled) {
        ProcessInstance instance = start();
        fileAndReview(instance, "APPROVE", "APPROVE", "APPROVE");
        execute(job());
        execute(job());
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_RATIO_DECISION).hasCandidateGroup("HR@220100");
        complete(task(instance), withVariables(RecruitmentProcess.VAR_POSTS_CANCELLED, postsCancelled));
        return instance;
    }

    /** Admission, both score imports, shortlist and ranking; waits at the physical exam. */
    private void throughExams(ProcessInstance instance) {
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_PREPARE_EXAM).hasCandidateGroup("HR@220100");
        complete(task(instance));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_WRITTEN_SCORES);
        complete(task(instance));
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_SHORTLIST);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_INTERVIEW_SCORES);
        complete(task(instance));
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_RANK, RecruitmentProcess.TASK_CALL_CANDIDATES);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_PHYSICAL_EXAM).hasCandidateGroup("HR@220100");
    }

    private static Map<String, Object> physical(boolean reexams) {
        return Map.of(RecruitmentProcess.VAR_REEXAMS_REQUESTED, reexams,
                RecruitmentProcess.VAR_REEXAM_DEADLINE, "2026-12-30T02:00:00Z");
    }

    /** The stand-in publicity ends with the given outcomes. */
    private void publicityEnds(ProcessInstance instance, String outcomes) {
        assertThat(instance).isWaitingAt(RecruitmentProcess.CALL_PUBLICITY);
        ProcessInstance sub = calledProcessInstance(instance);
        assertThat(sub).hasVariables("title", "unitCode");
        complete(task(sub), withVariables("publicityNoticeId", 77L, "publicityOutcomes", outcomes));
    }

    private void closes(ProcessInstance instance, boolean supplementary) {
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_CLOSE_CAMPAIGN).hasCandidateGroup("HR@220100");
        complete(task(instance), withVariables(RecruitmentProcess.VAR_SUPPLEMENTARY, supplementary));
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.END_CAMPAIGN_CLOSED);
    }

    @Test
    void happyPathRunsFromThePlanThroughExamsSelectionAndPublicityToHireAndClose() {
        ProcessInstance instance = start();
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_FILE_PLAN).hasCandidateGroup("HR@220100");
        fileAndReview(instance, "APPROVE", "APPROVE", "APPROVE");
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_PUBLISH_ANNOUNCEMENT)
                .isWaitingAt(RecruitmentProcess.TIMER_REGISTRATION_START);
        org.assertj.core.api.Assertions.assertThat(job().getDuedate())
                .isEqualTo(Date.from(java.time.Instant.parse("2026-12-01T00:00:00Z")));
        execute(job());
        assertThat(instance).isWaitingAt(RecruitmentProcess.TIMER_REGISTRATION_END);
        execute(job());
        complete(task(instance), withVariables(RecruitmentProcess.VAR_POSTS_CANCELLED, false));
        assertThat(instance).hasNotPassed(RecruitmentProcess.TASK_OPEN_SWITCH);
        throughExams(instance);
        complete(task(instance), physical(false));
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_CONCLUDE_PHYSICAL).hasNotPassed(RecruitmentProcess.TASK_REEXAM);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_INSPECTION);
        complete(task(instance));
        publicityEnds(instance, "{\"41\":\"NO_OBJECTION\"}");
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_RECORD_PUBLICITY, RecruitmentProcess.TASK_HIRE);
        closes(instance, false);
        assertThat(instance).hasNotPassed(RecruitmentProcess.TASK_START_SUPPLEMENTARY);
        org.assertj.core.api.Assertions.assertThat(steps.ran).containsExactly("published", "opened", "closed",
                "shortlist", "rank", "call", "concludePhysical", "propose", "publicity:{\"41\":\"NO_OBJECTION\"}", "hire");
    }

    @Test
    void planReturnedByOneDepartmentGoesBackToTheCity() {
        ProcessInstance instance = start();
        fileAndReview(instance, "APPROVE", "RETURN", "APPROVE");
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_FILE_PLAN);
        assertThat(instance).hasNotPassed(RecruitmentProcess.TASK_PUBLISH_ANNOUNCEMENT);
    }

    @Test
    void cancelledPostsOpenASwitchingWindowThatClosesOnItsTimer() {
        ProcessInstance instance = throughRegistration(true);
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_OPEN_SWITCH).isWaitingAt(RecruitmentProcess.TIMER_SWITCH_END);
        org.assertj.core.api.Assertions.assertThat(job().getDuedate())
                .isEqualTo(Date.from(java.time.Instant.parse("2026-12-20T09:00:00Z")));
        execute(job());
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_CLOSE_SWITCH);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_PREPARE_EXAM);
    }

    @Test
    void failedPhysicalExamPromotesTheNextInRankWhoGoesThroughThePhysicalExamToo() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        steps.answer("PHYSICAL", true);
        complete(task(instance), physical(false));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_PHYSICAL_EXAM);
        complete(task(instance), physical(false));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_INSPECTION);
        org.assertj.core.api.Assertions.assertThat(steps.ran.stream().filter("call"::equals).count()).isEqualTo(2);
    }

    @Test
    void reExaminationRequestedAndTakenBeforeTheInspection() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(true));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_REEXAM).hasCandidateGroup("HR@220100");
        complete(task(instance));
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_CONCLUDE_PHYSICAL);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_INSPECTION);
    }

    @Test
    void reExaminationNotTakenByItsDeadlineEndsThePhysicalExam() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(true));
        assertThat(instance).isWaitingAt(RecruitmentProcess.TASK_REEXAM);
        org.assertj.core.api.Assertions.assertThat(job().getDuedate())
                .isEqualTo(Date.from(java.time.Instant.parse("2026-12-30T02:00:00Z")));
        execute(job());
        assertThat(instance).hasPassed(RecruitmentProcess.TIMER_REEXAM_DEADLINE, RecruitmentProcess.TASK_CONCLUDE_PHYSICAL);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_INSPECTION);
    }

    @Test
    void failedInspectionPromotesTheNextInRank() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(false));
        steps.answer("INSPECTION", true);
        complete(task(instance));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_PHYSICAL_EXAM);
    }

    @Test
    void objectionUpheldDuringPublicityCancelsTheEntryAndPromotesTheNextInRank() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(false));
        complete(task(instance));
        steps.answer("PUBLICITY", true);
        publicityEnds(instance, "{\"41\":\"CANCELLED\"}");
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_PHYSICAL_EXAM);
        complete(task(instance), physical(false));
        complete(task(instance));
        publicityEnds(instance, "{\"42\":\"NO_OBJECTION\"}");
        closes(instance, false);
        org.assertj.core.api.Assertions.assertThat(steps.ran).contains("publicity:{\"41\":\"CANCELLED\"}",
                "publicity:{\"42\":\"NO_OBJECTION\"}");
    }

    @Test
    void suspendedEntryWaitsForItsInvestigationBeforeHiring() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(false));
        complete(task(instance));
        steps.answer("suspended", true);
        publicityEnds(instance, "{\"41\":\"SUSPENDED\"}");
        assertThat(instance).isWaitingAt(RecruitmentProcess.EVENT_INVESTIGATION_CONCLUDED).hasNotPassed(RecruitmentProcess.TASK_HIRE);
        runtimeService().createMessageCorrelation("PublicityInvestigationConcluded")
                .processInstanceVariableEquals("publicityNoticeId", 77L)
                .setVariable("entryRef", "41").setVariable("concludedOutcome", "NO_IMPACT").correlateAllWithResult();
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_RECORD_INVESTIGATION, RecruitmentProcess.TASK_HIRE);
        org.assertj.core.api.Assertions.assertThat(steps.ran).contains("investigation:41=NO_IMPACT");
    }

    @Test
    void nobodyProposedSkipsThePublicity() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(false));
        steps.answer("proposed", false);
        complete(task(instance));
        assertThat(instance).hasNotPassed(RecruitmentProcess.CALL_PUBLICITY).hasPassed(RecruitmentProcess.TASK_HIRE);
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_CLOSE_CAMPAIGN);
    }

    @Test
    void unfilledPostsStartASupplementaryCampaignWhenTheCampaignCloses() {
        ProcessInstance instance = throughRegistration(false);
        throughExams(instance);
        complete(task(instance), physical(false));
        complete(task(instance));
        publicityEnds(instance, "{}");
        closes(instance, true);
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_START_SUPPLEMENTARY);
        org.assertj.core.api.Assertions.assertThat(steps.ran).endsWith("supplementary");
    }

    @Test
    void overdueCampaignStepsAreEscalatedByTheirTimersButTheReExaminationEndsOnItsOwnDeadline() {
        ProcessInstance instance = start();
        execute(job(RecruitmentProcess.TASK_FILE_PLAN, instance));
        assertThat(instance).isWaitingAt(RecruitmentProcess.TASK_FILE_PLAN);
        complete(task(instance), withVariables(RecruitmentProcess.VAR_DECISION, RecruitmentProcess.DECISION_APPROVE));
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(instance.getId())
                .activityId(RecruitmentProcess.TASK_JOINT_REVIEW).count()).as("one per department's task").isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(escalation.escalated).containsExactly(RecruitmentProcess.TASK_FILE_PLAN);
    }
}
