package cn.jiceng.demonstration.service;

import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CandidateRecord;
import cn.jiceng.demonstration.domain.CandidateRecordRepository;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.EvidenceRepository;
import cn.jiceng.demonstration.domain.Exclusion;
import cn.jiceng.demonstration.domain.MemberReview;
import cn.jiceng.demonstration.domain.MemberReviewRepository;
import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Schedule;
import cn.jiceng.demonstration.domain.ProgramDefinition.Steps;
import cn.jiceng.demonstration.domain.Verdict;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.process.PublishNoticeDelegate;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A creating unit's own steps: its process start from the definition, progress reports, the member
 * units' joint review and the office's ruling on an objection, acceptance level by level, the choice
 * of spot checks, and dynamic management (unannounced inspection, revocation review and decision,
 * rectification of weak units and re-inspection). Every step's form calls one method here, which
 * checks the task against the caller's queue and region.
 */
@Service
@Transactional
public class CandidateService {

    public static final String RECTIFICATION_OPEN = "OPEN";
    public static final String RECTIFICATION_DONE = "RECTIFIED";

    private final ProgramContext ctx;
    private final MemberReviewRepository memberReviews;
    private final CandidateRecordRepository records;
    private final EvidenceRepository evidence;
    private final ReviewTaskService tasks;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;

    public CandidateService(ProgramContext ctx, MemberReviewRepository memberReviews, CandidateRecordRepository records,
                            EvidenceRepository evidence, ReviewTaskService tasks, RuntimeService runtime,
                            WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.ctx = ctx;
        this.memberReviews = memberReviews;
        this.records = records;
        this.evidence = evidence;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    // ------------------------------------------------------------------ reading

    /** A unit of a program with its reviews, record and evidence, for a user whose region covers it. */
    @Transactional(readOnly = true)
    public CandidateView candidate(AppUser user, long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        ctx.requireVisible(user, c);
        ProgramDefinition d = ctx.definition(c.getProgram());
        return new CandidateView(ctx.nomination(c, d), c.getProgram().getName(), memberReviewViews(c),
                records.findByCandidateIdOrderById(candidateId).stream().map(r -> new RecordView(r.getId(), r.getKind(),
                        r.getBody(), r.getPassed(), r.getRecordedBy(), r.getRecordedAt())).toList(),
                evidence.listCurrent(candidateId).stream().map(EvidenceService::info).toList());
    }

    /** The unit of a task of the candidate process (for the step forms' headers). */
    @Transactional(readOnly = true)
    public CandidateView candidateOfTask(AppUser user, String taskId) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_CANDIDATE_ID);
        return candidate(user, candidateIdOf(task));
    }

    private List<MemberReviewView> memberReviewViews(Candidate c) {
        return memberReviews.findByCandidateIdOrderById(c.getId()).stream().map(r -> new MemberReviewView(c.getId(),
                c.getUnitName(), r.getDepartment(), r.getVerdict(), r.getOpinion(), r.getDecidedBy(), r.getDecidedAt())).toList();
    }

    // ------------------------------------------------------------------ process side

    /** Starts the unit's process: its steps, units per level and deadlines come from the program's definition. */
    public void start(Candidate c) {
        Program p = c.getProgram();
        ProgramDefinition d = ctx.definition(p);
        OrgUnit unit = ctx.unit(c.getUnitCode());
        Map<String, Object> vars = new HashMap<>();
        vars.put(DemonstrationProcess.VAR_CANDIDATE_ID, c.getId());
        vars.put(DemonstrationProcess.VAR_PROGRAM_ID, p.getId());
        vars.put(DemonstrationProcess.VAR_UNIT_CODE, c.getUnitCode());
        vars.put(DemonstrationProcess.VAR_TITLE, c.getUnitName() + " · " + p.getName());
        vars.put(DemonstrationProcess.VAR_OFFICE_UNIT_CODE, p.getOfficeUnitCode());
        vars.put(DemonstrationProcess.VAR_SELF_UNIT_CODE, ctx.selfUnit(unit));
        vars.put(DemonstrationProcess.VAR_SCORE_UNIT_CODE, ctx.ancestorAt(unit, d.level(ProgramDefinition.Levels::score, d.levels().nominate())));
        vars.put(DemonstrationProcess.VAR_SPOT_CHECK_UNIT_CODE, ctx.ancestorAt(unit, d.level(ProgramDefinition.Levels::spotCheck,
                d.levels().office())));
        vars.put(DemonstrationProcess.VAR_STEP_PROGRESS_REPORTS, d.step(Steps::progressReports));
        vars.put(DemonstrationProcess.VAR_STEP_SELF_ASSESSMENT, d.step(Steps::selfAssessment));
        vars.put(DemonstrationProcess.VAR_STEP_SURVEY, d.step(Steps::survey));
        vars.put(DemonstrationProcess.VAR_STEP_MEMBER_REVIEW, d.step(Steps::memberReview) && !d.memberUnitCodes().isEmpty());
        vars.put(DemonstrationProcess.VAR_STEP_DYNAMIC, d.step(Steps::dynamicManagement));
        vars.put(DemonstrationProcess.VAR_CREATION_END, ProgramService.iso(p.getCreationEnd().atZone(WorkingDayCalendar.ZONE)));
        vars.put(DemonstrationProcess.VAR_BOTTOM_LINE_FAILED, false);
        vars.put(DemonstrationProcess.VAR_ACCEPTANCE_FAILED, false);
        vars.put(DemonstrationProcess.VAR_SPOT_CHECK_SELECTED, false);
        vars.put(DemonstrationProcess.DAYS_REPORT, d.days(Schedule::reportDays, 10));
        vars.put(DemonstrationProcess.DAYS_SELF_ASSESSMENT, d.days(Schedule::selfAssessmentDays, 10));
        vars.put(DemonstrationProcess.DAYS_SCORING, d.days(Schedule::scoringDays, 10));
        vars.put(DemonstrationProcess.DAYS_SURVEY, d.days(Schedule::surveyDays, 10));
        vars.put(DemonstrationProcess.DAYS_MEMBER_REVIEW, d.days(Schedule::memberReviewDays, 5));
        vars.put(DemonstrationProcess.DAYS_ACCEPTANCE, d.days(Schedule::acceptanceDays, 5));
        vars.put(DemonstrationProcess.DAYS_SPOT_CHECK, d.days(Schedule::spotCheckDays, 10));
        vars.put(DemonstrationProcess.DAYS_RECTIFICATION, d.days(Schedule::rectificationDays, 30));
        vars.put(DemonstrationProcess.DAYS_REINSPECTION, d.days(Schedule::reinspectionDays, 10));
        vars.put(DemonstrationProcess.DAYS_REVOCATION, d.days(Schedule::revocationDays, 10));
        vars.put(PublicityProcess.VAR_WORKING_DAYS, Math.max(5, d.days(Schedule::publicityDays, 5)));
        c.setStatus(CandidateStatus.CREATING);
        c.setProcessInstanceId(runtime.startProcessInstanceByKey(DemonstrationProcess.CANDIDATE_PROCESS_ID,
                p.getCode() + "/" + c.getUnitCode(), vars).getId());
    }

    public void markStatus(long candidateId, CandidateStatus status) {
        ctx.candidate(candidateId).setStatus(status);
    }

    public void exclude(long candidateId, Exclusion why) {
        ctx.candidate(candidateId).exclude(why);
    }

    public List<Integer> scorerSlots(long candidateId) {
        int n = ctx.definition(ctx.candidate(candidateId).getProgram()).scorerCount();
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    public List<String> memberUnits(long candidateId) {
        return ctx.definition(ctx.candidate(candidateId).getProgram()).memberUnitCodes();
    }

    public boolean anyObjection(long candidateId) {
        return memberReviews.findByCandidateIdOrderById(candidateId).stream().anyMatch(r -> r.getVerdict() == Verdict.OBJECT);
    }

    /** The units of the acceptance levels above the unit, lowest first. */
    public List<String> acceptanceUnits(long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        OrgUnit unit = ctx.unit(c.getUnitCode());
        return ctx.definition(c.getProgram()).acceptanceLevels().stream().map(level -> ctx.ancestorAt(unit, level)).toList();
    }

    /**
     * Whether the spot-check level re-scores this unit: when the step is on and the unit's outcome is
     * one the definition selects, units are picked systematically so that at every moment at least the
     * configured share of the selected outcomes so far has been picked (the first always is).
     */
    public boolean selectSpotCheck(long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        ProgramDefinition d = ctx.definition(c.getProgram());
        if (!d.step(Steps::spotCheck) || d.spotCheck() == null || d.spotCheck().share() == null
                || d.spotCheck().share().signum() <= 0) {
            return false;
        }
        OutcomeValue v = OutcomeValue.of(c.getOutcomeCode(), c.isWeak(), c.attributeList());
        if (!v.matches(d.spotCheck().select())) {
            return false;
        }
        List<Candidate> peers = ctx.candidates.findInScope(c.getProgram().getId(), c.getProgram().getOfficeUnitPath()).stream()
                .filter(o -> o.getId().equals(c.getId()) || o.isSpotChecked() || o.getStatus() == CandidateStatus.INSPECTED
                        || o.getStatus() == CandidateStatus.PROPOSED)
                .filter(o -> OutcomeValue.of(o.getOutcomeCode(), o.isWeak(), o.attributeList()).matches(d.spotCheck().select()))
                .toList();
        long picked = peers.stream().filter(Candidate::isSpotChecked).count();
        long due = BigDecimal.valueOf(peers.size()).multiply(d.spotCheck().share()).setScale(0, RoundingMode.CEILING).longValue();
        boolean select = picked < due;
        c.setSpotChecked(select);
        return select;
    }

    public void rectified(long candidateId) {
        ctx.candidate(candidateId).setRectificationStatus(RECTIFICATION_DONE);
    }

    public void revoke(long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        String reason = records.findByCandidateIdOrderById(candidateId).stream()
                .filter(r -> CandidateRecord.INSPECTION.equals(r.getKind()) && Boolean.FALSE.equals(r.getPassed()))
                .reduce((a, b) -> b).map(CandidateRecord::getBody).orElse(null);
        c.revoke(reason, ProgramContext.now());
    }

    // ------------------------------------------------------------------ step forms

    /** The unit reports its progress during the creation period (Task_ProgressReport). */
    public void submitProgressReport(AppUser user, String taskId, String report) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_PROGRESS_REPORT);
        String text = ProgramContext.text("report", report, 4000, true);
        record(candidateIdOf(task), CandidateRecord.PROGRESS, text, null, user);
        tasks.complete(user, task.task(), Map.of(), null);
    }

    /** A member unit's verdict (Task_MemberReview): approve, or object with an opinion. */
    public void memberReview(AppUser user, String taskId, Verdict verdict, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_MEMBER_REVIEW);
        if (verdict == null) {
            throw new DemonstrationInputException("verdict", "demonstration.error.required");
        }
        String text = ProgramContext.text("opinion", opinion, 1000, verdict == Verdict.OBJECT);
        String department = (String) tasks.taskVariable(taskId, DemonstrationProcess.VAR_DEPARTMENT);
        memberReviews.save(new MemberReview(candidateIdOf(task), department, verdict, text, user.getUsername(), ProgramContext.now()));
        tasks.complete(user, task.task(), Map.of(), text);
    }

    /** The office rules on the member units' objection (Task_RuleObjection): upheld takes the unit out. */
    public void ruleObjection(AppUser user, String taskId, boolean upheld, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_RULE_OBJECTION);
        String text = ProgramContext.text("opinion", opinion, 1000, true);
        record(candidateIdOf(task), CandidateRecord.OBJECTION_RULING, text, !upheld, user);
        tasks.complete(user, task.task(), Map.of(DemonstrationProcess.VAR_OBJECTION_UPHELD, upheld), text);
    }

    /** One level's acceptance (Task_Acceptance): passed, or not (with an opinion; the unit is out). */
    public void accept(AppUser user, String taskId, boolean passed, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_ACCEPTANCE);
        String text = ProgramContext.text("opinion", opinion, 1000, !passed);
        record(candidateIdOf(task), CandidateRecord.ACCEPTANCE, text, passed, user);
        tasks.complete(user, task.task(), Map.of(DemonstrationProcess.VAR_ACCEPTANCE_FAILED, !passed), text);
    }

    /** A weak unit reports its rectification (Task_Rectify). */
    public void submitRectification(AppUser user, String taskId, String report) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_RECTIFY);
        String text = ProgramContext.text("report", report, 4000, true);
        record(candidateIdOf(task), CandidateRecord.RECTIFICATION, text, null, user);
        tasks.complete(user, task.task(), Map.of(), null);
    }

    /** The re-inspection after a rectification (Task_Reinspect): passed closes it, failed orders another. */
    public void reinspect(AppUser user, String taskId, boolean passed, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_REINSPECT);
        String text = ProgramContext.text("opinion", opinion, 1000, !passed);
        long id = candidateIdOf(task);
        record(id, CandidateRecord.REINSPECTION, text, passed, user);
        if (!passed) {
            Candidate c = ctx.candidate(id);
            ProgramDefinition d = ctx.definition(c.getProgram());
            c.setRectificationDue(calendar.deadline(ProgramContext.now().atZone(WorkingDayCalendar.ZONE),
                    d.days(Schedule::rectificationDays, 30)).toInstant());
        }
        tasks.complete(user, task.task(), Map.of(DemonstrationProcess.VAR_REINSPECTION_PASSED, passed), text);
    }

    /** The office starts an unannounced inspection (督导暗访) of an awarded unit. */
    public void startInspection(AppUser user, long candidateId, String note) {
        Candidate c = ctx.candidate(candidateId);
        ctx.requireAt(user, c.getProgram().getOfficeUnitCode(), Role.REVIEWER, Role.LEADER);
        if (c.getStatus() != CandidateStatus.AWARDED || c.getProcessInstanceId() == null) {
            throw new DemonstrationInputException("candidate", "demonstration.inspection.error.notAwarded", c.getUnitName());
        }
        String text = ProgramContext.text("note", note, 1000, false);
        var result = runtime.createMessageCorrelation(DemonstrationProcess.MSG_INSPECTION).processInstanceId(c.getProcessInstanceId())
                .correlateAllWithResult();
        if (result.isEmpty()) {
            throw new DemonstrationInputException("candidate", "demonstration.inspection.error.running", c.getUnitName());
        }
        if (text != null) {
            record(candidateId, CandidateRecord.INSPECTION, text, null, user);
        }
    }

    /** The inspection's finding (Task_RecordInspection): a major problem or a relapse starts the revocation review. */
    public void recordInspection(AppUser user, String taskId, boolean relapse, String finding) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_RECORD_INSPECTION);
        String text = ProgramContext.text("finding", finding, 4000, true);
        record(candidateIdOf(task), CandidateRecord.INSPECTION, text, !relapse, user);
        tasks.complete(user, task.task(), Map.of(DemonstrationProcess.VAR_RELAPSE, relapse), text);
    }

    /** The office's revocation review (Task_RevocationReview): proposing it publicizes the revocation. */
    public void reviewRevocation(AppUser user, String taskId, boolean revoke, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_REVOCATION_REVIEW);
        String text = ProgramContext.text("opinion", opinion, 1000, true);
        long id = candidateIdOf(task);
        Candidate c = ctx.candidate(id);
        record(id, CandidateRecord.REVOCATION_REVIEW, text, !revoke, user);
        Map<String, Object> vars = new HashMap<>();
        vars.put(DemonstrationProcess.VAR_REVOCATION_PROPOSED, revoke);
        if (revoke) {
            ProgramDefinition d = ctx.definition(c.getProgram());
            vars.put(DemonstrationProcess.VAR_PUBLICITY_TITLE, c.getProgram().getName() + "拟摘牌单位公示");
            vars.put(DemonstrationProcess.VAR_PUBLICITY_BODY, "经督导暗访，" + c.getUnitName() + "存在重大问题或明显反弹，拟撤销其"
                    + ProgramContext.outcomeName(d, c.getFinalOutcome()) + "称号。公示期间，有异议的可实名反映。");
            vars.put(PublicityProcess.VAR_ENTRIES, PublishNoticeDelegate.toJson(List.of(new PublishRequest.Entry(String.valueOf(id),
                    c.getUnitName(), "拟撤销" + ProgramContext.outcomeName(d, c.getFinalOutcome())))));
        }
        tasks.complete(user, task.task(), vars, text);
    }

    /** The leading group's revocation decision (Task_RevocationDecision), after the publicity. */
    public void decideRevocation(AppUser user, String taskId, boolean revoke, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_REVOCATION_DECISION);
        String text = ProgramContext.text("opinion", opinion, 1000, true);
        record(candidateIdOf(task), CandidateRecord.REVOCATION_DECISION, text, !revoke, user);
        tasks.complete(user, task.task(), Map.of(DemonstrationProcess.VAR_REVOKE, revoke), text);
    }

    // ------------------------------------------------------------------ internals

    void record(long candidateId, String kind, String text, Boolean passed, AppUser user) {
        records.save(new CandidateRecord(candidateId, kind, text, passed, user.getUsername(), ProgramContext.now()));
    }

    QueuedTask checkTask(AppUser user, String taskId, String step) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_CANDIDATE_ID);
        if (!step.equals(task.task().getTaskDefinitionKey())) {
            throw new DemonstrationInputException("task", "demonstration.error.wrongStep", step);
        }
        return task;
    }

    static long candidateIdOf(QueuedTask task) {
        Object id = task.variable(DemonstrationProcess.VAR_CANDIDATE_ID);
        if (id == null) {
            throw new AccessDeniedException("not a task of a demonstration unit");
        }
        return ((Number) id).longValue();
    }
}
