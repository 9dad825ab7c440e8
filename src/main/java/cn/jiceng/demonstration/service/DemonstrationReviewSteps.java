package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CountyPlanRepository;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.Verdict;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewStep;
import cn.jiceng.review.service.StepContext;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.TaskFields;
import cn.jiceng.review.service.TaskOperation;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Department;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demonstration processes' steps in the workbench: subject (the unit, or the county of a county
 * step), detail (the program, with the department of a member unit's review) and the unit's score;
 * the simple decisions' Camunda Forms go to the services; the office's review of a county's list, the
 * member units' verdicts and the acceptance may be decided in bulk. No step may be withdrawn by the
 * workbench (each step's record lives in the demonstration tables); returns go through the forms.
 */
@Component
public class DemonstrationReviewSteps implements ReviewStep {

    private static final Set<String> BULK = Set.of(DemonstrationProcess.TASK_OFFICE_REVIEW,
            DemonstrationProcess.TASK_MEMBER_REVIEW, DemonstrationProcess.TASK_ACCEPTANCE);

    private final ProgramContext ctx;
    private final CountyPlanRepository plans;
    private final ProgramService programs;
    private final CandidateService candidates;

    public DemonstrationReviewSteps(ProgramContext ctx, CountyPlanRepository plans, ProgramService programs,
                                    CandidateService candidates) {
        this.ctx = ctx;
        this.plans = plans;
        this.programs = programs;
        this.candidates = candidates;
    }

    @Override
    public boolean handles(StepRef step) {
        return DemonstrationProcess.PROGRAM_PROCESS_ID.equals(step.processKey())
                || DemonstrationProcess.CANDIDATE_PROCESS_ID.equals(step.processKey());
    }

    @Override
    public TaskFields fields(StepContext context) {
        if (DemonstrationProcess.CANDIDATE_PROCESS_ID.equals(context.step().processKey())) {
            Object id = context.variable(DemonstrationProcess.VAR_CANDIDATE_ID);
            if (id == null) {
                return TaskFields.NONE;
            }
            return ctx.candidates.findWithProgram(((Number) id).longValue()).map(c -> candidateFields(c, context))
                    .orElse(TaskFields.NONE);
        }
        Object id = context.variable(DemonstrationProcess.VAR_PROGRAM_ID);
        if (id == null) {
            return TaskFields.NONE;
        }
        long programId = ((Number) id).longValue();
        Object county = context.variable(DemonstrationProcess.VAR_COUNTY_CODE);
        if (county != null) {
            return plans.findByProgramIdAndCountyCode(programId, county.toString())
                    .map(p -> new TaskFields(p.getCountyName(), p.getProgram().getName(), null)).orElse(TaskFields.NONE);
        }
        return ctx.programs.findById(programId).map(p -> new TaskFields(p.getName(), p.getDefinition().getName(), null))
                .orElse(TaskFields.NONE);
    }

    private static TaskFields candidateFields(Candidate c, StepContext context) {
        Program p = c.getProgram();
        String detail = p.getName();
        Object department = context.variable(DemonstrationProcess.VAR_DEPARTMENT);
        if (department != null && DemonstrationProcess.TASK_MEMBER_REVIEW.equals(context.step().stepKey())) {
            detail = Department.ofCode(department.toString()).map(Department::chineseName).orElse(department.toString())
                    + " · " + detail;
        }
        return new TaskFields(c.getUnitName(), detail, c.getScore());
    }

    @Override
    public Set<TaskOperation> operations(StepRef step) {
        Set<TaskOperation> operations = TaskOperation.standard();
        operations.remove(TaskOperation.WITHDRAW);
        return operations;
    }

    @Override
    public boolean bulkDecidable(StepRef step) {
        return BULK.contains(step.stepKey());
    }

    @Override
    public void decide(AppUser user, QueuedTask task, boolean approve, String opinion) {
        String id = task.task().getId();
        switch (task.task().getTaskDefinitionKey()) {
            case DemonstrationProcess.TASK_OFFICE_REVIEW -> programs.reviewNominations(user, id, approve, opinion);
            case DemonstrationProcess.TASK_MEMBER_REVIEW -> candidates.memberReview(user, id,
                    approve ? Verdict.APPROVE : Verdict.OBJECT, opinion);
            case DemonstrationProcess.TASK_ACCEPTANCE -> candidates.accept(user, id, approve, opinion);
            default -> ReviewStep.super.decide(user, task, approve, opinion);
        }
    }

    /** The Camunda Forms of the simple steps (forms/demonstration-*.form), values already checked against the form. */
    @Override
    public boolean submitForm(AppUser user, QueuedTask task, Map<String, Object> values) {
        String id = task.task().getId();
        switch (task.task().getTaskDefinitionKey()) {
            case DemonstrationProcess.TASK_SUBMIT_PLAN -> programs.submitPlan(user, id, text(values, "plan"));
            case DemonstrationProcess.TASK_OFFICE_REVIEW -> programs.reviewNominations(user, id, yes(values, "approved"),
                    text(values, "opinion"));
            case DemonstrationProcess.TASK_PROGRESS_REPORT -> candidates.submitProgressReport(user, id, text(values, "report"));
            case DemonstrationProcess.TASK_MEMBER_REVIEW -> candidates.memberReview(user, id,
                    "OBJECT".equals(values.get("verdict")) ? Verdict.OBJECT : Verdict.APPROVE, text(values, "opinion"));
            case DemonstrationProcess.TASK_RULE_OBJECTION -> candidates.ruleObjection(user, id, yes(values, "upheld"),
                    text(values, "opinion"));
            case DemonstrationProcess.TASK_ACCEPTANCE -> candidates.accept(user, id, yes(values, "passed"), text(values, "opinion"));
            case DemonstrationProcess.TASK_RECTIFY -> candidates.submitRectification(user, id, text(values, "report"));
            case DemonstrationProcess.TASK_REINSPECT -> candidates.reinspect(user, id, yes(values, "passed"), text(values, "opinion"));
            case DemonstrationProcess.TASK_RECORD_INSPECTION -> candidates.recordInspection(user, id, yes(values, "relapse"),
                    text(values, "finding"));
            case DemonstrationProcess.TASK_REVOCATION_REVIEW -> candidates.reviewRevocation(user, id, yes(values, "revoke"),
                    text(values, "opinion"));
            case DemonstrationProcess.TASK_REVOCATION_DECISION -> candidates.decideRevocation(user, id, yes(values, "revoke"),
                    text(values, "opinion"));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean yes(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return Boolean.TRUE.equals(v) || "true".equals(v);
    }

    private static String text(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }
}
