package cn.jiceng.demo;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Demo only (never in the prod profile): lets the demo skip waiting periods — registration windows,
 * the switching window, re-examination deadlines, publicity periods — by making a waiting timer due
 * now, so a whole campaign can be walked through in one sitting. The job executor then fires it.
 */
@Service
@Profile("!prod")
public class DemoTimers {

    /**
     * A waiting timer: which process (its definition key, e.g. {@code publicity}, and its name) and
     * business key, where it waits (the element id), and when it is due. The UI names the step with
     * the bundle key {@code bpmn.<processKey>.<activityId>}.
     */
    public record WaitingTimer(String jobId, String processKey, String process, String businessKey, String activityId, Date due) {
    }

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    public DemoTimers(ManagementService management, RuntimeService runtime, RepositoryService repository) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** The waiting periods; the escalation timers of overdue steps (timeout task listeners) are not waits and not listed. */
    public List<WaitingTimer> waiting() {
        return management.createJobQuery().timers().orderByJobDuedate().asc().list().stream()
                .filter(j -> j.getProcessInstanceId() != null).filter(j -> !escalation(j)).map(this::describe).toList();
    }

    private boolean escalation(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null ? null
                : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition != null && TimerTaskListenerJobHandler.TYPE.equals(definition.getJobType());
    }

    private WaitingTimer describe(Job job) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
        var definition = repository.getProcessDefinition(job.getProcessDefinitionId());
        String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
        return new WaitingTimer(job.getId(), definition.getKey(), definition.getName(), instance == null ? "" : instance.getBusinessKey(), activity,
                job.getDuedate());
    }

    /** Makes the timer due now; the job executor fires it within seconds. */
    public void dueNow(String jobId) {
        management.setJobDuedate(jobId, ClockUtil.getCurrentTime());
    }

    /** Fires the due timers of a process instance and of its sub-processes at once (seeding, before the job executor runs). */
    public void fireDue(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list()) {
            management.executeJob(job.getId());
        }
    }

    /**
     * Fires the waiting timers at an activity of a process definition now, whatever their due date
     * (seeding only: e.g. the end of a creation period, so that the demo's program reaches its
     * inspection without waiting months). Returns how many fired.
     */
    public int fireNow(String processDefinitionKey, String activityId) {
        int n = 0;
        for (Job job : management.createJobQuery().processDefinitionKey(processDefinitionKey).activityId(activityId).timers().list()) {
            management.executeJob(job.getId());
            n++;
        }
        return n;
    }

    /**
     * Fires the waiting timers at an activity of a process definition now in the instances whose
     * business key starts with the prefix (seeding only: one program's units, not another's). Returns
     * how many fired.
     */
    public int fireNow(String processDefinitionKey, String activityId, String businessKeyPrefix) {
        int n = 0;
        for (Job job : management.createJobQuery().processDefinitionKey(processDefinitionKey).activityId(activityId).timers().list()) {
            var instance = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
            if (instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(businessKeyPrefix)) {
                management.executeJob(job.getId());
                n++;
            }
        }
        return n;
    }
}
