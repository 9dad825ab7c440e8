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

    /** The sample review's form: approved ("true"/"false") and the opinion, with the review's own rules. */
    @Override
    public boolean submitForm(AppUser user, QueuedTask task, java.util.Map<String, Object> values) {
        Object opinion = values.get(SampleReviewProcess.VAR_OPINION);
        tasks.decide(user, task.task().getId(), "true".equals(values.get(SampleReviewProcess.VAR_APPROVED)),
                opinion == null ? null : opinion.toString());
        return true;
    }

    @Override
    public void decide(AppUser user, QueuedTask task, boolean approve, String opinion) {
        tasks.decide(user, task.task(), approve, opinion);
    }
}
