package cn.jiceng.publicity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jiceng.publicity.process.PublicityProcess;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path of the publicity processes on a plain engine, with stand-in delegates (the services
 * behind them are tested in PublicityProcessTest); the coverage report lands in
 * target/process-test-coverage.
 */
@Deployment(resources = {"processes/publicity.bpmn", "processes/publicity-investigation.bpmn"})
class PublicityPathTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    /** What the stand-in "close period" delegate reports as still open. */
    private final AtomicInteger openAtClose = new AtomicInteger();
    private final AtomicInteger notified = new AtomicInteger();
    private final RecordingEscalation escalation = new RecordingEscalation();


    @BeforeEach
    void registerStandIns() {
        init(engine.getProcessEngine());
        Mocks.register("workingDays", new FixedWorkingDays());
        Mocks.register(PublicityProcess.BEAN_TASK_ESCALATION, escalation);
        Mocks.register("publishNoticeDelegate", (JavaDelegate) ex -> {
            ex.setVariable(PublicityProcess.VAR_NOTICE_ID, 1L);
            ex.setVariable(PublicityProcess.VAR_PERIOD_END, "2026-12-04T23:59:59+08:00");
            ex.setVariable(PublicityProcess.VAR_OPEN_OBJECTIONS, 0);
            ex.setVariable(PublicityProcess.VAR_OBJECTION_DAYS, 3);
        });
        Mocks.register("closePublicityPeriodDelegate",
                (JavaDelegate) ex -> ex.setVariable(PublicityProcess.VAR_OPEN_OBJECTIONS, openAtClose.get()));
        Mocks.register("determinePublicityOutcomesDelegate",
                (JavaDelegate) ex -> ex.setVariable(PublicityProcess.VAR_OUTCOMES, "{}"));
        Mocks.register("publicityInvestigationConcludedDelegate", (JavaDelegate) ex -> notified.incrementAndGet());
    }

    @AfterEach
    void clear() {
        Mocks.reset();
        reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PublicityProcess.PROCESS_ID, "N-1",
                Map.of(PublicityProcess.VAR_UNIT_CODE, "220103", PublicityProcess.VAR_TITLE, "公示"));
    }

    private void objection(ProcessInstance instance, long id) {
        runtimeService().createMessageCorrelation(PublicityProcess.MSG_OBJECTION_RECEIVED)
                .processInstanceId(instance.getId())
                .setVariable(PublicityProcess.VAR_RECEIVED_OBJECTION_ID, id)
                .correlate();
    }

    @Test
    void withoutOpenObjectionsTheOutcomesFollowThePeriodEnd() {
        ProcessInstance instance = start();
        assertThat(instance).hasPassed(PublicityProcess.TASK_PUBLISH).isWaitingAt(PublicityProcess.TIMER_PERIOD_END);
        execute(job());
        assertThat(instance).isEnded().hasPassed(PublicityProcess.TASK_DETERMINE_OUTCOMES)
                .hasNotPassed(PublicityProcess.EVENT_OBJECTIONS_SETTLED);
    }

    /** The id of the task's Camunda Form (camunda:formRef). */
    private static String formRef(org.camunda.bpm.engine.task.Task t) {
        return taskQuery().taskId(t.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
    }

    @Test
    void eachObjectionIsATaskOfTheOwningUnitAndTheProcessWaitsForTheLastAnswer() {
        ProcessInstance instance = start();
        objection(instance, 11L);
        objection(instance, 12L);
        assertThat(instance).isWaitingAt(PublicityProcess.TIMER_PERIOD_END, PublicityProcess.TASK_HANDLE_OBJECTION);
        var tasks = taskQuery().processInstanceId(instance.getId()).list();
        org.assertj.core.api.Assertions.assertThat(tasks).hasSize(2).allSatisfy(t -> {
            assertThat(t).hasCandidateGroup("REVIEWER@220103");
            org.assertj.core.api.Assertions.assertThat(formRef(t)).isEqualTo(PublicityProcess.FORM_HANDLE_OBJECTION);
        });
        org.assertj.core.api.Assertions.assertThat(tasks.stream()
                .map(t -> engine.getProcessEngine().getTaskService().getVariable(t.getId(), PublicityProcess.VAR_OBJECTION_ID)))
                .as("each task keeps its own objection").containsExactlyInAnyOrder(11L, 12L);

        complete(tasks.get(0), withVariables(PublicityProcess.VAR_OPEN_OBJECTIONS, 1));
        openAtClose.set(1);
        execute(job(PublicityProcess.TIMER_PERIOD_END, instance));
        assertThat(instance).isWaitingAt(PublicityProcess.EVENT_OBJECTIONS_SETTLED);

        complete(task(instance), withVariables(PublicityProcess.VAR_OPEN_OBJECTIONS, 0));
        assertThat(instance).isEnded().hasPassed(PublicityProcess.EVENT_OBJECTIONS_SETTLED,
                PublicityProcess.END_OBJECTION, PublicityProcess.TASK_DETERMINE_OUTCOMES, PublicityProcess.END);
    }

    @Test
    void investigationOfASuspendedEntryEndsByNotifyingTheCallers() {
        ProcessInstance investigation = runtimeService().startProcessInstanceByKey(PublicityProcess.INVESTIGATION_PROCESS_ID,
                Map.of(PublicityProcess.VAR_UNIT_CODE, "220103", PublicityProcess.VAR_OBJECTION_ID, 5L,
                        PublicityProcess.VAR_INVESTIGATION_DAYS, 15));
        assertThat(investigation).isWaitingAt(PublicityProcess.TASK_CONCLUDE_INVESTIGATION);
        assertThat(task(investigation)).hasCandidateGroup("REVIEWER@220103");
        org.assertj.core.api.Assertions.assertThat(formRef(task(investigation)))
                .isEqualTo(PublicityProcess.FORM_CONCLUDE_INVESTIGATION);
        complete(task(investigation));
        assertThat(investigation).isEnded().hasPassed(PublicityProcess.TASK_NOTIFY_CONCLUDED, PublicityProcess.END_INVESTIGATION);
        org.assertj.core.api.Assertions.assertThat(notified.get()).isEqualTo(1);
    }

    @Test
    void overdueObjectionAndInvestigationTasksAreEscalatedByTheirTimerAndStayOpen() {
        ProcessInstance instance = start();
        objection(instance, 13L);
        var timer = job(PublicityProcess.TASK_HANDLE_OBJECTION, instance);
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).as("the escalation timer is the task's due date")
                .isEqualTo(task(instance).getDueDate());
        execute(timer);
        assertThat(instance).isWaitingAt(PublicityProcess.TASK_HANDLE_OBJECTION);

        ProcessInstance investigation = runtimeService().startProcessInstanceByKey(PublicityProcess.INVESTIGATION_PROCESS_ID,
                Map.of(PublicityProcess.VAR_UNIT_CODE, "220103", PublicityProcess.VAR_OBJECTION_ID, 5L,
                        PublicityProcess.VAR_INVESTIGATION_DAYS, 15));
        execute(job(PublicityProcess.TASK_CONCLUDE_INVESTIGATION, investigation));
        assertThat(investigation).isWaitingAt(PublicityProcess.TASK_CONCLUDE_INVESTIGATION);
        org.assertj.core.api.Assertions.assertThat(escalation.escalated)
                .containsExactly(PublicityProcess.TASK_HANDLE_OBJECTION, PublicityProcess.TASK_CONCLUDE_INVESTIGATION);
    }
}
