package cn.jiceng.review.service;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.RegionScopeService;
import cn.jiceng.security.service.UserService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workbench's operations on a task (claim, delegate, transfer, return, withdraw, co-sign, copy,
 * remind, bulk decisions). Each one checks the task against the user's queue and region on the
 * server, refuses what the step does not allow with a message key ({@link IllegalArgumentException}),
 * and records itself in the trail; the projection follows through the engine's listeners.
 */
@Service
public class WorkbenchService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbenchService.class);

    /** Step key of the co-signer sub-tasks the workbench creates (加签). */
    public static final String COSIGN_STEP = "Cosign";

    private final ReviewTaskService tasks;
    private final QueueService queues;
    private final StepRegistry steps;
    private final TrailService trail;
    private final NotificationService notifications;
    private final TaskProjectionService projection;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final RegionScopeService scope;
    private final UserService users;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate eachInItsOwn;
    private final ProcessDiagramService diagrams;
    private final int bulkWorkers;

    public WorkbenchService(ReviewTaskService tasks, QueueService queues, StepRegistry steps, TrailService trail,
                            NotificationService notifications, TaskProjectionService projection, TaskService taskService,
                            RuntimeService runtimeService, IdentityService identityService, RegionScopeService scope,
                            UserService users, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
                            ProcessDiagramService diagrams,
                            @org.springframework.beans.factory.annotation.Value("${jiceng.workbench.bulk-workers:4}") int bulkWorkers) {
        this.diagrams = diagrams;
        this.bulkWorkers = bulkWorkers;
        this.tasks = tasks;
        this.queues = queues;
        this.steps = steps;
        this.trail = trail;
        this.notifications = notifications;
        this.projection = projection;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.scope = scope;
        this.users = users;
        this.jdbc = jdbc;
        this.eachInItsOwn = new TransactionTemplate(transactions);
        this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A task of the user's queue as the list shows it; refused outside the queue or region. */
    @Transactional(readOnly = true)
    public WorkItem inQueue(AppUser user, String taskId) {
        if (isCosign(taskId)) {
            return ownCosign(user, taskId);
        }
        tasks.requireInQueue(user, taskId);
        return row(taskId);
    }

    /**
     * A task the user may read: in their queue, finished by them, copied to them, or (for a leader
     * or an admin) anywhere in their region. Refused otherwise.
     */
    @Transactional(readOnly = true)
    public WorkItem readable(AppUser user, String taskId) {
        WorkItem item = queues.inRegion(user, taskId).orElseThrow(() -> new AccessDeniedException("task outside region"));
        boolean mayRead = user.getUsername().equals(item.assignee()) || user.getUsername().equals(item.endedBy())
                || user.getUsername().equals(item.owner())
                || (item.processInstanceId() != null && queues.copiedTo(user, item.processInstanceId()))
                || user.hasRole(cn.jiceng.security.domain.Role.LEADER) || user.hasRole(cn.jiceng.security.domain.Role.ADMIN)
                || candidateOf(user, item.taskId())
                || (item.processInstanceId() != null && involved(user, item.processInstanceId()));
        if (!mayRead) {
            throw new AccessDeniedException("task " + taskId + " is not the user's");
        }
        return item;
    }

    /** The trail of the task's case, for a user who may read the task. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(AppUser user, String taskId) {
        WorkItem item = readable(user, taskId);
        return item.processInstanceId() == null ? List.of() : trail.ofCase(item.processInstanceId());
    }

    /** The tasks of the task's case so far (steps taken), for a user who may read the task. */
    @Transactional(readOnly = true)
    public List<WorkItem> stepsOf(AppUser user, String taskId) {
        WorkItem item = readable(user, taskId);
        return item.processInstanceId() == null ? List.of(item) : queues.ofCase(item.processInstanceId());
    }

    /** The case's process diagram with its current position and the path taken, for a user who may read the task. */
    @Transactional(readOnly = true)
    public String diagramOf(AppUser user, String taskId) {
        WorkItem item = readable(user, taskId);
        return item.processInstanceId() == null ? "" : diagrams.svg(item.processInstanceId());
    }

    public Set<TaskOperation> operations(WorkItem item) {
        if (COSIGN_STEP.equals(item.stepKey())) {
            return Set.of();
        }
        return steps.operations(item.step());
    }

    /** The steps this task may be returned to, as element ids. */
    public List<String> returnTargets(WorkItem item) {
        return steps.of(item.step()).returnTargets(item.step());
    }

    /** Re-derives the task projection from the engine (administrators only); returns the number of open tasks. */
    public int rebuildProjection(AppUser user) {
        if (!user.hasRole(cn.jiceng.security.domain.Role.ADMIN)) {
            throw new AccessDeniedException("only administrators rebuild the task projection");
        }
        return projection.rebuild();
    }

    // ------------------------------------------------------------------ claim, delegate, transfer

    @Transactional
    public void claim(AppUser user, String taskId) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.CLAIM);
        if (task.getAssignee() != null) {
            throw new IllegalArgumentException(user.getUsername().equals(task.getAssignee())
                    ? "workbench.error.alreadyYours" : "workbench.error.taken");
        }
        try {
            taskService.claim(taskId, user.getUsername());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            // another reviewer claimed or completed it a moment ago: exactly one of them wins
            throw new IllegalArgumentException("workbench.error.taken");
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new IllegalArgumentException("workbench.error.taken"); // completed by someone else meanwhile
            }
            throw e;
        }
        trail.record(item, TrailEntry.CLAIM, user.getUsername(), user.getUnitCode(), null, null);
    }

    @Transactional
    public void unclaim(AppUser user, String taskId) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.UNCLAIM);
        if (!user.getUsername().equals(task.getAssignee()) || task.getDelegationState() == DelegationState.PENDING) {
            throw new IllegalArgumentException("workbench.error.notYours");
        }
        taskService.setAssignee(taskId, null);
        trail.record(item, TrailEntry.UNCLAIM, user.getUsername(), user.getUnitCode(), null, null);
    }

    /** 委派: the colleague resolves the task, then it returns to the user. */
    @Transactional
    public void delegate(AppUser user, String taskId, String colleague, String note) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.DELEGATE);
        AppUser to = colleague(user, item, colleague, false);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new IllegalArgumentException("workbench.error.alreadyDelegated");
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.getUsername());
        } else if (!user.getUsername().equals(task.getAssignee())) {
            throw new IllegalArgumentException("workbench.error.notYours");
        }
        taskService.delegateTask(taskId, to.getUsername());
        trail.record(item, TrailEntry.DELEGATE, user.getUsername(), user.getUnitCode(), to.getUsername(), note);
        notifications.notify(to.getUsername(), Notification.DELEGATED,
                "委派给您：" + item.caseTitle() + "（" + item.name() + "）", taskId);
    }

    /** The delegate's answer: the task goes back to its owner with the delegate's opinion. */
    @Transactional
    public void resolve(AppUser user, String taskId, String opinion) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = row(taskId);
        if (task.getDelegationState() != DelegationState.PENDING || !user.getUsername().equals(task.getAssignee())) {
            throw new IllegalArgumentException("workbench.error.notDelegatedToYou");
        }
        requireOpinion(opinion);
        taskService.resolveTask(taskId);
        trail.record(item, TrailEntry.RESOLVE, user.getUsername(), user.getUnitCode(), task.getOwner(), opinion);
        notifications.notify(task.getOwner(), Notification.DELEGATED, "委派已办理：" + item.caseTitle(), taskId);
    }

    /** 转办: hands the task over to a colleague who could take it (one of its candidate groups, in the region). */
    @Transactional
    public void transfer(AppUser user, String taskId, String colleague, String note) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.TRANSFER);
        AppUser to = colleague(user, item, colleague, true);
        if (task.getAssignee() != null && !user.getUsername().equals(task.getAssignee())) {
            throw new IllegalArgumentException("workbench.error.taken");
        }
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new IllegalArgumentException("workbench.error.alreadyDelegated");
        }
        taskService.setAssignee(taskId, to.getUsername());
        trail.record(item, TrailEntry.TRANSFER, user.getUsername(), user.getUnitCode(), to.getUsername(), note);
        notifications.notify(to.getUsername(), Notification.NEW_TASK,
                "转办给您：" + item.caseTitle() + "（" + item.name() + "）", taskId);
    }

    // ------------------------------------------------------------------ return and withdraw

    /** 退回: cancels this step and starts an earlier one the step allows, with the reason in the trail. */
    @Transactional
    public void returnTo(AppUser user, String taskId, String targetStep, String reason) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.RETURN);
        requireOpinion(reason);
        if (!returnTargets(item).contains(targetStep)) {
            throw new IllegalArgumentException("workbench.error.returnTarget");
        }
        modify(user, task.getProcessInstanceId(), task.getTaskDefinitionKey(), targetStep);
        trail.record(item, TrailEntry.RETURN, user.getUsername(), user.getUnitCode(), targetStep, reason);
        projection.outcome(taskId, TrailEntry.RETURN);
        // whoever did the earlier step last hears that it came back
        queues.ofCase(task.getProcessInstanceId()).stream()
                .filter(t -> targetStep.equals(t.stepKey()) && t.endedBy() != null).reduce((a, b) -> b)
                .ifPresent(t -> notifications.notify(t.endedBy(), Notification.RETURNED,
                        "退回：" + item.caseTitle() + "（" + reason.strip() + "）", null));
    }

    /**
     * 撤回: the user takes back a task they completed, while the step that followed has not been
     * acted on (unclaimed, no operation recorded); the earlier step opens again, assigned to them.
     */
    @Transactional
    public String withdraw(AppUser user, String completedTaskId) {
        WorkItem done = queues.inRegion(user, completedTaskId).orElseThrow(() -> new AccessDeniedException("outside region"));
        if (!TaskProjectionService.COMPLETED.equals(done.status()) || !user.getUsername().equals(done.endedBy())) {
            throw new AccessDeniedException("not a task the user completed");
        }
        if (!steps.operations(done.step()).contains(TaskOperation.WITHDRAW) || done.processInstanceId() == null) {
            throw new IllegalArgumentException("workbench.error.notAllowed");
        }
        List<WorkItem> next = queues.ofCase(done.processInstanceId()).stream()
                .filter(t -> t.open() && !t.created().isBefore(done.ended())).toList();
        List<WorkItem> stillOpen = queues.ofCase(done.processInstanceId()).stream().filter(WorkItem::open).toList();
        if (next.isEmpty() || next.size() != stillOpen.size()
                || next.stream().anyMatch(t -> t.assignee() != null || !trail.ofTask(t.taskId()).isEmpty())) {
            throw new IllegalArgumentException("workbench.error.withdrawTooLate");
        }
        Set<String> activities = new HashSet<>();
        next.forEach(t -> activities.add(t.stepKey()));
        identityService.setAuthenticatedUserId(user.getUsername());
        try {
            var modification = runtimeService.createProcessInstanceModification(done.processInstanceId());
            for (String activity : activities) {
                modification = modification.cancelAllForActivity(activity);
            }
            modification.startBeforeActivity(done.stepKey()).execute();
        } finally {
            identityService.clearAuthentication();
        }
        Task reopened = taskService.createTaskQuery().processInstanceId(done.processInstanceId())
                .taskDefinitionKey(done.stepKey()).active().orderByTaskCreateTime().desc().list().stream().findFirst()
                .orElseThrow();
        taskService.claim(reopened.getId(), user.getUsername());
        trail.record(done, TrailEntry.WITHDRAW, user.getUsername(), user.getUnitCode(), null, null);
        return reopened.getId();
    }

    private void modify(AppUser user, String processInstanceId, String cancel, String startBefore) {
        identityService.setAuthenticatedUserId(user.getUsername());
        try {
            runtimeService.createProcessInstanceModification(processInstanceId)
                    .cancelAllForActivity(cancel).startBeforeActivity(startBefore).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    // ------------------------------------------------------------------ co-signers

    /** 加签: a colleague must sign (with an opinion) before the task can be decided. */
    @Transactional
    public String addCosigner(AppUser user, String taskId, String colleague) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.COSIGN);
        AppUser to = colleague(user, item, colleague, false);
        boolean already = taskService.getSubTasks(taskId).stream().anyMatch(s -> to.getUsername().equals(s.getAssignee()));
        if (already) {
            throw new IllegalArgumentException("workbench.error.alreadyCosigner");
        }
        Task sub = taskService.newTask();
        sub.setParentTaskId(taskId);
        sub.setName("会签：" + item.name());
        sub.setAssignee(to.getUsername());
        sub.setDueDate(task.getDueDate());
        taskService.saveTask(sub);
        projection.created(new TaskSnapshot(sub.getId(), item.processInstanceId(), item.processKey(), COSIGN_STEP,
                sub.getName(), null, null, sub.getCreateTime(), task.getDueDate(), to.getUsername(), user.getUsername(),
                List.of(), taskId, name -> taskService.getVariable(taskId, name)));
        trail.record(item, TrailEntry.ADD_COSIGNER, user.getUsername(), user.getUnitCode(), to.getUsername(), null);
        notifications.notify(to.getUsername(), Notification.NEW_TASK, "请会签：" + item.caseTitle(), sub.getId());
        return sub.getId();
    }

    /** 减签: removes a co-signer who has not signed yet. */
    @Transactional
    public void removeCosigner(AppUser user, String taskId, String cosignTaskId) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.COSIGN);
        Task sub = taskService.getSubTasks(taskId).stream().filter(s -> s.getId().equals(cosignTaskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("workbench.error.noCosigner"));
        taskService.deleteTask(sub.getId(), "removed by " + user.getUsername());
        projection.cancelled(sub.getId(), user.getUsername(), TrailEntry.REMOVE_COSIGNER);
        trail.record(item, TrailEntry.REMOVE_COSIGNER, user.getUsername(), user.getUnitCode(), sub.getAssignee(), null);
    }

    /** The co-signer signs: their opinion goes into the trail of the case. */
    @Transactional
    public void cosign(AppUser user, String cosignTaskId, String opinion) {
        WorkItem sub = ownCosign(user, cosignTaskId);
        requireOpinion(opinion);
        taskService.complete(cosignTaskId);
        projection.completed(cosignTaskId, user.getUsername());
        WorkItem parent = row(sub.parentTaskId());
        trail.record(parent, TrailEntry.COSIGN, user.getUsername(), user.getUnitCode(), null, opinion);
        if (parent.assignee() != null) {
            notifications.notify(parent.assignee(), Notification.NEW_TASK, "会签已完成：" + parent.caseTitle(), parent.taskId());
        }
    }

    /** The co-signers of a task and whether they signed. */
    @Transactional(readOnly = true)
    public List<WorkItem> cosigners(String taskId) {
        return jdbc.query("select " + QueueService.COLUMNS + " from wb_task t where t.parent_task_id = :id order by t.created_at",
                Map.of("id", taskId), QueueService.ROW);
    }

    private boolean isCosign(String taskId) {
        Long n = jdbc.queryForObject("select count(*) from wb_task where task_id = :id and step_key = :step",
                Map.of("id", taskId, "step", COSIGN_STEP), Long.class);
        return n != null && n > 0;
    }

    private WorkItem ownCosign(AppUser user, String taskId) {
        WorkItem sub = queues.inRegion(user, taskId).orElseThrow(() -> new AccessDeniedException("outside region"));
        if (!COSIGN_STEP.equals(sub.stepKey()) || !sub.open() || !user.getUsername().equals(sub.assignee())) {
            throw new AccessDeniedException("not the user's co-sign task");
        }
        return sub;
    }

    // ------------------------------------------------------------------ copy, remind

    /** 抄送: colleagues in the region get read access to this case and a notification. */
    @Transactional
    public void copy(AppUser user, String taskId, Collection<String> colleagues) {
        Task task = tasks.requireInQueue(user, taskId);
        WorkItem item = allowed(user, task, TaskOperation.COPY);
        for (String name : new HashSet<>(colleagues)) {
            AppUser to = colleague(user, item, name, false);
            if (queues.copiedTo(to, item.processInstanceId())) {
                continue;
            }
            try {
                jdbc.update("insert into wb_case_copy (process_instance_id, task_id, username, copied_by, copied_at)"
                                + " values (:pi, :task, :u, :by, current_timestamp)",
                        Map.of("pi", item.processInstanceId(), "task", taskId, "u", to.getUsername(), "by", user.getUsername()));
            } catch (DataIntegrityViolationException e) {
                continue; // copied a moment ago by someone else
            }
            trail.record(item, TrailEntry.COPY, user.getUsername(), user.getUnitCode(), to.getUsername(), null);
            notifications.notify(to.getUsername(), Notification.COPY, "抄送给您：" + item.caseTitle(), taskId);
        }
    }

    /** 催办: reminds whoever holds the task (its assignee, else the users of its candidate groups). */
    @Transactional
    public int remind(AppUser user, String taskId, String note) {
        WorkItem item = readable(user, taskId);
        if (!item.open()) {
            throw new IllegalArgumentException("workbench.error.notOpen");
        }
        if (!steps.operations(item.step()).contains(TaskOperation.REMIND)) {
            throw new IllegalArgumentException("workbench.error.notAllowed");
        }
        List<String> to = new ArrayList<>();
        if (item.assignee() != null) {
            to.add(item.assignee());
        } else {
            for (String group : taskService.getIdentityLinksForTask(taskId).stream()
                    .map(l -> l.getGroupId()).filter(Objects::nonNull).toList()) {
                to.addAll(usersOfGroup(group));
            }
        }
        to.remove(user.getUsername());
        notifications.notifyAll(to, Notification.REMINDER, "催办：" + item.caseTitle() + "（" + item.name() + "）"
                + (note == null || note.isBlank() ? "" : " " + note.strip()), taskId);
        trail.record(item, TrailEntry.REMIND, user.getUsername(), user.getUnitCode(), String.join(",", to), note);
        return to.size();
    }

    /** The user names of an engine group (role at unit, or department at unit); role-wide groups are not expanded. */
    public List<String> usersOfGroup(String group) {
        Optional<EngineGroups.ParsedGroup> parsed = EngineGroups.parse(group);
        if (parsed.isEmpty() || parsed.get().unitCode() == null) {
            return List.of();
        }
        return users.usersAt(parsed.get().unitCode()).stream()
                .filter(u -> EngineGroups.groupsOf(u).contains(group)).map(AppUser::getUsername).toList();
    }

    // ------------------------------------------------------------------ bulk decisions

    /** What a bulk decision of these tasks would do (nothing is changed; each task is checked on its own). */
    public BulkPreview previewBulk(AppUser user, Collection<String> taskIds) {
        Map<StepRef, BulkPreview.StepCount> eligible = new LinkedHashMap<>();
        List<BulkResult> refused = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(taskIds)) {
            try {
                WorkItem item = inQueue(user, id);
                if (!steps.of(item.step()).bulkDecidable(item.step())) {
                    refused.add(new BulkResult(id, item.caseTitle(), false, "workbench.bulk.notBulk"));
                    continue;
                }
                eligible.merge(item.step(), new BulkPreview.StepCount(item.step(), item.name(), 1),
                        (a, b) -> new BulkPreview.StepCount(a.step(), a.name(), a.count() + 1));
            } catch (AccessDeniedException e) {
                refused.add(new BulkResult(id, "", false, "workbench.error.taken"));
            }
        }
        return new BulkPreview(List.copyOf(eligible.values()), refused);
    }

    /**
     * One outcome and one opinion for a selection: each task is decided in its own transaction, so
     * a failure of one never undoes or blocks the others; the result names each, in the order of
     * the selection. The tasks are spread over a few workers ({@code jiceng.workbench.bulk-workers});
     * the tasks of one case stay on one worker, in order, so that they never race each other.
     */
    public List<BulkResult> decideBulk(AppUser user, Collection<String> taskIds, boolean approve, String opinion) {
        if (!approve) {
            requireOpinion(opinion);
        }
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(taskIds));
        Map<String, WorkItem> rows = rows(ids);
        Map<String, List<String>> byCase = new LinkedHashMap<>();
        for (String id : ids) {
            WorkItem row = rows.get(id);
            byCase.computeIfAbsent(row == null || row.processInstanceId() == null ? id : row.processInstanceId(),
                    k -> new ArrayList<>()).add(id);
        }
        Map<String, BulkResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        int workers = Math.max(1, Math.min(bulkWorkers, byCase.size()));
        if (workers == 1) {
            byCase.values().forEach(group -> group.forEach(id -> results.put(id, decideOne(user, id, rows.get(id), approve, opinion))));
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
            try {
                List<java.util.concurrent.Future<?>> running = new ArrayList<>();
                for (List<String> group : byCase.values()) {
                    running.add(pool.submit(() -> group.forEach(id -> results.put(id, decideOne(user, id, rows.get(id), approve, opinion)))));
                }
                for (java.util.concurrent.Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bulk decision interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("bulk decision failed", e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return ids.stream().map(results::get).toList();
    }

    private BulkResult decideOne(AppUser user, String taskId, WorkItem item, boolean approve, String opinion) {
        String title = item == null ? "" : item.caseTitle();
        try {
            if (item == null) {
                throw new AccessDeniedException("no such task");
            }
            ReviewStep step = steps.of(item.step());
            if (!step.bulkDecidable(item.step())) {
                throw new IllegalArgumentException("workbench.bulk.notBulk");
            }
            eachInItsOwn.executeWithoutResult(status -> {
                // the one queue and region check of this task; the feature decides the checked task
                QueuedTask queued = tasks.checkQueue(user, taskId, step.checkedVariables(item.step()).toArray(String[]::new));
                if (queued.task().getAssignee() != null && !user.getUsername().equals(queued.task().getAssignee())) {
                    throw new IllegalArgumentException("workbench.error.taken");
                }
                step.decide(user, queued, approve, opinion);
            });
            return new BulkResult(taskId, title, true, approve ? "workbench.bulk.approved" : "workbench.bulk.rejected");
        } catch (AccessDeniedException e) {
            return new BulkResult(taskId, title, false, "workbench.error.taken");
        } catch (IllegalArgumentException e) {
            return new BulkResult(taskId, title, false, e.getMessage());
        } catch (cn.jiceng.common.validation.InputRejectedException e) {
            return new BulkResult(taskId, title, false, e.getMessageKey());
        } catch (OptimisticLockingException | TaskAlreadyClaimedException e) {
            return new BulkResult(taskId, title, false, "workbench.error.taken");
        } catch (RuntimeException e) {
            if (cn.jiceng.common.database.DatabaseUnavailableException.isCausedByOutage(e)) {
                // not decided (or its commit's answer was lost): the reviewer is told to try again
                return new BulkResult(taskId, title, false, cn.jiceng.common.database.DatabaseUnavailableException.MESSAGE_KEY);
            }
            if (!(e instanceof ProcessEngineException)) {
                throw e;
            }
            LOG.warn("bulk decision of task {} failed", taskId, e);
            return new BulkResult(taskId, title, false, "workbench.error.changed");
        }
    }

    /** The projection rows of these tasks, by task id, in one query per 500. */
    private Map<String, WorkItem> rows(List<String> taskIds) {
        Map<String, WorkItem> rows = new java.util.HashMap<>();
        for (int i = 0; i < taskIds.size(); i += 500) {
            List<String> chunk = taskIds.subList(i, Math.min(taskIds.size(), i + 500));
            jdbc.query("select " + QueueService.COLUMNS + " from wb_task t where t.task_id in (:ids)", Map.of("ids", chunk),
                    QueueService.ROW).forEach(r -> rows.put(r.taskId(), r));
        }
        return rows;
    }

    // ------------------------------------------------------------------ helpers

    private WorkItem allowed(AppUser user, Task task, TaskOperation operation) {
        WorkItem item = row(task.getId());
        if (!operations(item).contains(operation)) {
            throw new IllegalArgumentException("workbench.error.notAllowed");
        }
        return item;
    }

    private WorkItem row(String taskId) {
        return Optional.ofNullable(rows(List.of(taskId)).get(taskId)).orElseThrow(() -> new AccessDeniedException("no such task"));
    }

    /** Whether the user has held, finished or may take any task of the case. */
    private boolean involved(AppUser user, String processInstanceId) {
        Long n = jdbc.queryForObject("select count(*) from wb_task t where t.process_instance_id = :pi and (t.ended_by = :me"
                        + " or t.assignee = :me or t.owner_user = :me or exists (select 1 from wb_task_candidate c"
                        + " where c.task_id = t.task_id and c.group_id in (:groups)))",
                Map.of("pi", processInstanceId, "me", user.getUsername(), "groups", EngineGroups.groupsOf(user)), Long.class);
        return n != null && n > 0;
    }

    private boolean candidateOf(AppUser user, String taskId) {
        Long n = jdbc.queryForObject("select count(*) from wb_task_candidate where task_id = :id and group_id in (:groups)",
                Map.of("id", taskId, "groups", EngineGroups.groupsOf(user)), Long.class);
        return n != null && n > 0;
    }

    /**
     * A colleague for a delegation, transfer, co-sign or copy: a staff account whose region covers
     * the case; for a transfer also a member of one of the task's candidate groups.
     */
    private AppUser colleague(AppUser user, WorkItem item, String username, boolean mustBeCandidate) {
        AppUser to = users.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new IllegalArgumentException("workbench.error.noSuchColleague"));
        if (to.getUsername().equals(user.getUsername())) {
            throw new IllegalArgumentException("workbench.error.notYourself");
        }
        if (!to.isEnabled() || to.getUnitCode() == null || item.unitCode() == null
                || !scope.canSeeUnit(to, item.unitCode()) || !scope.canSeeUnit(user, to.getUnitCode())) {
            throw new IllegalArgumentException("workbench.error.colleagueOutsideRegion");
        }
        if (mustBeCandidate) {
            List<String> groups = taskService.getIdentityLinksForTask(item.taskId()).stream().map(l -> l.getGroupId())
                    .filter(Objects::nonNull).toList();
            if (!groups.isEmpty() && EngineGroups.groupsOf(to).stream().noneMatch(groups::contains)) {
                throw new IllegalArgumentException("workbench.error.colleagueCannotTake");
            }
        }
        return to;
    }

    private static void requireOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new IllegalArgumentException("workbench.error.opinionRequired");
        }
        if (opinion.strip().length() > 1000) {
            throw new IllegalArgumentException("workbench.error.opinionTooLong");
        }
    }
}
