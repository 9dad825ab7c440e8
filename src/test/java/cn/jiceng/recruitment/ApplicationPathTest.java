package cn.jiceng.recruitment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiceng.recruitment.process.RecruitmentProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

/** Every path of the qualification review of one application, on a plain engine with stand-in steps. */
@Deployment(resources = "processes/recruitment-application.bpmn")
class ApplicationPathTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    /** Records which service steps ran; sets the correction deadline like the real bean. */
    public static class Steps {
        public final List<String> ran = new ArrayList<>();

        public void prescreen(DelegateExecution e) {
            ran.add("prescreen");
        }

        public void qualified(DelegateExecution e) {
            ran.add("qualified");
        }

        public void rejected(DelegateExecution e) {
            ran.add("rejected");
        }

        public void returned(DelegateExecution e) {
            ran.add("returned");
            e.setVariable(RecruitmentProcess.VAR_CORRECTION_DEADLINE, "2026-12-03T23:59:59+08:00");
        }

        public void expired(DelegateExecution e) {
            ran.add("expired");
        }

        public void postCancelled(DelegateExecution e) {
            ran.add("postCancelled");
        }

        public void withdrawn(DelegateExecution e) {
            ran.add("withdrawn");
        }
    }


    private final Steps steps = new Steps();
    private final RecordingEscalation escalation = new RecordingEscalation();

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register("applicationSteps", steps);
        Mocks.register("workingDays", new FixedWorkingDays());
        Mocks.register(RecruitmentProcess.BEAN_TASK_ESCALATION, escalation);
    }

    @AfterEach
    void clear() {
        Mocks.reset();
        reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(RecruitmentProcess.APPLICATION_PROCESS_ID, "42", Map.of(
                RecruitmentProcess.VAR_APPLICATION_ID, 42L, RecruitmentProcess.VAR_UNIT_CODE, "220103001001",
                RecruitmentProcess.VAR_REVIEW_UNIT_CODE, "220103", RecruitmentProcess.VAR_CITY_CODE, "220100",
                RecruitmentProcess.VAR_REVIEW_DAYS, 3));
    }

    private void decide(ProcessInstance instance, String decision) {
        complete(task(instance), withVariables(RecruitmentProcess.VAR_DECISION, decision));
    }

    @Test
    void approvedByCountyAndCityIsQualified() {
        ProcessInstance instance = start();
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_PRESCREEN).isWaitingAt(RecruitmentProcess.TASK_PRELIMINARY_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("REVIEWER@220103").hasFormKey(RecruitmentProcess.FORM_QUALIFICATION_REVIEW);
        decide(instance, RecruitmentProcess.DECISION_APPROVE);
        assertThat(instance).isWaitingAt(RecruitmentProcess.TASK_CITY_RECHECK);
        assertThat(task(instance)).hasCandidateGroup("REVIEWER@220100");
        decide(instance, RecruitmentProcess.DECISION_APPROVE);
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.TASK_QUALIFIED, RecruitmentProcess.END_QUALIFIED);
        org.assertj.core.api.Assertions.assertThat(steps.ran).containsExactly("prescreen", "qualified");
    }

    @Test
    void rejectedAtThePreliminaryReviewEndsRejected() {
        ProcessInstance instance = start();
        decide(instance, RecruitmentProcess.DECISION_REJECT);
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.END_REJECTED).hasNotPassed(RecruitmentProcess.TASK_CITY_RECHECK);
    }

    @Test
    void rejectedAtTheCityRecheckEndsRejected() {
        ProcessInstance instance = start();
        decide(instance, RecruitmentProcess.DECISION_APPROVE);
        decide(instance, RecruitmentProcess.DECISION_REJECT);
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.TASK_REJECTED, RecruitmentProcess.END_REJECTED);
    }

    @Test
    void returnedForCorrectionAndResubmittedIsScreenedAndReviewedAgain() {
        ProcessInstance instance = start();
        decide(instance, RecruitmentProcess.DECISION_RETURN);
        assertThat(instance).isWaitingAt(RecruitmentProcess.GATEWAY_AWAIT_CORRECTION);
        runtimeService().createMessageCorrelation(RecruitmentProcess.MSG_RESUBMITTED).processInstanceBusinessKey("42").correlate();
        assertThat(instance).isWaitingAt(RecruitmentProcess.TASK_PRELIMINARY_REVIEW);
        // the city may also return it
        decide(instance, RecruitmentProcess.DECISION_APPROVE);
        decide(instance, RecruitmentProcess.DECISION_RETURN);
        assertThat(instance).isWaitingAt(RecruitmentProcess.GATEWAY_AWAIT_CORRECTION);
        org.assertj.core.api.Assertions.assertThat(steps.ran).containsExactly("prescreen", "returned", "prescreen", "returned");
    }

    @Test
    void notCorrectedBeforeTheDeadlineExpires() {
        ProcessInstance instance = start();
        decide(instance, RecruitmentProcess.DECISION_RETURN);
        execute(job(RecruitmentProcess.TIMER_CORRECTION_DEADLINE, instance));
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.TASK_EXPIRED, RecruitmentProcess.END_EXPIRED);
    }

    @Test
    void withdrawalEndsTheReviewAtAnyStep() {
        ProcessInstance instance = start();
        runtimeService().createMessageCorrelation(RecruitmentProcess.MSG_WITHDRAWN).processInstanceBusinessKey("42").correlate();
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.TASK_WITHDRAWN, RecruitmentProcess.END_WITHDRAWN)
                .hasNotPassed(RecruitmentProcess.TASK_QUALIFIED);
    }

    @Test
    void cancellationOfThePostStopsTheReviewSoTheApplicantMaySwitch() {
        ProcessInstance instance = start();
        decide(instance, RecruitmentProcess.DECISION_APPROVE);
        runtimeService().createMessageCorrelation(RecruitmentProcess.MSG_POST_CANCELLED).processInstanceBusinessKey("42").correlate();
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.TASK_POST_CANCELLED, RecruitmentProcess.END_POST_CANCELLED)
                .hasNotPassed(RecruitmentProcess.TASK_QUALIFIED);
    }

    @Test
    void overduePreliminaryReviewAndRecheckAreEscalatedByTheirTimersAndStayOpen() {
        ProcessInstance instance = start();
        execute(job(RecruitmentProcess.TASK_PRELIMINARY_REVIEW, instance));
        assertThat(instance).isWaitingAt(RecruitmentProcess.TASK_PRELIMINARY_REVIEW);
        decide(instance, RecruitmentProcess.DECISION_APPROVE);
        execute(job(RecruitmentProcess.TASK_CITY_RECHECK, instance));
        assertThat(instance).isWaitingAt(RecruitmentProcess.TASK_CITY_RECHECK);
        org.assertj.core.api.Assertions.assertThat(escalation.escalated)
                .containsExactly(RecruitmentProcess.TASK_PRELIMINARY_REVIEW, RecruitmentProcess.TASK_CITY_RECHECK);
    }
}
