package cn.jiceng.review.service;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trail of every operation on a task ({@code wb_task_event}): written once, never changed or deleted. */
@Service
@Transactional
public class TrailService {

    private final NamedParameterJdbcTemplate jdbc;

    public TrailService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(WorkItem task, String kind, String actor, String actorUnitCode, String target, String opinion) {
        record(task.processInstanceId(), task.taskId(), task.stepKey(), task.name(), kind, actor, actorUnitCode, target, opinion);
    }

    public void record(String processInstanceId, String taskId, String stepKey, String stepName, String kind, String actor,
                       String actorUnitCode, String target, String opinion) {
        jdbc.update("insert into wb_task_event (process_instance_id, task_id, step_key, step_name, kind, actor, actor_unit_code,"
                        + " target, opinion, event_at) values (:pi, :task, :step, :name, :kind, :actor, :unit, :target, :opinion, :at)",
                new MapSqlParameterSource().addValue("pi", processInstanceId).addValue("task", taskId)
                        .addValue("step", stepKey).addValue("name", TaskProjectionService.cut(stepName, 255)).addValue("kind", kind)
                        .addValue("actor", actor).addValue("unit", actorUnitCode)
                        .addValue("target", target == null ? null : TaskProjectionService.cut(target, 255))
                        .addValue("opinion", opinion == null || opinion.isBlank() ? null : TaskProjectionService.cut(opinion, 2000))
                        .addValue("at", new Timestamp(ClockUtil.getCurrentTime().getTime())));
    }

    /** The trail of one task, oldest first. */
    @Transactional(readOnly = true)
    public List<TrailEntry> ofTask(String taskId) {
        return query("task_id = :id", Map.of("id", taskId));
    }

    /** The trail of a case (process instance), oldest first. */
    @Transactional(readOnly = true)
    public List<TrailEntry> ofCase(String processInstanceId) {
        return query("process_instance_id = :id", Map.of("id", processInstanceId));
    }

    private List<TrailEntry> query(String where, Map<String, ?> params) {
        return jdbc.query("select id, task_id, step_key, step_name, kind, actor, actor_unit_code, target, opinion, event_at"
                        + " from wb_task_event where " + where + " order by event_at, id",
                params, (rs, n) -> new TrailEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()));
    }
}
