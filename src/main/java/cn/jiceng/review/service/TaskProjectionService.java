package cn.jiceng.review.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.service.EngineGroups;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the task projection ({@code wb_task}, {@code wb_task_candidate}): called by the engine's
 * task listeners (review.process.TaskProjectionPlugin) in the transaction that changes the task,
 * and by the workbench for the tasks it creates itself (co-signers). {@link #rebuild} re-derives
 * it from the engine.
 */
@Service
public class TaskProjectionService {

    public static final String OPEN = "OPEN";
    public static final String COMPLETED = "COMPLETED";
    public static final String CANCELLED = "CANCELLED";
    /** Sort key of a task without a due date: after every real one. */
    static final Timestamp NO_DUE = Timestamp.from(Instant.parse("9999-12-31T00:00:00Z"));
    /** Process variables every process sets: the case's unit and its title. */
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_TITLE = "title";

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgUnitService orgUnits;
    private final StepRegistry steps;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;

    public TaskProjectionService(NamedParameterJdbcTemplate jdbc, OrgUnitService orgUnits, StepRegistry steps,
                                 TaskService taskService, RuntimeService runtimeService,
                                 RepositoryService repositoryService, HistoryService historyService) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.steps = steps;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
    }

    /** A new task: its row with the case's unit, title and the feature's business fields. */
    public void created(TaskSnapshot task) {
        Object unitVar = task.variables().apply(VAR_UNIT_CODE);
        String unitCode = unitVar != null ? unitVar.toString() : unitOfGroups(task.candidateGroups());
        Optional<OrgUnit> unit = unitCode == null ? Optional.empty() : orgUnits.findByCode(unitCode);
        Object titleVar = task.variables().apply(VAR_TITLE);
        String title = titleVar != null ? titleVar.toString() : Objects.toString(task.businessKey(), task.name());
        TaskFields fields = fieldsOf(task);
        String unitName = unit.map(OrgUnit::getName).orElse(unitCode == null ? "" : unitCode);
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("id", task.taskId())
                .addValue("pi", task.processInstanceId())
                .addValue("process", task.processKey())
                .addValue("step", task.stepKey())
                .addValue("name", cut(Objects.toString(task.name(), task.stepKey()), 255))
                .addValue("form", task.formKey())
                .addValue("bk", task.businessKey())
                .addValue("title", cut(title, 500))
                .addValue("unitCode", unitCode)
                .addValue("unitPath", unit.map(OrgUnit::getPath).orElse("/"))
                .addValue("unitName", cut(unitName, 255))
                .addValue("subject", cut(fields.subject(), 255))
                .addValue("detail", cut(fields.detail(), 255))
                .addValue("score", fields.score())
                .addValue("search", cut(searchText(title, fields, unitName, task.businessKey()), 1000))
                .addValue("created", timestamp(task.created() == null ? ClockUtil.getCurrentTime() : task.created()))
                .addValue("due", timestamp(task.due()))
                .addValue("dueSort", dueSort(task.due()))
                .addValue("assignee", task.assignee())
                .addValue("owner", task.owner())
                .addValue("groups", cut(String.join(",", task.candidateGroups()), 1000))
                .addValue("parent", task.parentTaskId())
                .addValue("status", OPEN);
        jdbc.update("insert into wb_task (task_id, process_instance_id, process_key, step_key, name, form_key, business_key,"
                + " case_title, unit_code, unit_path, unit_name, subject, detail, score, search_text, created_at, due_at, due_sort,"
                + " assignee, owner_user, candidate_groups, parent_task_id, status, escalated) values (:id, :pi, :process, :step, :name,"
                + " :form, :bk, :title, :unitCode, :unitPath, :unitName, :subject, :detail, :score, :search, :created, :due, :dueSort,"
                + " :assignee, :owner, :groups, :parent, :status, false)", p);
        writeCandidates(task.taskId(), task.candidateGroups(), task.due());
    }

    /**
     * Assignee, owner, due date or candidate groups changed. A claim changes the assignee only: the
     * candidate rows then keep their place and only take the due date again (two statements, no
     * index rows deleted and re-inserted); new candidate groups rewrite them.
     */
    public void updated(TaskSnapshot task) {
        String groups = cut(String.join(",", task.candidateGroups()), 1000);
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("id", task.taskId()).addValue("assignee", task.assignee())
                .addValue("owner", task.owner()).addValue("due", timestamp(task.due()))
                .addValue("dueSort", dueSort(task.due())).addValue("groups", groups);
        int sameGroups = jdbc.update("update wb_task set assignee = :assignee, owner_user = :owner, due_at = :due, due_sort = :dueSort"
                + " where task_id = :id and candidate_groups = :groups", p);
        if (sameGroups > 0) {
            jdbc.update("update wb_task_candidate set due_sort = :dueSort where task_id = :id", p);
            return;
        }
        int rows = jdbc.update("update wb_task set assignee = :assignee, owner_user = :owner, due_at = :due, due_sort = :dueSort,"
                + " candidate_groups = :groups where task_id = :id", p);
        if (rows == 0) {
            return; // not created yet: the create event writes the row
        }
        jdbc.update("delete from wb_task_candidate where task_id = :id", Map.of("id", task.taskId()));
        writeCandidates(task.taskId(), task.candidateGroups(), task.due());
    }

    /** The task was completed (by the authenticated user, or its assignee). */
    public void completed(String taskId, String by) {
        end(taskId, COMPLETED, by, null);
    }

    /** The task was deleted without completion: cancelled by a boundary event, a return, a withdrawal. */
    public void cancelled(String taskId, String by, String reason) {
        end(taskId, CANCELLED, by, reason);
    }

    /** The outcome of a completed task, as its trail names it (approved, returned …). */
    public void outcome(String taskId, String outcome) {
        jdbc.update("update wb_task set outcome = :outcome where task_id = :id",
                Map.of("id", taskId, "outcome", cut(outcome, 32)));
    }

    private void end(String taskId, String status, String by, String outcome) {
        jdbc.update("update wb_task set status = :status, ended_at = :at, ended_by = :by,"
                        + " outcome = coalesce(outcome, :outcome) where task_id = :id and status = 'OPEN'",
                new MapSqlParameterSource().addValue("id", taskId).addValue("status", status)
                        .addValue("at", timestamp(ClockUtil.getCurrentTime())).addValue("by", by)
                        .addValue("outcome", outcome == null ? null : cut(outcome, 32)));
        jdbc.update("delete from wb_task_candidate where task_id = :id", Map.of("id", taskId));
    }

    /**
     * Re-derives the projection from the engine: every open task gets its row as the listener
     * would write it; rows that are open here but no longer in the engine are closed as history
     * says (completed or cancelled). Returns the number of open tasks.
     */
    @Transactional
    public int rebuild() {
        Set<String> open = new HashSet<>();
        Map<String, String> keys = new HashMap<>();
        int first = 0;
        while (true) {
            List<Task> page = taskService.createTaskQuery().initializeFormKeys().orderByTaskId().asc().listPage(first, 500);
            for (Task t : page) {
                open.add(t.getId());
                jdbc.update("delete from wb_task_candidate where task_id = :id", Map.of("id", t.getId()));
                jdbc.update("delete from wb_task where task_id = :id", Map.of("id", t.getId()));
                created(snapshot(t, keys));
            }
            if (page.size() < 500) {
                break;
            }
            first += page.size();
        }
        List<String> stale = new ArrayList<>(jdbc.queryForList("select task_id from wb_task where status = 'OPEN'",
                Map.of(), String.class));
        stale.removeAll(open);
        for (String id : stale) {
            HistoricTaskInstance h = historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult();
            if (h != null && "completed".equals(h.getDeleteReason())) {
                end(id, COMPLETED, h.getAssignee(), null);
            } else {
                end(id, CANCELLED, null, h == null ? "gone" : h.getDeleteReason());
            }
        }
        return open.size();
    }

    private TaskSnapshot snapshot(Task t, Map<String, String> processKeys) {
        String processKey = t.getProcessDefinitionId() == null ? "standalone" : processKeys.computeIfAbsent(
                t.getProcessDefinitionId(), id -> {
                    ProcessDefinition d = repositoryService.getProcessDefinition(id);
                    return d.getKey();
                });
        List<String> groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
        String businessKey = t.getProcessInstanceId() == null ? null
                : runtimeService.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult()
                        .getBusinessKey();
        String stepKey = t.getTaskDefinitionKey() == null ? "cosign" : t.getTaskDefinitionKey();
        return new TaskSnapshot(t.getId(), t.getProcessInstanceId(), processKey, stepKey, t.getName(), ReviewTaskService.formKeyOf(t),
                businessKey, t.getCreateTime(), t.getDueDate(), t.getAssignee(), t.getOwner(), groups, t.getParentTaskId(),
                name -> taskService.getVariable(t.getId(), name));
    }

    private TaskFields fieldsOf(TaskSnapshot task) {
        TaskFields fields = steps.of(task.step()).fields(new StepContext(task.step(), task.taskId(),
                task.processInstanceId(), task.businessKey(), task.variables()));
        return fields == null ? TaskFields.NONE : new TaskFields(Objects.toString(fields.subject(), ""),
                Objects.toString(fields.detail(), ""), fields.score());
    }

    /**
     * One row per candidate group, carrying the task's sort keys (due, received) so that a group's
     * queue page is read in index order and cut at the page (V21).
     */
    private void writeCandidates(String taskId, List<String> groups, Date due) {
        Timestamp dueSort = dueSort(due);
        for (String group : new HashSet<>(groups)) {
            jdbc.update("insert into wb_task_candidate (task_id, group_id, due_sort, created_at)"
                            + " select :id, :group, :due, t.created_at from wb_task t where t.task_id = :id",
                    Map.of("id", taskId, "group", group, "due", dueSort));
        }
    }

    private static String unitOfGroups(List<String> groups) {
        return groups.stream().map(EngineGroups::parse).flatMap(Optional::stream)
                .map(EngineGroups.ParsedGroup::unitCode).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String searchText(String title, TaskFields fields, String unitName, String businessKey) {
        return String.join(" ", title, fields.subject(), fields.detail(), unitName, Objects.toString(businessKey, ""))
                .toLowerCase(Locale.ROOT);
    }

    static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    static Timestamp dueSort(Date due) {
        return due == null ? NO_DUE : new Timestamp(due.getTime());
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
