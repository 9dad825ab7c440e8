package cn.jiceng.notification.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.review.service.Notification;
import cn.jiceng.review.service.NotificationService;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.service.TrailService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.GroupMembers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation (超期督办) of a task past its due date, called by the step's timeout timer (a Camunda
 * job, so exactly one node runs it): marks the task's row escalated, writes the trail entry
 * {@link TrailEntry#ESCALATE} and notifies the level above — the reviewers and leaders of the parent
 * unit of the unit the task is assigned to (its unit or department candidate group, else the case's
 * unit); at the top of the tree, the unit's own leaders. Escalates a task once: a second call (a
 * retried job, another node) finds the row already escalated and does nothing.
 */
@Service
@Transactional
public class EscalationService {

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgUnitService orgUnits;
    private final GroupMembers members;
    private final NotificationService notifications;
    private final TrailService trail;

    public EscalationService(NamedParameterJdbcTemplate jdbc, OrgUnitService orgUnits,
                             GroupMembers members, NotificationService notifications,
                             TrailService trail) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.members = members;
        this.notifications = notifications;
        this.trail = trail;
    }

    /** Escalates the open task; returns the users notified (empty when it was escalated before or is gone). */
    public List<String> escalate(String taskId) {
        int rows = jdbc.update("update wb_task set escalated = true where task_id = :id and status = 'OPEN' and escalated = false",
                Map.of("id", taskId));
        if (rows == 0) {
            log.info("Task {} not escalated: already escalated, finished or not in the projection", taskId);
            return List.of();
        }
        Row row = jdbc.queryForObject("select process_instance_id, step_key, name, case_title, unit_code, candidate_groups"
                        + " from wb_task where task_id = :id", Map.of("id", taskId),
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
        String unitCode = responsibleUnit(row);
        Optional<OrgUnit> unit = unitCode == null ? Optional.empty() : orgUnits.findByCode(unitCode);
        String above = unit.map(u -> u.getParentCode() != null ? u.getParentCode() : u.getCode()).orElse(null);
        List<String> groups = above == null ? List.of()
                : unit.get().getParentCode() != null
                ? List.of(EngineGroups.unitGroup(Role.REVIEWER, above), EngineGroups.unitGroup(Role.LEADER, above))
                : List.of(EngineGroups.unitGroup(Role.LEADER, above));
        List<String> users = members.usernames(groups);
        String aboveName = above == null ? null : orgUnits.findByCode(above).map(OrgUnit::getName).orElse(above);
        WorkItem item = new WorkItem(taskId, row.processInstanceId(), null, row.stepKey(), row.name(), null,
                row.caseTitle(), row.unitCode(), null, null, null, null, null, null, null, null, null, null, null, null, null);
        trail.record(item, TrailEntry.ESCALATE, null, unitCode, aboveName, null);
        String unitName = unit.map(OrgUnit::getName).orElse(Objects.toString(unitCode, ""));
        notifications.notifyAll(users, Notification.ESCALATION, "超期督办：" + unitName + "的“" + row.name() + "”（"
                + row.caseTitle() + "）已过办理期限，请督促办理。", taskId);
        log.info("Task {} ({}) escalated to {}: {}", taskId, row.stepKey(), above, users);
        return users;
    }

    /** The unit of the task's first unit or department candidate group; else the case's unit. */
    private static String responsibleUnit(Row row) {
        return Arrays.stream(Objects.toString(row.candidateGroups(), "").split(","))
                .map(EngineGroups::parse).flatMap(Optional::stream)
                .map(EngineGroups.ParsedGroup::unitCode).filter(Objects::nonNull)
                .findFirst().orElse(row.unitCode());
    }

    private record Row(String processInstanceId, String stepKey, String name, String caseTitle, String unitCode,
                       String candidateGroups) {
    }
}
