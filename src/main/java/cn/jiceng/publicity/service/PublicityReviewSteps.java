package cn.jiceng.publicity.service;

import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewStep;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.security.domain.AppUser;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publicity's steps in the workbench: answering an objection and concluding the investigation of
 * a suspended one are Camunda Forms (forms/objection-answer.form, forms/investigation-conclusion.form);
 * this bean shows them the objection and hands their answers to {@link PublicityService}, which
 * applies publicity's rules (which outcomes each step allows, the reply required).
 */
@Component
public class PublicityReviewSteps implements ReviewStep {

    private final PublicityService publicity;

    public PublicityReviewSteps(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public boolean handles(StepRef step) {
        return PublicityProcess.PROCESS_ID.equals(step.processKey())
                || PublicityProcess.INVESTIGATION_PROCESS_ID.equals(step.processKey());
    }

    @Override
    public Map<String, Object> formVariables(AppUser user, QueuedTask task, Locale locale) {
        return isObjectionStep(task) ? publicity.objectionDisplay(task.task().getId()) : Map.of();
    }

    @Override
    public boolean submitForm(AppUser user, QueuedTask task, Map<String, Object> values) {
        if (!isObjectionStep(task)) {
            return false;
        }
        PublicityOutcome outcome = outcome(values.get("outcome"));
        Object reply = values.get("reply");
        String text = reply == null ? null : reply.toString();
        if (PublicityProcess.TASK_CONCLUDE_INVESTIGATION.equals(task.task().getTaskDefinitionKey())) {
            publicity.concludeInvestigation(user, task.task().getId(), outcome, text);
        } else {
            publicity.answerObjection(user, task.task().getId(), outcome, text);
        }
        return true;
    }

    private static boolean isObjectionStep(QueuedTask task) {
        String step = task.task().getTaskDefinitionKey();
        return PublicityProcess.TASK_HANDLE_OBJECTION.equals(step) || PublicityProcess.TASK_CONCLUDE_INVESTIGATION.equals(step);
    }

    private static PublicityOutcome outcome(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return PublicityOutcome.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            return null; // refused by the service with its message
        }
    }
}
