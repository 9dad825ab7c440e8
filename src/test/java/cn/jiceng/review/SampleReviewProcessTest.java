package cn.jiceng.review;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiceng.review.process.SampleReviewProcess;
import cn.jiceng.testsupport.RecordingEscalation;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Path tests of the placeholder review process on a plain in-memory engine. */
@Deployment(resources = "processes/sample-review.bpmn")
class SampleReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    private final RecordingEscalation escalation = new RecordingEscalation();

    @BeforeEach
    void useThisEngine() {
        // Spring tests in the same JVM register their own engine; bind the assertions to this one.
        init(engine.getProcessEngine());
        Mocks.register(SampleReviewProcess.BEAN_TASK_ESCALATION, escalation);
    }

    @AfterEach
    void releaseEngine() {
        Mocks.reset();
        reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(SampleReviewProcess.PROCESS_ID, "CASE-1", Map.of(
                SampleReviewProcess.VAR_UNIT_CODE, "220103",
                SampleReviewProcess.VAR_TITLE, "示例",
                SampleReviewProcess.VAR_DUE_DATE, "2026-12-01T17:00:00+08:00"));
    }

    @Test
    void reviewTaskGoesToTheReviewersOfTheCaseUnitWithItsDueDate() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(SampleReviewProcess.TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("REVIEWER@220103").isNotAssigned()
                .hasDueDate(java.util.Date.from(java.time.OffsetDateTime.parse("2026-12-01T17:00:00+08:00").toInstant()));
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskCandidateGroup("REVIEWER@220102").count())
                .as("the neighbouring county's reviewers do not get the task").isZero();
    }

    @Test
    void approvedCaseEndsApproved() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(SampleReviewProcess.VAR_APPROVED, true, SampleReviewProcess.VAR_OPINION, "同意"));
        assertThat(instance).hasPassed(SampleReviewProcess.GATEWAY_APPROVED)
                .isEnded().hasPassed(SampleReviewProcess.END_APPROVED).hasNotPassed(SampleReviewProcess.END_RETURNED);
    }

    @Test
    void returnedCaseEndsReturned() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(SampleReviewProcess.VAR_APPROVED, false, SampleReviewProcess.VAR_OPINION, "补充材料"));
        assertThat(instance).isEnded().hasPassed(SampleReviewProcess.END_RETURNED)
                .hasNotPassed(SampleReviewProcess.END_APPROVED)
                .variables().containsEntry(SampleReviewProcess.VAR_OPINION, "补充材料");
    }

    @Test
    void reviewPastItsDueDateIsEscalatedOnceByItsTimerAndStaysOpen() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(SampleReviewProcess.TASK_REVIEW);
        org.assertj.core.api.Assertions.assertThat(job().getDuedate()).isEqualTo(task().getDueDate());
        execute(job());
        assertThat(instance).isWaitingAt(SampleReviewProcess.TASK_REVIEW);
        org.assertj.core.api.Assertions.assertThat(escalation.escalated).containsExactly(SampleReviewProcess.TASK_REVIEW);
        org.assertj.core.api.Assertions.assertThat(engine.getProcessEngine().getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).count()).as("a date timer fires once").isZero();
    }
}
