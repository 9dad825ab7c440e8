package cn.jiceng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.operations.service.IncidentRow;
import cn.jiceng.operations.service.OperationsService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A failing job (an asynchronous service task of a test-only process whose delegate fails): three
 * attempts five minutes apart (the global {@code failed-job-retry-time-cycle} R3/PT5M), then an
 * incident that an administrator sees through {@link OperationsService} (the /incidents page), and a
 * retry from there completes the job and the process.
 */
@JicengSpringBootTest
class FailingJobIncidentTest {

    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    OperationsService operations;
    @Autowired
    UserService users;

    @BeforeEach
    void deployTheFlakyProcess() {
        repositoryService.createDeployment().name("flaky-service-task (test)").enableDuplicateFiltering(true)
                .addClasspathResource("processes-test/flaky-service-task.bpmn").deploy();
        FlakyDelegate.CALLS.set(0);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        FlakyDelegate.FAILURES_LEFT.set(0);
    }

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private Job jobOf(String instanceId) {
        return managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    }

    /** Runs the job as the job executor would, at its due date: a failure is the engine's to record. */
    private void runWhenDue(Job job) {
        Instant due = job.getDuedate() == null ? ClockUtil.getCurrentTime().toInstant() : job.getDuedate().toInstant();
        ClockUtil.setCurrentTime(Date.from(due.isBefore(ClockUtil.getCurrentTime().toInstant())
                ? ClockUtil.getCurrentTime().toInstant() : due));
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the delegate's failure; the engine has decremented the retries
        }
    }

    @Test
    void aFailingServiceTaskIsRetriedThreeTimesFiveMinutesApartThenRaisesAnIncidentThatAnAdminRetriesToCompletion() {
        ClockUtil.setCurrentTime(Date.from(T0));
        FlakyDelegate.FAILURES_LEFT.set(100);
        String instance = runtimeService.startProcessInstanceByKey("flakyServiceTask", "FLAKY-1").getId();

        runWhenDue(jobOf(instance));
        Job afterFirst = jobOf(instance);
        assertThat(afterFirst.getRetries()).isEqualTo(2);
        assertThat(afterFirst.getExceptionMessage()).contains("did not answer");
        assertThat(Duration.between(T0, afterFirst.getDuedate().toInstant())).isEqualTo(Duration.ofMinutes(5));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();

        runWhenDue(afterFirst);
        Job afterSecond = jobOf(instance);
        assertThat(afterSecond.getRetries()).isEqualTo(1);
        assertThat(Duration.between(afterFirst.getDuedate().toInstant(), afterSecond.getDuedate().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));

        runWhenDue(afterSecond);
        assertThat(jobOf(instance).getRetries()).isZero();
        assertThat(FlakyDelegate.CALLS.get()).isEqualTo(3);
        // no job is due any more: the job executor leaves it alone
        assertThat(managementService.createJobQuery().processInstanceId(instance).executable().count()).isZero();

        // the administrator sees it, a reviewer may not
        assertThatThrownBy(() -> operations.incidents(user("kc.reviewer"))).isInstanceOf(AccessDeniedException.class);
        List<IncidentRow> incidents = operations.incidents(user("admin")).stream()
                .filter(i -> "FLAKY-1".equals(i.businessKey())).toList();
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.process()).isEqualTo("flakyServiceTask");
            assertThat(i.activityId()).isEqualTo("Task_CallFlaky");
            assertThat(i.jobId()).isEqualTo(afterSecond.getId());
            assertThat(i.message()).contains("did not answer");
        });
        String incidentId = incidents.get(0).incidentId();

        // still broken: the retry from the page fails, the incident stays
        FlakyDelegate.FAILURES_LEFT.set(1);
        assertThat(operations.retry(user("admin"), incidentId)).isEqualTo(OperationsService.RetryOutcome.FAILED_AGAIN);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);

        // the cause is fixed: the retry completes the job and the process ends
        String again = operations.incidents(user("admin")).stream().filter(i -> "FLAKY-1".equals(i.businessKey()))
                .findFirst().orElseThrow().incidentId();
        assertThatThrownBy(() -> operations.retry(user("kc.reviewer"), again)).isInstanceOf(AccessDeniedException.class);
        assertThat(operations.retry(user("admin"), again)).isEqualTo(OperationsService.RetryOutcome.COMPLETED);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("flakyDone")
                .singleResult().getValue()).isEqualTo(true);
        assertThat(FlakyDelegate.CALLS.get()).isEqualTo(5);
        assertThat(operations.incidents(user("admin"))).noneMatch(i -> "FLAKY-1".equals(i.businessKey()));
        assertThatThrownBy(() -> operations.retry(user("admin"), again)).hasMessage("operations.error.noIncident");
    }
}
