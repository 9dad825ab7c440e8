package cn.jiceng.review.service;

import java.time.Instant;

/** An in-app notification (bell): new task, reminder, copy, escalation, return. */
public record Notification(long id, String username, String kind, String message, String taskId, Instant created,
                           Instant read) {

    public static final String NEW_TASK = "NEW_TASK";
    public static final String REMINDER = "REMINDER";
    public static final String COPY = "COPY";
    public static final String ESCALATION = "ESCALATION";
    public static final String RETURNED = "RETURNED";
    public static final String DELEGATED = "DELEGATED";

    public boolean unread() {
        return read == null;
    }
}
