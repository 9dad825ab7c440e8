package cn.jiceng.review.service;

import java.util.function.Function;

/** What a feature may read about a task when the workbench asks it for the task's list fields. */
public record StepContext(StepRef step, String taskId, String processInstanceId, String businessKey,
                          Function<String, Object> variables) {

    /** A variable as the task sees it, or null. */
    public Object variable(String name) {
        return variables.apply(name);
    }
}
