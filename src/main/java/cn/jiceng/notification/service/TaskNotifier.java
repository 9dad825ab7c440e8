package cn.jiceng.notification.service;

import cn.jiceng.review.service.Notification;
import cn.jiceng.review.service.NotificationService;
import cn.jiceng.security.service.GroupMembers;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the users concerned that a task waits for them (bell, kind {@link Notification#NEW_TASK}):
 * the assignee if the task has one, otherwise its candidate users and the members of its unit and
 * department candidate groups (role-wide groups are not resolved, see {@link GroupMembers}).
 * <p>
 * Bulk steps (the qualification review receives thousands of applications per minute during
 * registration) must not flood the bell: a user gets at most one new-task notification per step
 * (process and step key) per {@link #THROTTLE_SECONDS}, as long as the earlier one is unread. The
 * queues and the home page's counts show every task anyway. Called in the engine's transaction.
 */
@Service
@Transactional
public class TaskNotifier {

    static final long THROTTLE_SECONDS = 3600;

    private final GroupMembers members;
    private final NotificationService notifications;
    private final NamedParameterJdbcTemplate jdbc;

    public TaskNotifier(GroupMembers members, NotificationService notifications, NamedParameterJdbcTemplate jdbc) {
        this.members = members;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /** Notifies the users of a new task; returns whom. */
    public List<String> created(NewTask task) {
        Set<String> users = new LinkedHashSet<>();
        if (task.assignee() != null) {
            users.add(task.assignee());
        } else {
            users.addAll(task.candidateUsers());
            users.addAll(members.usernames(task.candidateGroups()));
        }
        users.remove(task.actor());
        if (users.isEmpty()) {
            return List.of();
        }
        users.removeAll(recentlyTold(users, task.processKey(), task.stepKey()));
        List<String> told = new ArrayList<>(users);
        notifications.notifyAll(told, Notification.NEW_TASK, message(task), task.taskId());
        return told;
    }

    /** Those of the users who have an unread new-task notification of the same step from the last hour. */
    private Set<String> recentlyTold(Set<String> users, String processKey, String stepKey) {
        Timestamp since = new Timestamp(ClockUtil.getCurrentTime().getTime() - THROTTLE_SECONDS * 1000);
        return new HashSet<>(jdbc.queryForList("select distinct n.username from wb_notification n"
                        + " join wb_task t on t.task_id = n.task_id"
                        + " where n.username in (:users) and n.read_at is null and n.kind = :kind and n.created_at > :since"
                        + " and t.process_key = :process and t.step_key = :step",
                new MapSqlParameterSource().addValue("users", users).addValue("kind", Notification.NEW_TASK)
                        .addValue("since", since).addValue("process", processKey).addValue("step", stepKey),
                String.class));
    }

    private static String message(NewTask task) {
        String name = Objects.toString(task.name(), task.stepKey());
        return task.caseTitle() == null || task.caseTitle().isBlank() ? "新待办：" + name
                : "新待办：" + name + "（" + task.caseTitle() + "）";
    }
}
