package cn.jiceng.review.service;

import cn.jiceng.review.process.SampleReviewProcess;
import cn.jiceng.security.domain.AppUser;
import org.springframework.stereotype.Component;

/** The sample review's step: the simplest plug-in; it may be decided in bulk. */
@Component
public class SampleReviewStep implements ReviewStep {

    private final ReviewTaskService tasks;

    public SampleReviewStep(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(StepRef step) {
        return SampleReviewProcess.PROCESS_ID.equals(step.processKey());
    }

    @Override
    public boolean bulkDecidable(StepRef step) {
        return SampleReviewProcess.TASK_REVIEW.equals(step.stepKey());
    }

    @Override
    public void decide(AppUser user, QueuedTask task, boolean approve, String opinion) {
        tasks.decide(user, task.task().getId(), approve, opinion);
    }
}
