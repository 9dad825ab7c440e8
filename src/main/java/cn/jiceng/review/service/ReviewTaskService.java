package cn.jiceng.review.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.review.process.SampleReviewProcess;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.RegionScopeService;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's review queue: the tasks whose candidate groups are the user's groups (role at unit), or
 * that the user has claimed, further filtered by region scope. Views use this; they never touch the engine.
 */
@Service
public class ReviewTaskService {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final RegionScopeService scope;
    private final OrgUnitService orgUnits;
    private final TrailService trail;
    private final HistoryService historyService;

    public ReviewTaskService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                             RegionScopeService scope, OrgUnitService orgUnits, TrailService trail,
                             HistoryService historyService) {
        this.trail = trail;
        this.historyService = historyService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.scope = scope;
        this.orgUnits = orgUnits;
    }

    /** Starts a sample review for a unit; the business key names the case. */
    @Transactional
    public String startSampleReview(String unitCode, String title, String businessKey, OffsetDateTime due) {
        OrgUnit unit = orgUnits.getByCode(unitCode);
        Map<String, Object> vars = new HashMap<>();
        vars.put(SampleReviewProcess.VAR_UNIT_CODE, unit.getCode());
        vars.put(SampleReviewProcess.VAR_TITLE, title);
        vars.put(SampleReviewProcess.VAR_DUE_DATE, due.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return runtimeService.startProcessInstanceByKey(SampleReviewProcess.PROCESS_ID, businessKey, vars).getId();
    }

    private TaskQuery queueQuery(AppUser user) {
        return taskService.createTaskQuery().active()
                .or().taskCandidateGroupIn(EngineGroups.groupsOf(user)).taskAssignee(user.getUsername()).endOr();
    }

    @Transactional(readOnly = true)
    public List<TaskSummary> openTasks(AppUser user) {
        List<Task> tasks = queueQuery(user).initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, 500);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> vars = processVariables(
                tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct().toList(),
                List.of(SampleReviewProcess.VAR_UNIT_CODE, SampleReviewProcess.VAR_TITLE));
        // the units of the whole page in one query, and the user's region once (not per task)
        Map<String, OrgUnit> units = orgUnits.byCodes(vars.values().stream()
                .map(v -> (String) v.get(SampleReviewProcess.VAR_UNIT_CODE)).filter(Objects::nonNull).collect(Collectors.toSet()));
        Predicate<OrgUnit> visible = scope.visibleUnits(user);
        return tasks.stream()
                .map(t -> summary(t, vars.getOrDefault(t.getProcessInstanceId(), Map.of()), units))
                .filter(s -> s.unitCode() == null || (units.containsKey(s.unitCode()) && visible.test(units.get(s.unitCode()))))
                .toList();
    }

    /**
     * The task, if it waits in the user's queue (candidate group or assignee) and its unit is in
     * the user's region; otherwise {@link AccessDeniedException}, also for a task id typed by hand.
     */
    @Transactional(readOnly = true)
    public Task requireInQueue(AppUser user, String taskId) {
        return checkQueue(user, taskId).task();
    }

    /**
     * As {@link #requireInQueue}, and also returns the named variables of the task's process
     * instance (its top scope; not variables local to a task or a multi-instance body). The hot path
     * of every review, so it reads by id only: the task, its identity links and its process
     * instance's variables through the engine's own look-ups by primary key, in one engine command
     * ({@link QueueCheck}), and the region in one query. (A {@code TaskQuery} with candidate groups
     * and a {@code VariableInstanceQuery} gave the same answer, but MyBatis evaluates their dynamic
     * SQL, hundreds of OGNL conditions, on every call: a third of a bulk decision's CPU.)
     */
    @Transactional(readOnly = true)
    public QueuedTask checkQueue(AppUser user, String taskId, String... processVariables) {
        Set<String> names = new LinkedHashSet<>();
        names.add(SampleReviewProcess.VAR_UNIT_CODE);
        names.addAll(Arrays.asList(processVariables));
        QueuedTask queued = taskId == null ? null : commands()
                .execute(new QueueCheck(taskId, user.getUsername(), Set.copyOf(EngineGroups.groupsOf(user)), names));
        if (queued == null) {
            if (taskId != null && historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
                // it exists but is no longer the user's to take: completed, or claimed by someone else a moment ago
                throw new TaskTakenException(taskId);
            }
            throw new AccessDeniedException("task " + taskId + " is not in the user's queue");
        }
        Object unitCode = queued.variable(SampleReviewProcess.VAR_UNIT_CODE);
        if (unitCode != null && !scope.canSeeUnit(user, unitCode.toString())) {
            throw new AccessDeniedException("task " + taskId + " belongs to a unit outside the user's region");
        }
        return queued;
    }

    /**
     * Within one engine command: the task by id, if active and the user's (assigned to them, or
     * unassigned with one of their groups as a candidate group: what {@code taskAssignee} or
     * {@code taskCandidateGroupIn} of a task query means), with the named variables of its process
     * instance's own scope (of the task, for a task without a process). Null if not the user's.
     */
    record QueueCheck(String taskId, String username, Set<String> groups, Set<String> names) implements Command<QueuedTask> {
        @Override
        public QueuedTask execute(CommandContext context) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.isSuspended()) {
                return null;
            }
            boolean mine = username.equals(task.getAssignee());
            boolean candidate = task.getAssignee() == null && task.getIdentityLinks().stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null && groups.contains(l.getGroupId()));
            if (!mine && !candidate) {
                return null;
            }
            AbstractVariableScope scope = task.getProcessInstanceId() == null ? task
                    : context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
            Map<String, Object> values = new HashMap<>();
            for (CoreVariableInstance variable : scope.getVariableInstancesLocal(names)) {
                TypedValue value = variable.getTypedValue(false);
                if (!(value instanceof SerializableValue serializable) || serializable.isDeserialized()) {
                    values.put(variable.getName(), value.getValue());
                }
            }
            return new QueuedTask(task, values);
        }
    }

    /** A variable as the task sees it (its own scope, then the enclosing ones). */
    @Transactional(readOnly = true)
    public Object taskVariable(String taskId, String name) {
        return taskService.getVariable(taskId, name);
    }

    /** Claims (if needed) and completes a task of the user's queue, as that user. */
    @Transactional
    public void complete(AppUser user, String taskId, Map<String, Object> variables) {
        complete(user, requireInQueue(user, taskId), variables);
    }

    /**
     * Completes a task the caller has just obtained from {@link #requireInQueue} in the same
     * transaction, without checking the queue a second time.
     */
    @Transactional
    public void complete(AppUser user, Task checkedInQueue, Map<String, Object> variables) {
        complete(user, checkedInQueue, variables, null);
    }

    /**
     * As {@link #complete(AppUser, Task, Map)}, recording the decision with the reviewer's opinion
     * (审核意见) in the case's trail. A task with co-signers who have not signed yet is refused, and
     * so is a delegated task (its delegate resolves it instead).
     */
    @Transactional
    public void complete(AppUser user, Task checkedInQueue, Map<String, Object> variables, String opinion) {
        if (checkedInQueue.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING) {
            throw new IllegalArgumentException("workbench.error.delegatedResolve");
        }
        if (hasSubTasks(checkedInQueue.getId())) {
            throw new IllegalArgumentException("workbench.error.cosignPending");
        }
        trail.record(checkedInQueue.getProcessInstanceId(), checkedInQueue.getId(), checkedInQueue.getTaskDefinitionKey(),
                checkedInQueue.getName(), outcomeOf(variables), user.getUsername(), user.getUnitCode(), decisionOf(variables),
                opinion != null ? opinion : opinionOf(variables));
        identityService.setAuthenticatedUserId(user.getUsername());
        try {
            if (checkedInQueue.getAssignee() == null) {
                // claim and complete as one engine command: the same listeners, history and operation log as
                // taskService.claim then complete, with one load of the task and one flush instead of two
                String taskId = checkedInQueue.getId();
                commands().execute(context -> {
                    new ClaimTaskCmd(taskId, user.getUsername()).execute(context);
                    return new CompleteTaskCmd(taskId, variables).execute(context);
                });
            } else {
                taskService.complete(checkedInQueue.getId(), variables);
            }
        } catch (org.camunda.bpm.engine.OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            // another reviewer took or completed it a moment ago: exactly one of them wins
            throw new cn.jiceng.common.validation.InputRejectedException("task", "workbench.error.taken");
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            if (taskService.createTaskQuery().taskId(checkedInQueue.getId()).count() == 0) {
                // completed (and committed) by another reviewer between the queue check and the claim
                throw new cn.jiceng.common.validation.InputRejectedException("task", "workbench.error.taken");
            }
            throw e;
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Whether co-signers' sub-tasks are open: the engine's look-up by parent id (not a task query: see checkQueue). */
    private boolean hasSubTasks(String taskId) {
        return commands().execute(context -> !context.getTaskManager().findTasksByParentTaskId(taskId).isEmpty());
    }

    /** The engine's command executor (the services' own, joining the caller's Spring transaction). */
    private CommandExecutor commands() {
        return ((ServiceImpl) taskService).getCommandExecutor();
    }

    private static String outcomeOf(Map<String, Object> variables) {
        Object approved = variables.get(SampleReviewProcess.VAR_APPROVED);
        if (approved instanceof Boolean b) {
            return b ? TrailEntry.APPROVE : TrailEntry.REJECT;
        }
        return TrailEntry.COMPLETE;
    }

    private static String decisionOf(Map<String, Object> variables) {
        Object decision = variables.get("decision");
        return decision == null ? null : decision.toString();
    }

    private static String opinionOf(Map<String, Object> variables) {
        Object opinion = variables.get(SampleReviewProcess.VAR_OPINION);
        return opinion == null ? null : opinion.toString();
    }

    /** Decides a review task: approve or return, with the reviewer's opinion (审核意见). */
    @Transactional
    public void decide(AppUser user, String taskId, boolean approved, String opinion) {
        decide(user, requireInQueue(user, taskId), approved, opinion);
    }

    /**
     * As {@link #decide(AppUser, String, boolean, String)} for a task the caller has just checked
     * in the user's queue (a bulk decision), without checking it a second time.
     */
    @Transactional
    public void decide(AppUser user, Task checkedInQueue, boolean approved, String opinion) {
        String text = opinion == null ? "" : opinion.trim();
        if (!approved && text.isEmpty()) {
            throw new IllegalArgumentException("review.error.opinionRequired");
        }
        if (text.length() > 1000) {
            throw new IllegalArgumentException("review.error.opinionTooLong");
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(SampleReviewProcess.VAR_APPROVED, approved);
        vars.put(SampleReviewProcess.VAR_OPINION, text);
        vars.put(SampleReviewProcess.VAR_REVIEWER, user.getUsername());
        complete(user, checkedInQueue, vars);
    }

    /**
     * The named variables of these process instances' top scopes (not local ones of a task or a
     * multi-instance body), by instance id; one query for all.
     */
    private Map<String, Map<String, Object>> processVariables(Collection<String> processInstanceIds, Collection<String> names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return byInstance;
        }
        List<VariableInstance> list = runtimeService.createVariableInstanceQuery()
                .variableScopeIdIn(processInstanceIds.toArray(String[]::new))
                .variableNameIn(names.toArray(String[]::new))
                .disableCustomObjectDeserialization()
                .list();
        for (VariableInstance v : list) {
            byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
        return byInstance;
    }

    /**
     * The task's form key, or for a step with a Camunda Form ({@code camunda:formRef}) the form's
     * id: what lists and features tell steps apart by. The task must come from a query with
     * {@code initializeFormKeys()}.
     */
    static String formKeyOf(Task task) {
        if (task.getFormKey() != null) {
            return task.getFormKey();
        }
        return task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    }

    private TaskSummary summary(Task task, Map<String, Object> vars, Map<String, OrgUnit> units) {
        String unitCode = (String) vars.get(SampleReviewProcess.VAR_UNIT_CODE);
        String unitName = unitCode == null ? "" : units.containsKey(unitCode) ? units.get(unitCode).getName() : unitCode;
        return new TaskSummary(task.getId(), task.getName(), (String) vars.getOrDefault(SampleReviewProcess.VAR_TITLE, ""),
                unitCode, unitName, task.getAssignee(), task.getCreateTime(), task.getDueDate(), formKeyOf(task));
    }
}
