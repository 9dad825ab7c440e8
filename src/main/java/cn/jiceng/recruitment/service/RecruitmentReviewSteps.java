package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewStep;
import cn.jiceng.review.service.StepContext;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.TaskFields;
import cn.jiceng.review.service.TaskOperation;
import cn.jiceng.security.domain.AppUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Recruitment's steps in the workbench: the applicant and the post of a qualification review, the
 * department of a joint review; qualification reviews may be decided in bulk and the city re-check
 * may return a case to the county's preliminary review.
 */
@Component
public class RecruitmentReviewSteps implements ReviewStep {

    private final ApplicationRepository applications;
    private final RecruitmentService recruitment;

    public RecruitmentReviewSteps(ApplicationRepository applications, RecruitmentService recruitment) {
        this.applications = applications;
        this.recruitment = recruitment;
    }

    @Override
    public boolean handles(StepRef step) {
        return RecruitmentProcess.APPLICATION_PROCESS_ID.equals(step.processKey())
                || RecruitmentProcess.CAMPAIGN_PROCESS_ID.equals(step.processKey());
    }

    @Override
    public TaskFields fields(StepContext context) {
        if (RecruitmentProcess.APPLICATION_PROCESS_ID.equals(context.step().processKey())) {
            Object id = context.variable(RecruitmentProcess.VAR_APPLICATION_ID);
            Optional<Application> application = id == null ? Optional.empty()
                    : applications.findWithDetailsById(((Number) id).longValue());
            return application.map(a -> new TaskFields(a.getApplicant().getName(),
                    a.getPost().getPostCode() + " " + a.getPost().getPostName(), null)).orElse(TaskFields.NONE);
        }
        Object department = context.variable(RecruitmentProcess.VAR_DEPARTMENT);
        return department == null || !RecruitmentProcess.TASK_JOINT_REVIEW.equals(context.step().stepKey()) ? TaskFields.NONE
                : new TaskFields("", department.toString(), null);
    }

    @Override
    public Set<TaskOperation> operations(StepRef step) {
        Set<TaskOperation> operations = TaskOperation.standard();
        if (RecruitmentProcess.TASK_CITY_RECHECK.equals(step.stepKey())) {
            operations.add(TaskOperation.RETURN);
        }
        if (RecruitmentProcess.CAMPAIGN_PROCESS_ID.equals(step.processKey())) {
            // a campaign's steps are the city HR department's as a whole: no personal hand-over
            return EnumSet.of(TaskOperation.CLAIM, TaskOperation.UNCLAIM, TaskOperation.COPY, TaskOperation.REMIND);
        }
        return operations;
    }

    @Override
    public List<String> returnTargets(StepRef step) {
        return RecruitmentProcess.TASK_CITY_RECHECK.equals(step.stepKey())
                ? List.of(RecruitmentProcess.TASK_PRELIMINARY_REVIEW) : List.of();
    }

    @Override
    public boolean bulkDecidable(StepRef step) {
        return RecruitmentProcess.TASK_PRELIMINARY_REVIEW.equals(step.stepKey())
                || RecruitmentProcess.TASK_CITY_RECHECK.equals(step.stepKey());
    }

    /** The joint review's Camunda Form: the department's verdict, with recruitment's rules (an opinion to return). */
    @Override
    public boolean submitForm(AppUser user, QueuedTask task, Map<String, Object> values) {
        if (!RecruitmentProcess.TASK_JOINT_REVIEW.equals(task.task().getTaskDefinitionKey())) {
            return false;
        }
        Object decision = values.get("decision");
        Object opinion = values.get("opinion");
        recruitment.jointReview(user, task.task().getId(), decision == null ? null : decision.toString(),
                opinion == null ? null : opinion.toString());
        return true;
    }

    /** The joint review's form shows the department by name, the plan's size and the opinions so far. */
    @Override
    public Map<String, Object> formVariables(AppUser user, QueuedTask task, Locale locale) {
        return RecruitmentProcess.TASK_JOINT_REVIEW.equals(task.task().getTaskDefinitionKey())
                ? recruitment.jointReviewDisplay(task.task().getId(), locale) : Map.of();
    }

    @Override
    public List<String> checkedVariables(StepRef step) {
        return List.of(RecruitmentProcess.VAR_APPLICATION_ID);
    }

    @Override
    public void decide(AppUser user, QueuedTask task, boolean approve, String opinion) {
        recruitment.review(user, task,
                approve ? RecruitmentProcess.DECISION_APPROVE : RecruitmentProcess.DECISION_REJECT, opinion);
    }
}
