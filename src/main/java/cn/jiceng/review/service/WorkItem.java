package cn.jiceng.review.service;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of a queue, read from the projection: no engine type leaks into the UI. */
public record WorkItem(String taskId, String processInstanceId, String processKey, String stepKey, String name,
                       String formKey, String caseTitle, String unitCode, String unitName, String subject, String detail,
                       BigDecimal score, Instant created, Instant due, String assignee, String owner, String status,
                       Instant ended, String endedBy, String outcome, String parentTaskId) {

    public StepRef step() {
        return new StepRef(processKey, stepKey, formKey);
    }

    public boolean open() {
        return TaskProjectionService.OPEN.equals(status);
    }

    public boolean overdueAt(Instant now) {
        return open() && due != null && due.isBefore(now);
    }
}
