package cn.jiceng.review.service;

import org.springframework.security.access.AccessDeniedException;

/**
 * The task exists but is no longer in the user's queue: another reviewer claimed or completed it
 * (a moment ago, or while the user's list was open). Its message is the message key
 * {@code workbench.error.taken}; as an {@link AccessDeniedException} every caller that refuses a
 * task outside the queue refuses this one too.
 */
public class TaskTakenException extends AccessDeniedException {

    public static final String MESSAGE_KEY = "workbench.error.taken";

    private final String taskId;

    public TaskTakenException(String taskId) {
        super(MESSAGE_KEY);
        this.taskId = taskId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getMessageKey() {
        return MESSAGE_KEY;
    }
}
