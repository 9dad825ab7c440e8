package cn.jiceng.demonstration;

import static cn.jiceng.demonstration.process.DemonstrationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiceng.testsupport.FixedWorkingDays;
import cn.jiceng.testsupport.RecordingEscalation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the generic per-unit process on a plain engine: creation (progress report,
 * self-assessment, the creation period's timer), parallel scoring, survey, bottom-line failure,
 * member units in parallel with an objection upheld or overruled, acceptance level by level (failing
 * at the first), the spot check (passing, or overturning to disqualification), the announcement
 * (awarded, not awarded, weak), rectification with a failed re-inspection, and dynamic management:
 * inspection without finding, revocation not proposed or not decided, revocation after publicity, the
 * title's term ending.
 */
@Deployment(resources = {"processes/demonstration-candidate.bpmn", "processes-test/publicity-stub.bpmn"})
class CandidatePathTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    /** Records the service steps; the gateway questions are set per test. */
    public static class Steps {
        public final List<String> ran = new ArrayList<>();
        boolean bottomLineFails;
        boolean objection;
        boolean spotCheck;
        List<String> acceptance = List.of("220100", "220000");

        public void startInspection(DelegateExecution e) {
            ran.add("inspect");
        }

        public List<Integer> scorerSlots(DelegateExecution e) {
            return List.of(1, 2, 3);
        }

        public void combine(DelegateExecution e) {
            ran.add("combine");
            e.setVariable(VAR_BOTTOM_LINE_FAILED, bottomLineFails);
        }

        public void disqualify(DelegateExecution e) {
            ran.add("disqualify");
        }

        public List<String> memberUnits(DelegateExecution e) {
            return List.of("CIVIL_AFFAIRS", "HOUSING");
        }

        public boolean anyObjection(DelegateExecution e) {
            return objection;
        }

        public void excludeObjected(DelegateExecution e) {
            ran.add("objected");
        }

        public List<String> acceptanceUnits(DelegateExecution e) {
            return acceptance;
        }

        public void excludeAcceptance(DelegateExecution e) {
            ran.add("acceptanceFailed");
        }

        public void selectSpotCheck(DelegateExecution e) {
            e.setVariable(VAR_SPOT_CHECK_SELECTED, spotCheck);
        }

        public void inspected(DelegateExecution e) {
            ran.add("inspected");
        }

        public void rectified(DelegateExecution e) {
            ran.add("rectified");
        }

        public void revoke(DelegateExecution e) {
            ran.add("revoked");
        }
    }

    private final Steps steps = new Steps();
    private final RecordingEscalation escalation = new RecordingEscalation();

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register(BEAN_CANDIDATE_STEPS, steps);
        Mocks.register("workingDays", new FixedWorkingDays());
        Mocks.register(BEAN_TASK_ESCALATION, escalation);
    }

    @AfterEach
    void clear() {
        Mocks.reset();
        reset();
    }

    private ProcessInstance start(boolean allSteps) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_CANDIDATE_ID, 11L);
        vars.put(VAR_PROGRAM_ID, 7L);
        vars.put(VAR_UNIT_CODE, "220103001001");
        vars.put(VAR_TITLE, "长山花园社区 · 长春市2026年幸福小区创建");
        vars.put(VAR_OFFICE_UNIT_CODE, "220100");
        vars.put(VAR_SELF_UNIT_CODE, "220103001001");
        vars.put(VAR_SCORE_UNIT_CODE, "220103");
        vars.put(VAR_SPOT_CHECK_UNIT_CODE, "220100");
        for (String step : List.of(VAR_STEP_PROGRESS_REPORTS, VAR_STEP_SELF_ASSESSMENT, VAR_STEP_SURVEY, VAR_STEP_MEMBER_REVIEW,
                VAR_STEP_DYNAMIC)) {
            vars.put(step, allSteps);
        }
        vars.put(VAR_CREATION_END, "2026-11-30T17:00:00+08:00");
        vars.put(VAR_BOTTOM_LINE_FAILED, false);
        vars.put(VAR_ACCEPTANCE_FAILED, false);
        vars.put(VAR_SPOT_CHECK_SELECTED, false);
        vars.put("publicityWorkingDays", 5);
        for (String d : List.of(DAYS_REPORT, DAYS_SELF_ASSESSMENT, DAYS_SCORING, DAYS_SURVEY, DAYS_MEMBER_REVIEW, DAYS_ACCEPTANCE,
                DAYS_SPOT_CHECK, DAYS_RECTIFICATION, DAYS_REINSPECTION, DAYS_REVOCATION)) {
            vars.put(d, 5);
        }
        if (!allSteps) {
            steps.acceptance = List.of();
        }
        return runtimeService().startProcessInstanceByKey(CANDIDATE_PROCESS_ID, "220100-2026-1/220103001001", vars);
    }

    private static ProcessInstanceAssert assertThatInstance(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

    private List<Task> tasks(ProcessInstance instance, String step) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).orderByTaskId().asc().list();
    }

    /** Creation period (with reports and self-assessment when on), its end, three scorers, the survey when on. */
    private void throughScoring(ProcessInstance instance, boolean allSteps) {
        if (allSteps) {
            BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_PROGRESS_REPORT).hasCandidateGroup("REVIEWER@220103001001");
            complete(task(instance));
            BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_SELF_ASSESSMENT);
            complete(task(instance));
        }
        assertThatInstance(instance).isWaitingAt(TIMER_CANDIDATE_CREATION_END);
        execute(job(TIMER_CANDIDATE_CREATION_END, instance));
        List<Task> scorers = tasks(instance, TASK_SCORE);
        assertThat(scorers).hasSize(3);
        scorers.forEach(t -> BpmnAwareTests.assertThat(t).hasCandidateGroup("REVIEWER@220103"));
        assertThat(taskService().getVariable(scorers.get(0).getId(), VAR_UNIT_CODE)).isEqualTo("220103001001");
        scorers.forEach(t -> complete(t));
        if (allSteps) {
            BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_ENTER_SURVEY).hasCandidateGroup("REVIEWER@220100");
            complete(task(instance));
        }
        assertThatInstance(instance).hasPassed(TASK_COMBINE_SCORES);
    }

    /** Both member units approve (or the first objects), then acceptance by the city and the province. */
    private void throughMemberReview(ProcessInstance instance) {
        List<Task> reviews = tasks(instance, TASK_MEMBER_REVIEW);
        assertThat(reviews).hasSize(2);
        assertThat(reviews).extracting(t -> taskService().getVariable(t.getId(), VAR_DEPARTMENT))
                .containsExactlyInAnyOrder("CIVIL_AFFAIRS", "HOUSING");
        reviews.forEach(t -> BpmnAwareTests.assertThat(t).hasCandidateGroup("MEMBER_UNIT@220100#"
                + taskService().getVariable(t.getId(), VAR_DEPARTMENT)));
        reviews.forEach(t -> complete(t));
    }

    private void throughAcceptance(ProcessInstance instance) {
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_ACCEPTANCE).hasCandidateGroup("REVIEWER@220100");
        complete(task(instance));
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_ACCEPTANCE).hasCandidateGroup("REVIEWER@220000");
        complete(task(instance));
    }

    private void announce(ProcessInstance instance, String status) {
        assertThatInstance(instance).isWaitingAt(EVENT_ANNOUNCED);
        runtimeService().createMessageCorrelation(MSG_ANNOUNCED).processInstanceId(instance.getId())
                .setVariable(VAR_FINAL_STATUS, status).setVariable(VAR_TITLE_END, "2029-11-30T17:00:00+08:00").correlate();
    }

    private void inspect(ProcessInstance instance) {
        runtimeService().createMessageCorrelation(MSG_INSPECTION).processInstanceId(instance.getId()).correlate();
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_RECORD_INSPECTION).hasCandidateGroup("REVIEWER@220100");
    }

    @Test
    void everyStepOnThroughSpotCheckAwardAndRevocationAfterAnInspection() {
        steps.spotCheck = true;
        ProcessInstance instance = start(true);
        throughScoring(instance, true);
        throughMemberReview(instance);
        throughAcceptance(instance);
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_SPOT_CHECK).hasCandidateGroup("REVIEWER@220100");
        complete(task(instance), withVariables(VAR_BOTTOM_LINE_FAILED, false));
        assertThatInstance(instance).hasPassed(TASK_MARK_INSPECTED);
        announce(instance, FINAL_AWARDED);
        assertThatInstance(instance).isWaitingAt(GATEWAY_WATCH);
        inspect(instance);
        complete(task(instance), withVariables(VAR_RELAPSE, true));
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_REVOCATION_REVIEW);
        complete(task(instance), withVariables(VAR_REVOCATION_PROPOSED, true, VAR_PUBLICITY_TITLE, "拟摘牌单位公示",
                "publicityEntries", "[]"));
        assertThatInstance(instance).isWaitingAt(CALL_REVOCATION_PUBLICITY);
        ProcessInstance publicity = calledProcessInstance(instance);
        assertThat(runtimeService().getVariable(publicity.getId(), "unitCode")).isEqualTo("220100");
        complete(task(publicity), withVariables("publicityNoticeId", 9L, "publicityOutcomes", "{\"11\":\"NO_OBJECTION\"}"));
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_REVOCATION_DECISION).hasCandidateGroup("LEADER@220100");
        complete(task(instance), withVariables(VAR_REVOKE, true));
        assertThatInstance(instance).isEnded().hasPassed(TASK_REVOKE, END_REVOKED);
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(steps.ran).containsSubsequence("inspect", "combine", "inspected", "revoked");
    }

    @Test
    void aFailedBottomLineDisqualifiesRightAfterScoring() {
        steps.bottomLineFails = true;
        ProcessInstance instance = start(true);
        throughScoring(instance, true);
        assertThatInstance(instance).isEnded().hasPassed(TASK_DISQUALIFY, END_DISQUALIFIED).hasNotPassed(TASK_MEMBER_REVIEW);
    }

    @Test
    void aMemberUnitObjectionUpheldByTheOfficeTakesTheUnitOut() {
        steps.objection = true;
        ProcessInstance instance = start(true);
        throughScoring(instance, true);
        throughMemberReview(instance);
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_RULE_OBJECTION).hasCandidateGroup("REVIEWER@220100");
        complete(task(instance), withVariables(VAR_OBJECTION_UPHELD, true));
        assertThatInstance(instance).isEnded().hasPassed(TASK_EXCLUDE_OBJECTED, END_OBJECTED);
    }

    @Test
    void anOverruledObjectionContinuesToAcceptanceWhichFailingAtTheFirstLevelEnds() {
        steps.objection = true;
        ProcessInstance instance = start(true);
        throughScoring(instance, true);
        throughMemberReview(instance);
        complete(task(instance), withVariables(VAR_OBJECTION_UPHELD, false));
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_ACCEPTANCE).hasCandidateGroup("REVIEWER@220100");
        complete(task(instance), withVariables(VAR_ACCEPTANCE_FAILED, true));
        assertThatInstance(instance).isEnded().hasPassed(TASK_EXCLUDE_ACCEPTANCE, END_ACCEPTANCE_FAILED);
        assertThat(taskQuery().taskCandidateGroup("REVIEWER@220000").count()).as("the province never sees it").isZero();
    }

    @Test
    void aSpotCheckThatOverturnsTheScoreToABottomLineFailureDisqualifies() {
        steps.spotCheck = true;
        ProcessInstance instance = start(true);
        throughScoring(instance, true);
        throughMemberReview(instance);
        throughAcceptance(instance);
        complete(task(instance), withVariables(VAR_BOTTOM_LINE_FAILED, true));
        assertThatInstance(instance).isEnded().hasPassed(TASK_DISQUALIFY_SPOT_CHECK, END_DISQUALIFIED_SPOT_CHECK);
    }

    @Test
    void aWeakUnitRectifiesUntilItsReinspectionPasses() {
        ProcessInstance instance = start(false);
        throughScoring(instance, false);
        assertThatInstance(instance).hasNotPassed(TASK_PROGRESS_REPORT, TASK_SELF_ASSESSMENT, TASK_ENTER_SURVEY,
                TASK_MEMBER_REVIEW, TASK_ACCEPTANCE, TASK_SPOT_CHECK);
        announce(instance, FINAL_WEAK);
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_RECTIFY).hasCandidateGroup("REVIEWER@220103001001");
        complete(task(instance));
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_REINSPECT).hasCandidateGroup("REVIEWER@220103");
        complete(task(instance), withVariables(VAR_REINSPECTION_PASSED, false));
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(TASK_RECTIFY);
        complete(task(instance));
        complete(task(instance), withVariables(VAR_REINSPECTION_PASSED, true));
        assertThatInstance(instance).isEnded().hasPassed(TASK_MARK_RECTIFIED, END_RECTIFIED);
    }

    @Test
    void unitsNotAwardedEndAndAwardedOnesWithoutDynamicManagementEndAwarded() {
        ProcessInstance notAwarded = start(false);
        throughScoring(notAwarded, false);
        announce(notAwarded, FINAL_NONE);
        assertThatInstance(notAwarded).isEnded().hasPassed(END_NOT_AWARDED);
        ProcessInstance awarded = start(false);
        throughScoring(awarded, false);
        announce(awarded, FINAL_AWARDED);
        assertThatInstance(awarded).isEnded().hasPassed(END_AWARDED);
    }

    @Test
    void inspectionsWithoutARevocationKeepTheTitleUntilItsTermEnds() {
        ProcessInstance instance = start(true);
        steps.acceptance = List.of();
        throughScoring(instance, true);
        throughMemberReview(instance);
        announce(instance, FINAL_AWARDED);
        inspect(instance);
        complete(task(instance), withVariables(VAR_RELAPSE, false));
        assertThatInstance(instance).isWaitingAt(GATEWAY_WATCH);
        inspect(instance);
        complete(task(instance), withVariables(VAR_RELAPSE, true));
        complete(task(instance), withVariables(VAR_REVOCATION_PROPOSED, false));
        assertThatInstance(instance).isWaitingAt(GATEWAY_WATCH);
        inspect(instance);
        complete(task(instance), withVariables(VAR_RELAPSE, true));
        complete(task(instance), withVariables(VAR_REVOCATION_PROPOSED, true, VAR_PUBLICITY_TITLE, "拟摘牌单位公示",
                "publicityEntries", "[]"));
        complete(task(calledProcessInstance(instance)), withVariables("publicityNoticeId", 9L, "publicityOutcomes",
                "{\"11\":\"CANCELLED\"}"));
        complete(task(instance), withVariables(VAR_REVOKE, false));
        assertThatInstance(instance).isWaitingAt(GATEWAY_WATCH);
        execute(job(TIMER_TITLE_TERM, instance));
        assertThatInstance(instance).isEnded().hasPassed(END_TERM_ENDED).hasNotPassed(TASK_REVOKE);
    }

    @Test
    void anOverdueScoringStepIsEscalated() {
        ProcessInstance instance = start(false);
        execute(job(TIMER_CANDIDATE_CREATION_END, instance));
        execute(BpmnAwareTests.jobQuery().processInstanceId(instance.getId()).activityId(TASK_SCORE).list().get(0));
        assertThat(escalation.escalated).containsExactly(TASK_SCORE);
        assertThat(tasks(instance, TASK_SCORE)).hasSize(3);
    }
}
