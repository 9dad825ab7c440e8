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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the campaign's first phase on a plain engine; registration timers on the engine clock. */
@Deployment(resources = "processes/recruitment-campaign.bpmn")
class CampaignPathTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    public static class Steps {
        public final List<String> ran = new ArrayList<>();

        public void published(DelegateExecution e) {
            ran.add("published");
        }

        public void registrationOpened(DelegateExecution e) {
            ran.add("opened");
        }

        public void registrationClosed(DelegateExecution e) {
            ran.add("closed");
        }
    }


    private final Steps steps = new Steps();

    @BeforeEach
    void standIns() {
        init(engine.getProcessEngine());
        Mocks.register("campaignSteps", steps);
        Mocks.register("workingDays", new FixedWorkingDays());
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

    @Test
    void approvedPlanIsPublishedAndRegistrationOpensAndClosesOnItsDates() {
        ProcessInstance instance = start();
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_FILE_PLAN).hasCandidateGroup("HR@220100");
        complete(task(instance));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_JOINT_REVIEW).hasCandidateGroup("REVIEWER@220000");
        complete(task(instance), withVariables(RecruitmentProcess.VAR_DECISION, RecruitmentProcess.DECISION_APPROVE));
        assertThat(instance).hasPassed(RecruitmentProcess.TASK_PUBLISH_ANNOUNCEMENT)
                .isWaitingAt(RecruitmentProcess.TIMER_REGISTRATION_START);
        org.assertj.core.api.Assertions.assertThat(job().getDuedate())
                .isEqualTo(Date.from(java.time.Instant.parse("2026-12-01T00:00:00Z")));
        execute(job());
        assertThat(instance).isWaitingAt(RecruitmentProcess.TIMER_REGISTRATION_END);
        execute(job());
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_RATIO_DECISION).hasCandidateGroup("HR@220100");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed(RecruitmentProcess.END_QUALIFICATION_PHASE);
        org.assertj.core.api.Assertions.assertThat(steps.ran).containsExactly("published", "opened", "closed");
    }

    @Test
    void returnedPlanGoesBackToTheCityAndIsFiledAgain() {
        ProcessInstance instance = start();
        complete(task(instance));
        complete(task(instance), withVariables(RecruitmentProcess.VAR_DECISION, RecruitmentProcess.DECISION_RETURN));
        assertThat(task(instance)).hasDefinitionKey(RecruitmentProcess.TASK_FILE_PLAN);
        assertThat(instance).hasNotPassed(RecruitmentProcess.TASK_PUBLISH_ANNOUNCEMENT);
    }
}
