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
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the generic program process on a plain engine: county plans by the deadline (or the
 * deadline passing), each county's nomination and the office's review (approved, or returned and
 * resubmitted), the creation period's timer, the proposed list with its publicity (a stand-in
 * sub-process), the leading group's decision and the announcement; a program without plans and
 * without proposals; escalation of an overdue step.
 */
@Deployment(resources = {"processes/demonstration-program.bpmn", "processes-test/publicity-stub.bpmn"})
class ProgramPathTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    /** Records the service steps run; the counties are fixed. */
    public static class Steps {
        public final List<String> ran = new ArrayList<>();

        public List<String> counties(DelegateExecution e) {
            return List.of("220102", "220103");
        }

        public void mobilise(DelegateExecution e) {
            ran.add("mobilise");
        }

        public void recordMissingPlans(DelegateExecution e) {
            ran.add("missingPlans");
        }

        public void openNomination(DelegateExecution e) {
            ran.add("nominate");
        }

        public void acceptList(DelegateExecution e) {
            ran.add("accept:" + e.getVariable(VAR_COUNTY_CODE));
        }

        public void openCreation(DelegateExecution e) {
            ran.add("create");
        }

        public void openInspection(DelegateExecution e) {
            ran.add("inspect");
        }

        public void recordPublicity(DelegateExecution e) {
            ran.add("publicity:" + e.getVariable("publicityOutcomes"));
        }

        public void announce(DelegateExecution e) {
            ran.add("announce");
        }
    }

    private final Steps steps = new Steps();
    private final RecordingEscalation escalation = new RecordingEscalation();

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register(BEAN_PROGRAM_STEPS, steps);
        Mocks.register("workingDays", new FixedWorkingDays());
        Mocks.register(BEAN_TASK_ESCALATION, escalation);
    }

    @AfterEach
    void clear() {
        Mocks.reset();
        reset();
    }

    private ProcessInstance start(boolean plans) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_PROGRAM_ID, 7L);
        vars.put(VAR_TITLE, "长春市2026年幸福小区创建");
        vars.put(VAR_OFFICE_UNIT_CODE, "220100");
        vars.put(VAR_STEP_COUNTY_PLANS, plans);
        vars.put(VAR_PLAN_DEADLINE, "2026-06-01T17:00:00+08:00");
        vars.put(VAR_CREATION_END, "2026-11-30T17:00:00+08:00");
        vars.put("publicityWorkingDays", 5);
        for (String d : List.of(DAYS_PLAN, DAYS_NOMINATION, DAYS_OFFICE_REVIEW, DAYS_PROPOSAL, DAYS_DECISION)) {
            vars.put(d, 5);
        }
        return runtimeService().startProcessInstanceByKey(PROGRAM_PROCESS_ID, "220100-2026-1", vars);
    }

    private List<Task> tasks(ProcessInstance instance, String step) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).orderByTaskId().asc().list();
    }

    private Task countyTask(ProcessInstance instance, String step, String county) {
        return tasks(instance, step).stream().filter(t -> county.equals(taskService().getVariable(t.getId(), VAR_COUNTY_CODE)))
                .findFirst().orElseThrow();
    }

    /** Both counties nominate; the office approves 220102 at once and returns 220103 once. */
    private void nominateAndReview(ProcessInstance instance) {
        assertThat(tasks(instance, TASK_NOMINATE)).hasSize(2);
        Task nominate = countyTask(instance, TASK_NOMINATE, "220103");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(nominate).hasCandidateGroup("REVIEWER@220103");
        // each county's steps carry the county as their unit (region scoping of the task list)
        assertThat(taskService().getVariable(nominate.getId(), VAR_UNIT_CODE)).isEqualTo("220103");
        tasks(instance, TASK_NOMINATE).forEach(t -> complete(t));
        assertThat(tasks(instance, TASK_OFFICE_REVIEW)).hasSize(2);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(tasks(instance, TASK_OFFICE_REVIEW).get(0))
                .hasCandidateGroup("REVIEWER@220100");
        complete(countyTask(instance, TASK_OFFICE_REVIEW, "220102"), withVariables(VAR_LIST_APPROVED, true));
        complete(countyTask(instance, TASK_OFFICE_REVIEW, "220103"), withVariables(VAR_LIST_APPROVED, false));
        assertThat(steps.ran).contains("accept:220102").doesNotContain("accept:220103");
        complete(countyTask(instance, TASK_NOMINATE, "220103"));
        complete(countyTask(instance, TASK_OFFICE_REVIEW, "220103"), withVariables(VAR_LIST_APPROVED, true));
        assertThat(steps.ran).contains("accept:220103");
    }

    @Test
    void plansNominationsWithAReturnedListCreationPublicityDecisionAndAnnouncement() {
        ProcessInstance instance = start(true);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_SUBMIT_PLAN);
        assertThat(tasks(instance, TASK_SUBMIT_PLAN)).hasSize(2);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(countyTask(instance, TASK_SUBMIT_PLAN, "220102"))
                .hasCandidateGroup("REVIEWER@220102").hasDueDate(java.util.Date.from(java.time.OffsetDateTime
                        .parse(FixedWorkingDays.DEADLINE).toInstant()));
        tasks(instance, TASK_SUBMIT_PLAN).forEach(t -> complete(t));
        nominateAndReview(instance);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).hasPassed(TASK_OPEN_CREATION)
                .isWaitingAt(TIMER_CREATION_END);
        execute(job(TIMER_CREATION_END, instance));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(instance))
                .hasDefinitionKey(TASK_PROPOSE_LIST).hasCandidateGroup("REVIEWER@220100");
        complete(task(instance), withVariables(VAR_ANY_PROPOSED, true, VAR_PUBLICITY_TITLE, "拟命名名单公示",
                "publicityEntries", "[]"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isWaitingAt(CALL_PUBLICITY);
        ProcessInstance publicity = calledProcessInstance(instance);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(publicity).hasVariables("title", "unitCode");
        assertThat(runtimeService().getVariable(publicity.getId(), "unitCode")).isEqualTo("220100");
        complete(task(publicity), withVariables("publicityNoticeId", 5L, "publicityOutcomes", "{\"1\":\"NO_OBJECTION\"}"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(instance))
                .hasDefinitionKey(TASK_LEADING_GROUP_DECISION).hasCandidateGroup("LEADER@220100");
        complete(task(instance));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isEnded()
                .hasPassed(TASK_RECORD_PUBLICITY, TASK_ANNOUNCE, END_PROGRAM_ANNOUNCED);
        assertThat(steps.ran).containsSubsequence("mobilise", "nominate", "create", "inspect",
                "publicity:{\"1\":\"NO_OBJECTION\"}", "announce").doesNotContain("missingPlans");
    }

    @Test
    void thePlanDeadlineEndsTheMobilisationAndRecordsTheMissingPlans() {
        ProcessInstance instance = start(true);
        complete(countyTask(instance, TASK_SUBMIT_PLAN, "220102"));
        execute(job(TIMER_PLAN_DEADLINE, instance));
        assertThat(steps.ran).contains("missingPlans");
        assertThat(tasks(instance, TASK_SUBMIT_PLAN)).isEmpty();
        assertThat(tasks(instance, TASK_NOMINATE)).hasSize(2);
    }

    @Test
    void withoutCountyPlansOrProposedUnitsTheProgramSkipsMobilisationTasksAndPublicity() {
        ProcessInstance instance = start(false);
        assertThat(tasks(instance, TASK_SUBMIT_PLAN)).isEmpty();
        nominateAndReview(instance);
        execute(job(TIMER_CREATION_END, instance));
        complete(task(instance), withVariables(VAR_ANY_PROPOSED, false));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isEnded()
                .hasNotPassed(CALL_PUBLICITY, TASK_LEADING_GROUP_DECISION).hasPassed(TASK_ANNOUNCE);
    }

    @Test
    void anOverdueReviewStepIsEscalatedAndStaysWhereItIs() {
        ProcessInstance instance = start(false);
        Task nominate = countyTask(instance, TASK_NOMINATE, "220102");
        execute(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery().processInstanceId(instance.getId())
                .activityId(TASK_NOMINATE).list().get(0));
        assertThat(escalation.escalated).containsExactly(TASK_NOMINATE);
        assertThat(tasks(instance, TASK_NOMINATE)).hasSize(2).extracting(Task::getId).contains(nominate.getId());
    }
}
