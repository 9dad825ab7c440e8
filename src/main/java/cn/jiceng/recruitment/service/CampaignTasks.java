package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The tasks of the campaign process (HR's and the province's steps): the queue check, the check that
 * the task is the step the caller handles, and the campaign it is about — in one place for the
 * recruitment and the selection service.
 */
@Component
class CampaignTasks {

    /** A task of the caller's queue and the campaign it belongs to. */
    record CampaignTask(Task task, long campaignId) {
        String step() {
            return task.getTaskDefinitionKey();
        }
    }

    private final ReviewTaskService tasks;
    private final CampaignRepository campaigns;

    CampaignTasks(ReviewTaskService tasks, CampaignRepository campaigns) {
        this.tasks = tasks;
        this.campaigns = campaigns;
    }

    /** The task, if it waits in the user's queue and belongs to a campaign (else a clear refusal). */
    CampaignTask check(AppUser user, String taskId) {
        QueuedTask queued = tasks.checkQueue(user, taskId, RecruitmentProcess.VAR_CAMPAIGN_ID);
        Object id = queued.variable(RecruitmentProcess.VAR_CAMPAIGN_ID);
        if (id == null) {
            throw new RecruitmentInputException("task", "recruitment.error.notACampaignTask");
        }
        return new CampaignTask(queued.task(), ((Number) id).longValue());
    }

    /** As {@link #check(AppUser, String)}, and the task must be this step of the campaign process. */
    CampaignTask check(AppUser user, String taskId, String step) {
        CampaignTask task = check(user, taskId);
        if (!step.equals(task.step())) {
            throw new RecruitmentInputException("task", "recruitment.error.wrongTask");
        }
        return task;
    }

    Campaign campaign(CampaignTask task) {
        return campaigns.findById(task.campaignId()).orElseThrow();
    }

    /** Completes a task checked by {@link #check} in this transaction, without checking the queue again. */
    void complete(AppUser user, CampaignTask task, Map<String, Object> variables) {
        tasks.complete(user, task.task(), variables);
    }

    /** As {@link #complete(AppUser, CampaignTask, Map)}, with the user's opinion in the case's trail. */
    void complete(AppUser user, CampaignTask task, Map<String, Object> variables, String opinion) {
        tasks.complete(user, task.task(), variables, opinion);
    }
}
