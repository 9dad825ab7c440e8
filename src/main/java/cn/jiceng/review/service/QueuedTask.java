package cn.jiceng.review.service;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * A task that waits in the user's queue (checked by {@link ReviewTaskService#checkQueue}), with the
 * process variables the caller asked for, read by the same check.
 */
public record QueuedTask(Task task, Map<String, Object> variables) {

    /** The variable's value, or null if the process instance has no such variable. */
    public Object variable(String name) {
        return variables.get(name);
    }
}
