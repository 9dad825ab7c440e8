package cn.jiceng.review.service;

import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * A user task as the engine's task listener sees it, in plain values: what the projection needs
 * to write its row (review.process.TaskProjectionPlugin builds it from the engine's task).
 */
public record TaskSnapshot(String taskId, String processInstanceId, String processKey, String stepKey, String name,
                           String formKey, String businessKey, Date created, Date due, String assignee, String owner,
                           List<String> candidateGroups, String parentTaskId, Function<String, Object> variables) {

    public StepRef step() {
        return new StepRef(processKey, stepKey, formKey);
    }
}
