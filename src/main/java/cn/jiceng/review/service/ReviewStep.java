package cn.jiceng.review.service;

import cn.jiceng.security.domain.AppUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a feature plugs its steps into the workbench, on the service side: a Spring bean per feature
 * (or per process). The workbench knows no feature; it asks the beans that {@link #handles} a step.
 * The view side is {@code review.ui.StepView}.
 */
public interface ReviewStep {

    /** Whether this bean describes tasks of that step. */
    boolean handles(StepRef step);

    /**
     * The business fields of a new task for the list (subject, detail, score). Called once, when
     * the engine creates the task, inside the engine's transaction; keep it to one query.
     */
    default TaskFields fields(StepContext context) {
        return TaskFields.NONE;
    }

    /** The operations this step allows besides its own form. */
    default Set<TaskOperation> operations(StepRef step) {
        return TaskOperation.standard();
    }

    /** The earlier steps (element ids of the same process) this step may be returned to, nearest first. */
    default List<String> returnTargets(StepRef step) {
        return List.of();
    }

    /** Whether tasks of this step may be decided in bulk (one outcome and opinion for a selection). */
    default boolean bulkDecidable(StepRef step) {
        return false;
    }

    /**
     * The process variables {@link #decide} needs, read by the workbench in the same query as its
     * queue and region check and handed over in the {@link QueuedTask} (e.g. the id of the case's
     * row in the feature's own table).
     */
    default List<String> checkedVariables(StepRef step) {
        return List.of();
    }

    /**
     * A submission of the step's Camunda Form ({@code camunda:formRef}), its values already checked
     * against the form by the workbench; the feature applies its own rules and completes the task.
     * @return false when the feature leaves it to the workbench, which completes the task with the
     *     values as process variables (as Camunda Tasklist would)
     */
    default boolean submitForm(AppUser user, QueuedTask task, Map<String, Object> values) {
        return false;
    }

    /**
     * What the text templates of the step's Camunda Form may show besides the task's own variables
     * ({@code {{ name }}} and FEEL in a {@code text} component, see {@link FormTemplate}): display
     * values the engine does not hold, such as a department's name in the UI's language or the
     * opinions given so far. They override task variables of the same name. Called when the user
     * opens the form of a task the workbench has just checked in the user's queue.
     */
    default Map<String, Object> formVariables(AppUser user, QueuedTask task, Locale locale) {
        return Map.of();
    }

    /**
     * Decides one task of a bulk decision: the task has been checked in the user's queue and
     * region (with {@link #checkedVariables}), so the feature does not check it again; the
     * workbench runs each call in its own transaction.
     * @throws IllegalArgumentException with a message key when this task cannot take that outcome
     */
    default void decide(AppUser user, QueuedTask task, boolean approve, String opinion) {
        throw new UnsupportedOperationException("step " + task.task().getTaskDefinitionKey() + " is not bulk decidable");
    }
}
