package cn.jiceng.review.service;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, stored in {@code wb_notification} so that every node sees them. Messages
 * are stored as written (the workbench writes them in Chinese, the offices' language, with the
 * case title); they never carry personal data.
 */
@Service
@Transactional
public class NotificationService {

    private final NamedParameterJdbcTemplate jdbc;

    public NotificationService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void notify(String username, String kind, String message, String taskId) {
        jdbc.update("insert into wb_notification (username, kind, message, task_id, created_at) values (:u, :k, :m, :t, :at)",
                new MapSqlParameterSource().addValue("u", username).addValue("k", kind)
                        .addValue("m", message.length() > 1000 ? message.substring(0, 1000) : message)
                        .addValue("t", taskId).addValue("at", new Timestamp(ClockUtil.getCurrentTime().getTime())));
    }

    public void notifyAll(Collection<String> usernames, String kind, String message, String taskId) {
        usernames.stream().distinct().forEach(u -> notify(u, kind, message, taskId));
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        Long n = jdbc.queryForObject("select count(*) from wb_notification where username = :u and read_at is null",
                Map.of("u", username), Long.class);
        return n == null ? 0 : n;
    }

    /** The latest notifications of the user, unread first. */
    @Transactional(readOnly = true)
    public List<Notification> latest(String username, int limit) {
        return jdbc.query("select id, username, kind, message, task_id, created_at, read_at from wb_notification"
                        + " where username = :u order by case when read_at is null then 0 else 1 end, created_at desc, id desc"
                        + " limit " + Math.max(1, Math.min(limit, 200)),
                Map.of("u", username), (rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
    }

    /** Marks one of the user's notifications read (another user's id changes nothing). */
    public void markRead(String username, long id) {
        jdbc.update("update wb_notification set read_at = :at where id = :id and username = :u and read_at is null",
                Map.of("id", id, "u", username, "at", new Timestamp(ClockUtil.getCurrentTime().getTime())));
    }

    public void markAllRead(String username) {
        jdbc.update("update wb_notification set read_at = :at where username = :u and read_at is null",
                Map.of("u", username, "at", new Timestamp(ClockUtil.getCurrentTime().getTime())));
    }
}
