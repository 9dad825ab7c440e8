package cn.jiceng.review.service;

import java.util.Date;

/**
 * A task as a task list shows it: no engine types leak into the UI. {@code formKey} is the task's
 * form key, or the id of its Camunda Form.
 */
public record TaskSummary(String id, String name, String title, String unitCode, String unitName, String assignee,
                          Date created, Date due, String formKey) {
}
