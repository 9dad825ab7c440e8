package cn.jiceng.demonstration.service;

import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.CountyPlan;
import cn.jiceng.demonstration.domain.CountyPlanRepository;
import cn.jiceng.demonstration.domain.Exclusion;
import cn.jiceng.demonstration.domain.LeadingDecision;
import cn.jiceng.demonstration.domain.MemberReviewRepository;
import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.domain.StoredDefinition;
import cn.jiceng.demonstration.domain.StoredDefinitionRepository;
import cn.jiceng.demonstration.domain.Verdict;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.QuotaService.Basis;
import cn.jiceng.demonstration.service.QuotaService.Group;
import cn.jiceng.demonstration.service.QuotaStatus.Attainment;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.process.PublishNoticeDelegate;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs from start to announcement: starting a program from a definition version, the counties'
 * plans, nominations with the live quota check (a hard quota refuses, a soft one warns), the office's
 * review of each county's list, the proposed list and its publicity, the leading group's decision
 * per unit, and the announcement with awards and subsidies (DMN). Region-scoped throughout: a county
 * sees and nominates its own units only.
 */
@Service
@Transactional
public class ProgramService {

    private final ProgramContext ctx;
    private final CountyPlanRepository plans;
    private final StoredDefinitionRepository storedDefinitions;
    private final MemberReviewRepository memberReviews;
    private final QuotaService quotas;
    private final SubsidyService subsidies;
    private final CandidateService candidateService;
    private final ReviewTaskService tasks;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;

    public ProgramService(ProgramContext ctx, CountyPlanRepository plans, StoredDefinitionRepository storedDefinitions,
                          MemberReviewRepository memberReviews, QuotaService quotas, SubsidyService subsidies,
                          CandidateService candidateService, ReviewTaskService tasks, RuntimeService runtime,
                          WorkingDayCalendar calendar) {
        this.ctx = ctx;
        this.plans = plans;
        this.storedDefinitions = storedDefinitions;
        this.memberReviews = memberReviews;
        this.quotas = quotas;
        this.subsidies = subsidies;
        this.candidateService = candidateService;
        this.tasks = tasks;
        this.runtime = runtime;
        this.calendar = calendar;
    }

    // ------------------------------------------------------------------ programs

    /**
     * Starts a program: the office must be a unit at the definition's office level in the user's
     * region, and the user its reviewer or leader (or an administrator). Creates a row per nominating
     * unit (county) and starts the program process.
     */
    public ProgramSummary start(AppUser user, StartProgram request) {
        StoredDefinition stored = storedDefinitions.findById(request.definitionId())
                .orElseThrow(() -> new DemonstrationInputException("definition", "demonstration.error.noDefinition", request.definitionId()));
        ProgramDefinition d = ctx.definitions.definition(stored.getId());
        OrgUnit office = ctx.unit(request.officeUnitCode());
        if (!ctx.scope.canSeeUnit(user, office.getCode())) {
            throw new AccessDeniedException("office outside the user's region");
        }
        if (!user.hasRole(Role.ADMIN)) {
            ctx.requireAt(user, office.getCode(), Role.REVIEWER, Role.LEADER);
        }
        if (!office.getLevel().name().equals(d.levels().office())) {
            throw new DemonstrationInputException("officeUnitCode", "demonstration.error.officeLevel", office.getName(), d.levels().office());
        }
        if (request.year() < 2000 || request.year() > 2100) {
            throw new DemonstrationInputException("year", "demonstration.error.year", request.year());
        }
        String name = ProgramContext.text("name", request.name(), 200, false);
        if (name == null) {
            name = office.getName() + request.year() + "年" + d.name();
        }
        List<OrgUnit> counties = ctx.orgUnits.subtreeAtLevel(office, OrgLevel.valueOf(d.levels().nominate()));
        if (counties.isEmpty()) {
            throw new DemonstrationInputException("officeUnitCode", "demonstration.error.noCounties", office.getName());
        }
        long n = ctx.programs.countByOfficeAndYear(office.getCode(), request.year()) + 1;
        String code;
        do {
            code = office.getCode() + "-" + request.year() + "-" + n++;
        } while (ctx.programs.findByCode(code).isPresent());
        Program program = ctx.programs.save(new Program(code, name, stored, request.year(), office.getCode(), office.getPath(),
                user.getUsername(), ProgramContext.now()));
        for (OrgUnit county : counties) {
            plans.save(new CountyPlan(program, county.getCode(), county.getName(), county.getPath()));
        }
        ZonedDateTime now = ProgramContext.now().atZone(WorkingDayCalendar.ZONE);
        ZonedDateTime planDeadline = calendar.deadline(now, d.days(ProgramDefinition.Schedule::planDays, 10));
        ZonedDateTime nominationEnd = calendar.deadline(d.step(ProgramDefinition.Steps::countyPlans) ? planDeadline : now,
                d.days(ProgramDefinition.Schedule::nominationDays, 10) + d.days(ProgramDefinition.Schedule::officeReviewDays, 5));
        ZonedDateTime creationEnd = calendar.deadline(nominationEnd, d.days(ProgramDefinition.Schedule::creationDays, 60));
        program.setCreationEnd(creationEnd.toInstant());
        Map<String, Object> vars = new HashMap<>();
        vars.put(DemonstrationProcess.VAR_PROGRAM_ID, program.getId());
        vars.put(DemonstrationProcess.VAR_TITLE, name);
        vars.put(DemonstrationProcess.VAR_OFFICE_UNIT_CODE, office.getCode());
        vars.put(DemonstrationProcess.VAR_STEP_COUNTY_PLANS, d.step(ProgramDefinition.Steps::countyPlans));
        vars.put(DemonstrationProcess.VAR_PLAN_DEADLINE, iso(planDeadline));
        vars.put(DemonstrationProcess.VAR_CREATION_END, iso(creationEnd));
        vars.put(DemonstrationProcess.DAYS_PLAN, d.days(ProgramDefinition.Schedule::planDays, 10));
        vars.put(DemonstrationProcess.DAYS_NOMINATION, d.days(ProgramDefinition.Schedule::nominationDays, 10));
        vars.put(DemonstrationProcess.DAYS_OFFICE_REVIEW, d.days(ProgramDefinition.Schedule::officeReviewDays, 5));
        vars.put(DemonstrationProcess.DAYS_PROPOSAL, d.days(ProgramDefinition.Schedule::proposalDays, 5));
        vars.put(DemonstrationProcess.DAYS_DECISION, d.days(ProgramDefinition.Schedule::decisionDays, 10));
        vars.put(PublicityProcess.VAR_WORKING_DAYS, Math.max(5, d.days(ProgramDefinition.Schedule::publicityDays, 5)));
        program.setProcessInstanceId(runtime.startProcessInstanceByKey(DemonstrationProcess.PROGRAM_PROCESS_ID, code, vars).getId());
        return summary(program);
    }

    static String iso(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The programs the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<ProgramSummary> programs(AppUser user) {
        return ctx.scope.scopePath(user).map(path -> ctx.programs.findVisible(path).stream().map(this::summary).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public ProgramSummary program(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        return summary(p);
    }

    /** The program's definition (the version it runs with). */
    @Transactional(readOnly = true)
    public ProgramDefinition definitionOf(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        return ctx.definition(p);
    }

    /** The nominating units (counties) of the program within the user's region, with their plans and lists. */
    @Transactional(readOnly = true)
    public List<CountyView> counties(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        Map<String, Long> counts = ctx.candidates.findInScope(programId, p.getOfficeUnitPath()).stream()
                .filter(c -> c.getStatus() != CandidateStatus.WITHDRAWN)
                .collect(Collectors.groupingBy(Candidate::getCountyCode, Collectors.counting()));
        return plans.findByProgramIdOrderByCountyCode(programId).stream()
                .filter(c -> ctx.scope.canSeePath(user, c.getCountyPath()) || c.getCountyPath().startsWith(
                        ctx.scope.scopePath(user).orElse("#")))
                .map(c -> new CountyView(c.getCountyCode(), c.getCountyName(), c.getPlanText(), c.getPlanSubmittedAt(),
                        c.isPlanMissed(), c.getNominationsSubmittedAt(), c.isAccepted(), c.getReviewOpinion(), c.getReviewedAt(),
                        counts.getOrDefault(c.getCountyCode(), 0L)))
                .toList();
    }

    /** The outcomes a nomination may aim at. */
    @Transactional(readOnly = true)
    public List<OutcomeOption> targetOptions(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        return ProgramContext.outcomeOptions(ctx.definition(p));
    }

    /** The units of the county that may still be nominated (target level and types, not yet on the list). */
    @Transactional(readOnly = true)
    public List<UnitOption> eligibleUnits(AppUser user, long programId, String countyCode) {
        Program p = ctx.program(programId);
        CountyPlan county = county(p, countyCode);
        if (!ctx.scope.canSeePath(user, county.getCountyPath())) {
            throw new AccessDeniedException("county outside the user's region");
        }
        ProgramDefinition d = ctx.definition(p);
        Set<String> taken = ctx.candidates.findActiveInCounty(programId, countyCode).stream().map(Candidate::getUnitCode)
                .collect(Collectors.toSet());
        return ctx.orgUnits.subtreeAtLevel(ctx.unit(countyCode), OrgLevel.valueOf(d.targetLevel())).stream()
                .filter(u -> d.targetTypes() == null || d.targetTypes().isEmpty() || d.targetTypes().contains(u.getType().name()))
                .filter(u -> !taken.contains(u.getCode()))
                .map(u -> new UnitOption(u.getCode(), u.getName(), u.getPath())).toList();
    }

    // ------------------------------------------------------------------ plans

    /** A county files its implementation plan (Task_SubmitPlan; the form's {@code plan}). */
    public void submitPlan(AppUser user, String taskId, String planText) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_SUBMIT_PLAN);
        String county = (String) tasks.taskVariable(taskId, DemonstrationProcess.VAR_COUNTY_CODE);
        CountyPlan plan = county(ctx.program(programIdOf(task)), county);
        plan.submitPlan(ProgramContext.text("plan", planText, 4000, true), user.getUsername(), ProgramContext.now());
        tasks.complete(user, task.task(), Map.of(), null);
    }

    // ------------------------------------------------------------------ nominations

    /**
     * Nominates a unit of the user's county with its target outcome. Refused when the county's list
     * is submitted, the unit is not a target unit of the county, or a hard quota would be exceeded;
     * soft quotas exceeded come back as warnings.
     */
    public NominationResult nominate(AppUser user, long programId, String unitCode, String targetOutcome, List<String> attributes) {
        Program p = ctx.program(programId);
        ProgramDefinition d = ctx.definition(p);
        OrgUnit unit = ctx.unit(unitCode);
        String countyCode = ctx.ancestorAt(unit, d.levels().nominate());
        CountyPlan county = county(p, countyCode);
        requireNominator(user, p, county);
        if (!unit.getLevel().name().equals(d.targetLevel())
                || d.targetTypes() != null && !d.targetTypes().isEmpty() && !d.targetTypes().contains(unit.getType().name())) {
            throw new DemonstrationInputException("unitCode", "demonstration.nomination.error.notTarget", unit.getName());
        }
        List<String> attrs = attributes(d, attributes);
        String target = target(d, targetOutcome);
        var existing = ctx.candidates.findByProgramIdAndUnitCode(programId, unitCode);
        if (existing.isPresent() && existing.get().getStatus() != CandidateStatus.WITHDRAWN) {
            throw new DemonstrationInputException("unitCode", "demonstration.nomination.error.duplicate", unit.getName());
        }
        List<QuotaStatus> after = checkQuotas(p, d, county, new Group(countyCode, target, attrs, false, 1), null);
        Candidate c;
        if (existing.isPresent()) {
            c = existing.get();
            c.setStatus(CandidateStatus.NOMINATED);
            c.setTargetOutcome(target);
            c.setAttributes(attrs);
        } else {
            c = ctx.candidates.save(new Candidate(p, unit.getCode(), unit.getName(), unit.getPath(), countyCode, target, attrs,
                    user.getUsername(), ProgramContext.now()));
        }
        return new NominationResult(ctx.nomination(c, d), after, warnings(after));
    }

    /** Changes the target (and attributes) of a nomination of a list not yet submitted; quotas as for a new one. */
    public NominationResult changeTarget(AppUser user, long candidateId, String targetOutcome, List<String> attributes) {
        Candidate c = ctx.candidate(candidateId);
        Program p = c.getProgram();
        ProgramDefinition d = ctx.definition(p);
        CountyPlan county = county(p, c.getCountyCode());
        requireNominator(user, p, county);
        if (c.getStatus() != CandidateStatus.NOMINATED) {
            throw new DemonstrationInputException("candidate", "demonstration.nomination.error.notEditable", c.getUnitName());
        }
        List<String> attrs = attributes(d, attributes);
        String target = target(d, targetOutcome);
        List<QuotaStatus> after = checkQuotas(p, d, county, new Group(c.getCountyCode(), target, attrs, false, 1),
                new Group(c.getCountyCode(), c.getTargetOutcome(), c.attributeList(), false, 1));
        c.setTargetOutcome(target);
        c.setAttributes(attrs);
        return new NominationResult(ctx.nomination(c, d), after, warnings(after));
    }

    /** Takes a unit off its county's list (before the list is submitted). */
    public void withdraw(AppUser user, long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        CountyPlan county = county(c.getProgram(), c.getCountyCode());
        requireNominator(user, c.getProgram(), county);
        if (c.getStatus() != CandidateStatus.NOMINATED) {
            throw new DemonstrationInputException("candidate", "demonstration.nomination.error.notEditable", c.getUnitName());
        }
        c.setStatus(CandidateStatus.WITHDRAWN);
    }

    /** The program's units in the user's region (a county sees its own), every stage. */
    @Transactional(readOnly = true)
    public List<Nomination> nominations(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        ProgramDefinition d = ctx.definition(p);
        String path = ctx.scope.scopePath(user).orElseThrow(() -> new AccessDeniedException("no region"));
        String effective = path.startsWith(p.getOfficeUnitPath()) ? path : p.getOfficeUnitPath();
        return ctx.candidates.findInScope(programId, effective).stream()
                .filter(c -> c.getStatus() != CandidateStatus.WITHDRAWN)
                .map(c -> ctx.nomination(c, d)).toList();
    }

    /** The county's list. */
    @Transactional(readOnly = true)
    public List<Nomination> nominations(AppUser user, long programId, String countyCode) {
        Program p = ctx.program(programId);
        CountyPlan county = county(p, countyCode);
        if (!ctx.scope.canSeePath(user, county.getCountyPath())) {
            throw new AccessDeniedException("county outside the user's region");
        }
        ProgramDefinition d = ctx.definition(p);
        return ctx.candidates.findActiveInCounty(programId, countyCode).stream().map(c -> ctx.nomination(c, d)).toList();
    }

    /** The quotas of the county and of the program on the nominations' targets, now. */
    @Transactional(readOnly = true)
    public List<QuotaStatus> quotaCheck(AppUser user, long programId, String countyCode) {
        Program p = ctx.program(programId);
        CountyPlan county = county(p, countyCode);
        if (!ctx.scope.canSeePath(user, county.getCountyPath())) {
            throw new AccessDeniedException("county outside the user's region");
        }
        ProgramDefinition d = ctx.definition(p);
        return quotas.evaluate(p, d, Map.of(countyCode, new String[] {county.getCountyName(), county.getCountyPath()}),
                programGroupsIfNeeded(p, d, countyCode, Basis.TARGETS), Map.of(), false, null, null);
    }

    /**
     * Submits the county's list to the office (completes Task_Nominate; a county may nominate none).
     * Refused when a hard minimum of the county is not reached; quotas not met come back as warnings.
     */
    public List<QuotaStatus> submitNominations(AppUser user, String taskId) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_NOMINATE);
        Program p = ctx.program(programIdOf(task));
        String countyCode = (String) tasks.taskVariable(taskId, DemonstrationProcess.VAR_COUNTY_CODE);
        CountyPlan county = county(p, countyCode);
        ProgramDefinition d = ctx.definition(p);
        List<QuotaStatus> now = quotas.evaluate(p, d, Map.of(countyCode, new String[] {county.getCountyName(), county.getCountyPath()}),
                programGroupsIfNeeded(p, d, countyCode, Basis.TARGETS), Map.of(), false, null, null);
        for (QuotaStatus q : now) {
            if (q.hard() && q.status() != Attainment.MET && q.scope() == cn.jiceng.demonstration.domain.QuotaScope.PER_COUNTY) {
                throw new DemonstrationInputException("nominations", "demonstration.quota.error.belowMinimum", q.name(), q.count(),
                        q.min() == null ? "" : q.min());
            }
        }
        county.setNominationsSubmittedAt(ProgramContext.now());
        tasks.complete(user, task.task(), Map.of(), null);
        return now.stream().filter(q -> q.status() != Attainment.MET).toList();
    }

    /** The office approves a county's list (its units become creating units) or returns it with an opinion. */
    public void reviewNominations(AppUser user, String taskId, boolean approve, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_OFFICE_REVIEW);
        Program p = ctx.program(programIdOf(task));
        String countyCode = (String) tasks.taskVariable(taskId, DemonstrationProcess.VAR_COUNTY_CODE);
        CountyPlan county = county(p, countyCode);
        String text = ProgramContext.text("opinion", opinion, 1000, !approve);
        if (approve) {
            ProgramDefinition d = ctx.definition(p);
            List<QuotaStatus> now = quotas.evaluate(p, d, Map.of(countyCode, new String[] {county.getCountyName(), county.getCountyPath()}),
                    programGroupsIfNeeded(p, d, countyCode, Basis.TARGETS), Map.of(), false, null, null);
            for (QuotaStatus q : now) {
                if (q.hard() && q.status() == Attainment.EXCEEDED) {
                    throw new DemonstrationInputException("nominations", "demonstration.quota.error.exceeded", q.name(), q.count(),
                            q.max() == null ? "" : q.max());
                }
            }
        }
        county.review(approve, text, user.getUsername(), ProgramContext.now());
        Map<String, Object> vars = new HashMap<>();
        vars.put(DemonstrationProcess.VAR_LIST_APPROVED, approve);
        tasks.complete(user, task.task(), vars, text);
    }

    // ------------------------------------------------------------------ proposal, publicity, decision

    /**
     * The office proposes the list (Task_ProposeList): every unit must be through its inspection; the
     * units whose scores give an outcome are proposed and publicized (at least 5 working days).
     */
    public List<Nomination> proposeList(AppUser user, String taskId, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_PROPOSE_LIST);
        Program p = ctx.program(programIdOf(task));
        ProgramDefinition d = ctx.definition(p);
        String text = ProgramContext.text("opinion", opinion, 1000, false);
        List<Candidate> all = ctx.candidates.findInScope(p.getId(), p.getOfficeUnitPath());
        long pending = all.stream().filter(c -> c.getStatus() == CandidateStatus.CREATING
                || c.getStatus() == CandidateStatus.INSPECTING).count();
        if (pending > 0) {
            throw new DemonstrationInputException("program", "demonstration.error.inspectionPending", pending);
        }
        List<Candidate> proposed = all.stream().filter(c -> c.getStatus() == CandidateStatus.INSPECTED)
                .filter(c -> OutcomeValue.of(c.getOutcomeCode(), false, List.of()).awarded())
                .sorted(Comparator.comparing(Candidate::getCountyCode).thenComparing(Candidate::getUnitCode)).toList();
        List<PublishRequest.Entry> entries = new ArrayList<>();
        for (Candidate c : proposed) {
            c.setStatus(CandidateStatus.PROPOSED);
            entries.add(new PublishRequest.Entry(String.valueOf(c.getId()), c.getUnitName(),
                    ProgramContext.outcomeName(d, c.getOutcomeCode()) + (c.getScore() == null ? "" : "（" + plain(c.getScore()) + "分）")));
        }
        p.setStatus(proposed.isEmpty() ? ProgramStatus.DECIDING : ProgramStatus.PUBLICIZING);
        Map<String, Object> vars = new HashMap<>();
        vars.put(DemonstrationProcess.VAR_ANY_PROPOSED, !proposed.isEmpty());
        vars.put(DemonstrationProcess.VAR_PUBLICITY_TITLE, p.getName() + "拟命名名单公示");
        vars.put(DemonstrationProcess.VAR_PUBLICITY_BODY, "经推荐、评估验收，现将" + p.getName() + "拟命名名单予以公示。"
                + "公示期间，对公示对象有异议的，可实名反映。");
        vars.put(PublicityProcess.VAR_ENTRIES, PublishNoticeDelegate.toJson(entries));
        tasks.complete(user, task.task(), vars, text);
        return proposed.stream().map(c -> ctx.nomination(c, d)).toList();
    }

    /** Records the publicity's outcome per unit: a verified objection takes the unit out; a suspended one is marked. */
    public void recordPublicity(long programId, Long noticeId, Map<String, String> outcomes) {
        Program p = ctx.program(programId);
        p.setPublicityNoticeId(noticeId);
        p.setStatus(ProgramStatus.DECIDING);
        for (var e : outcomes.entrySet()) {
            Candidate c = ctx.candidate(Long.parseLong(e.getKey()));
            c.setPublicityOutcome(e.getValue());
            if (PublicityOutcome.CANCELLED.name().equals(e.getValue())) {
                c.exclude(Exclusion.PUBLICITY_OBJECTION);
            }
        }
    }

    /** What the leading group decides on (Task_LeadingGroupDecision). */
    @Transactional(readOnly = true)
    public DecisionView decisionView(AppUser user, String taskId) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_LEADING_GROUP_DECISION);
        Program p = ctx.program(programIdOf(task));
        ProgramDefinition d = ctx.definition(p);
        List<Candidate> proposed = ctx.candidates.findByStatus(p.getId(), List.of(CandidateStatus.PROPOSED));
        List<MemberReviewView> objections = new ArrayList<>();
        for (Candidate c : proposed) {
            memberReviews.findByCandidateIdOrderById(c.getId()).stream().filter(r -> r.getVerdict() == Verdict.OBJECT)
                    .forEach(r -> objections.add(new MemberReviewView(c.getId(), c.getUnitName(), r.getDepartment(), r.getVerdict(),
                            r.getOpinion(), r.getDecidedBy(), r.getDecidedAt())));
        }
        List<UnitDecision> asProposed = proposed.stream().map(c -> new UnitDecision(c.getId(), LeadingDecision.APPROVE, null, null)).toList();
        return new DecisionView(p.getId(), p.getName(), proposed.stream().map(c -> ctx.nomination(c, d)).toList(), objections,
                decisionQuotas(p, d, proposed, asProposed), ProgramContext.outcomeOptions(d));
    }

    /** The quotas if the leading group decides so (the decision screen's live quota effect). */
    @Transactional(readOnly = true)
    public List<QuotaStatus> previewDecision(AppUser user, String taskId, List<UnitDecision> decisions) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_LEADING_GROUP_DECISION);
        Program p = ctx.program(programIdOf(task));
        ProgramDefinition d = ctx.definition(p);
        return decisionQuotas(p, d, ctx.candidates.findByStatus(p.getId(), List.of(CandidateStatus.PROPOSED)), decisions);
    }

    /**
     * The leading group decides every proposed unit: approve, adjust (to another outcome of the
     * definition) or reject (with an opinion). Refused when a unit has no decision or a hard quota
     * would be exceeded by the final outcomes.
     */
    public void decide(AppUser user, String taskId, List<UnitDecision> decisions, String opinion) {
        QueuedTask task = checkTask(user, taskId, DemonstrationProcess.TASK_LEADING_GROUP_DECISION);
        Program p = ctx.program(programIdOf(task));
        ProgramDefinition d = ctx.definition(p);
        String text = ProgramContext.text("opinion", opinion, 1000, false);
        List<Candidate> proposed = ctx.candidates.findByStatus(p.getId(), List.of(CandidateStatus.PROPOSED));
        Map<Long, UnitDecision> byId = new HashMap<>();
        for (UnitDecision u : decisions == null ? List.<UnitDecision>of() : decisions) {
            byId.put(u.candidateId(), u);
        }
        Set<String> options = ProgramContext.outcomeOptions(d).stream().map(OutcomeOption::code).collect(Collectors.toSet());
        for (Candidate c : proposed) {
            UnitDecision u = byId.get(c.getId());
            if (u == null || u.decision() == null) {
                throw new DemonstrationInputException("decisions", "demonstration.decision.error.missing", c.getUnitName());
            }
            if (u.decision() == LeadingDecision.ADJUST && (u.adjustedOutcome() == null || !options.contains(u.adjustedOutcome()))) {
                throw new DemonstrationInputException("decisions", "demonstration.decision.error.adjustedOutcome", c.getUnitName());
            }
            if (u.decision() != LeadingDecision.APPROVE && (u.opinion() == null || u.opinion().isBlank())) {
                throw new DemonstrationInputException("decisions", "demonstration.decision.error.opinionRequired", c.getUnitName());
            }
            ProgramContext.text("opinion", u.opinion(), 1000, false);
        }
        for (QuotaStatus q : decisionQuotas(p, d, proposed, decisions)) {
            if (q.hard() && q.status() == Attainment.EXCEEDED) {
                throw new DemonstrationInputException("decisions", "demonstration.quota.error.exceeded", q.name(), q.count(),
                        q.max() == null ? "" : q.max());
            }
        }
        for (Candidate c : proposed) {
            UnitDecision u = byId.get(c.getId());
            c.decide(u.decision(), u.opinion() == null ? null : u.opinion().trim());
            c.setFinalOutcome(switch (u.decision()) {
                case APPROVE -> c.getOutcomeCode();
                case ADJUST -> u.adjustedOutcome();
                case REJECT -> null;
            });
        }
        tasks.complete(user, task.task(), Map.of(), text);
    }

    private List<QuotaStatus> decisionQuotas(Program p, ProgramDefinition d, List<Candidate> proposed, List<UnitDecision> decisions) {
        Map<Long, UnitDecision> byId = new HashMap<>();
        (decisions == null ? List.<UnitDecision>of() : decisions).forEach(u -> byId.put(u.candidateId(), u));
        List<Group> groups = new ArrayList<>();
        for (Candidate c : proposed) {
            UnitDecision u = byId.get(c.getId());
            String outcome = u == null || u.decision() == LeadingDecision.APPROVE ? c.getOutcomeCode()
                    : u.decision() == LeadingDecision.ADJUST ? u.adjustedOutcome() : null;
            if (outcome != null) {
                groups.add(new Group(c.getCountyCode(), outcome, c.attributeList(), false, 1));
            }
        }
        return quotas.evaluate(p, d, countyMap(p), groups, Map.of(), false, null, null);
    }

    /**
     * Announces the program: final outcomes with their award and subsidies (DMN), weak units named
     * (below the weak threshold, filled up to the minimum share with the lowest scores), and every
     * waiting unit's process told its result.
     */
    public void announce(long programId) {
        Program p = ctx.program(programId);
        ProgramDefinition d = ctx.definition(p);
        List<Candidate> all = ctx.candidates.findInScope(programId, p.getOfficeUnitPath());
        ZonedDateTime now = ProgramContext.now().atZone(WorkingDayCalendar.ZONE);
        for (Candidate c : all) {
            if (c.getStatus() == CandidateStatus.PROPOSED && c.getDecision() != null && c.getDecision() != LeadingDecision.REJECT
                    && c.getFinalOutcome() != null) {
                OutcomeValue v = OutcomeValue.of(c.getFinalOutcome(), false, c.attributeList());
                SubsidyService.Subsidy s = subsidies.subsidy(d.rewards().scheme(), c.getFinalOutcome(), v.flags())
                        .orElse(SubsidyService.Subsidy.NONE);
                c.award(c.getFinalOutcome(), d.outcomeModel() == cn.jiceng.demonstration.domain.OutcomeModel.FLAGS ? v.flags() : null,
                        s.city(), s.countyMin(), s.countyMax(), awardText(d, v), ProgramContext.now());
            } else if (c.getStatus() == CandidateStatus.PROPOSED || c.getStatus() == CandidateStatus.INSPECTED) {
                c.setStatus(CandidateStatus.NOT_AWARDED);
            }
        }
        nameWeak(d, all);
        String titleEnd = iso(now.plusYears(d.days(ProgramDefinition.Schedule::titleYears, 3)));
        for (Candidate c : all) {
            if (c.isWeak()) {
                c.setRectificationStatus("OPEN");
                c.setRectificationDue(calendar.deadline(now, d.days(ProgramDefinition.Schedule::rectificationDays, 30)).toInstant());
            }
            boolean waiting = c.getStatus() == CandidateStatus.AWARDED || c.getStatus() == CandidateStatus.NOT_AWARDED
                    || c.getStatus() == CandidateStatus.EXCLUDED && c.getExclusion() == Exclusion.PUBLICITY_OBJECTION;
            if (waiting && c.getProcessInstanceId() != null) {
                String status = c.getStatus() == CandidateStatus.AWARDED ? DemonstrationProcess.FINAL_AWARDED
                        : c.isWeak() ? DemonstrationProcess.FINAL_WEAK : DemonstrationProcess.FINAL_NONE;
                runtime.createMessageCorrelation(DemonstrationProcess.MSG_ANNOUNCED).processInstanceId(c.getProcessInstanceId())
                        .setVariable(DemonstrationProcess.VAR_FINAL_STATUS, status)
                        .setVariable(DemonstrationProcess.VAR_TITLE_END, titleEnd)
                        .correlateAllWithResult();
            }
        }
        p.setStatus(ProgramStatus.ANNOUNCED);
        p.setAnnouncedAt(ProgramContext.now());
    }

    private static void nameWeak(ProgramDefinition d, List<Candidate> all) {
        if (d.weak() == null) {
            return;
        }
        List<Candidate> pool = all.stream().filter(c -> c.getStatus() == CandidateStatus.NOT_AWARDED && c.getScore() != null)
                .sorted(Comparator.comparing(Candidate::getScore).thenComparing(Candidate::getUnitCode)).toList();
        long scored = all.stream().filter(c -> c.getScore() != null).count();
        long minimum = d.weak().minShare() == null ? 0
                : BigDecimal.valueOf(scored).multiply(d.weak().minShare()).setScale(0, RoundingMode.CEILING).longValue();
        long named = 0;
        for (Candidate c : pool) {
            boolean below = d.weak().maxScore() != null && c.getScore().compareTo(d.weak().maxScore()) < 0;
            if (below || named < minimum) {
                c.setWeak(true);
                named++;
            }
        }
    }

    private static String awardText(ProgramDefinition d, OutcomeValue v) {
        if (d.rewards() == null || d.rewards().awards() == null) {
            return null;
        }
        return d.rewards().awards().stream().filter(a -> v.matches(a.select())).map(ProgramDefinition.Award::text)
                .findFirst().orElse(null);
    }

    /** The quotas on the final outcomes (after the decision; missed once announced) or on the targets before. */
    @Transactional(readOnly = true)
    public List<QuotaStatus> quotaAttainment(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        ProgramDefinition d = ctx.definition(p);
        boolean decided = p.getStatus() == ProgramStatus.ANNOUNCED;
        Map<String, String[]> counties = countyMap(p);
        String scopePath = ctx.scope.scopePath(user).orElse("#");
        counties.entrySet().removeIf(e -> !e.getValue()[1].startsWith(scopePath) && !scopePath.startsWith(e.getValue()[1]));
        return quotas.evaluate(p, d, counties, quotas.groups(programId, null, decided ? Basis.FINAL : Basis.TARGETS),
                Map.of(), decided, null, null);
    }

    /** The published award list: public once announced (names, outcomes and subsidies only). */
    @Transactional(readOnly = true)
    public java.util.Optional<AwardList> awardList(String programCode) {
        return ctx.programs.findByCode(programCode).filter(p -> p.getStatus() == ProgramStatus.ANNOUNCED).map(this::awardList);
    }

    @Transactional(readOnly = true)
    public AwardList awardList(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        return awardList(p);
    }

    private AwardList awardList(Program p) {
        ProgramDefinition d = ctx.definition(p);
        Map<String, String[]> counties = countyMap(p);
        List<AwardEntry> awarded = new ArrayList<>();
        List<AwardEntry> weak = new ArrayList<>();
        BigDecimal city = BigDecimal.ZERO;
        BigDecimal county = BigDecimal.ZERO;
        for (Candidate c : ctx.candidates.findInScope(p.getId(), p.getOfficeUnitPath())) {
            String countyName = counties.getOrDefault(c.getCountyCode(), new String[] {c.getCountyCode()})[0];
            if (c.getStatus() == CandidateStatus.AWARDED) {
                awarded.add(new AwardEntry(countyName, c.getUnitCode(), c.getUnitName(), c.getFinalOutcome(),
                        ProgramContext.outcomeName(d, c.getFinalOutcome()), c.getFinalFlagCount(), c.getScore(), c.getCitySubsidy(),
                        c.getCountySubsidyMin(), c.getCountySubsidyMax(), c.getAwardText()));
                city = city.add(Objects.requireNonNullElse(c.getCitySubsidy(), BigDecimal.ZERO));
                county = county.add(Objects.requireNonNullElse(c.getCountySubsidyMin(), BigDecimal.ZERO));
            } else if (c.isWeak()) {
                weak.add(new AwardEntry(countyName, c.getUnitCode(), c.getUnitName(), OutcomeValue.NONE,
                        d.weak() == null ? "薄弱" : d.weak().name(), null, c.getScore(), null, null, null, null));
            }
        }
        return new AwardList(p.getId(), p.getCode(), p.getName(), ctx.orgUnits.findByCode(p.getOfficeUnitCode())
                .map(OrgUnit::getName).orElse(p.getOfficeUnitCode()), p.getAnnouncedAt(), awarded, weak, city, county);
    }

    // ------------------------------------------------------------------ process side

    public List<String> countyCodes(long programId) {
        return plans.findByProgramIdOrderByCountyCode(programId).stream().map(CountyPlan::getCountyCode).toList();
    }

    public void markStatus(long programId, ProgramStatus status) {
        ctx.program(programId).setStatus(status);
    }

    public void recordMissingPlans(long programId) {
        plans.findByProgramIdOrderByCountyCode(programId).stream().filter(c -> c.getPlanSubmittedAt() == null)
                .forEach(c -> c.setPlanMissed(true));
    }

    /** The office approved the county's list: each nominated unit becomes a creating unit with its own process. */
    public void acceptList(long programId, String countyCode) {
        for (Candidate c : ctx.candidates.findActiveInCounty(programId, countyCode)) {
            if (c.getStatus() == CandidateStatus.NOMINATED) {
                candidateService.start(c);
            }
        }
    }

    // ------------------------------------------------------------------ internals

    private ProgramSummary summary(Program p) {
        StoredDefinition s = p.getDefinition();
        return new ProgramSummary(p.getId(), p.getCode(), p.getName(), s.getId(), s.getCode(), s.getDefinitionVersion(),
                cn.jiceng.demonstration.domain.OutcomeModel.valueOf(s.getOutcomeModel()), p.getYear(), p.getOfficeUnitCode(),
                ctx.orgUnits.findByCode(p.getOfficeUnitCode()).map(OrgUnit::getName).orElse(p.getOfficeUnitCode()),
                p.getStatus(), p.getCreatedAt(), p.getAnnouncedAt());
    }

    private CountyPlan county(Program p, String countyCode) {
        return plans.findByProgramIdAndCountyCode(p.getId(), countyCode)
                .orElseThrow(() -> new DemonstrationInputException("countyCode", "demonstration.error.noCounty", countyCode));
    }

    private Map<String, String[]> countyMap(Program p) {
        Map<String, String[]> out = new LinkedHashMap<>();
        plans.findByProgramIdOrderByCountyCode(p.getId())
                .forEach(c -> out.put(c.getCountyCode(), new String[] {c.getCountyName(), c.getCountyPath()}));
        return out;
    }

    /** The county's reviewer (or an administrator) while the program nominates and the county's list is open. */
    private void requireNominator(AppUser user, Program p, CountyPlan county) {
        if (!ctx.scope.canSeePath(user, county.getCountyPath())) {
            throw new AccessDeniedException("county outside the user's region");
        }
        ctx.requireAt(user, county.getCountyCode(), Role.REVIEWER);
        if (p.getStatus() != ProgramStatus.NOMINATING) {
            throw new DemonstrationInputException("program", "demonstration.nomination.error.closed");
        }
        if (county.getNominationsSubmittedAt() != null) {
            throw new DemonstrationInputException("program", "demonstration.nomination.error.submitted", county.getCountyName());
        }
    }

    private static List<String> attributes(ProgramDefinition d, List<String> attributes) {
        Set<String> known = d.attributeList().stream().map(ProgramDefinition.Attribute::code).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (String a : attributes == null ? List.<String>of() : attributes) {
            if (!known.contains(a)) {
                throw new DemonstrationInputException("attributes", "demonstration.nomination.error.unknownAttribute", a);
            }
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static String target(ProgramDefinition d, String targetOutcome) {
        List<OutcomeOption> options = ProgramContext.outcomeOptions(d);
        if (targetOutcome == null || targetOutcome.isBlank()) {
            return options.get(options.size() - 1).code();
        }
        if (options.stream().noneMatch(o -> o.code().equals(targetOutcome))) {
            throw new DemonstrationInputException("targetOutcome", "demonstration.nomination.error.unknownTarget", targetOutcome);
        }
        return targetOutcome;
    }

    /** The quotas with the change applied; a hard one exceeded by it refuses the change. */
    private List<QuotaStatus> checkQuotas(Program p, ProgramDefinition d, CountyPlan county, Group extra, Group minus) {
        Map<String, String[]> counties = Map.of(county.getCountyCode(), new String[] {county.getCountyName(), county.getCountyPath()});
        List<Group> groups = programGroupsIfNeeded(p, d, county.getCountyCode(), Basis.TARGETS);
        List<QuotaStatus> before = quotas.evaluate(p, d, counties, groups, Map.of(), false, null, null);
        List<QuotaStatus> after = quotas.evaluate(p, d, counties, groups, Map.of(), false, extra, minus);
        for (QuotaStatus q : after) {
            boolean worse = q.status() == Attainment.EXCEEDED && before.stream().filter(b -> QuotaService.sameQuota(b, q))
                    .anyMatch(b -> b.count() < q.count() || b.status() != Attainment.EXCEEDED);
            if (q.hard() && worse) {
                throw new DemonstrationInputException("targetOutcome", "demonstration.quota.error.exceeded", q.name(), q.count(),
                        q.max() == null ? q.maxShare() : q.max());
            }
        }
        return after;
    }

    /** The county's groups, or the program's when a program-wide quota exists (it counts every county). */
    private List<Group> programGroupsIfNeeded(Program p, ProgramDefinition d, String county, Basis basis) {
        boolean programWide = d.quotaList().stream().anyMatch(q -> q.scope() == cn.jiceng.demonstration.domain.QuotaScope.PROGRAM);
        return quotas.groups(p.getId(), programWide ? null : county, basis);
    }

    private static List<QuotaStatus> warnings(List<QuotaStatus> after) {
        return after.stream().filter(q -> !q.hard() && q.status() == Attainment.EXCEEDED).toList();
    }

    private QueuedTask checkTask(AppUser user, String taskId, String step) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_PROGRAM_ID);
        if (!step.equals(task.task().getTaskDefinitionKey())) {
            throw new DemonstrationInputException("task", "demonstration.error.wrongStep", step);
        }
        return task;
    }

    static long programIdOf(QueuedTask task) {
        return ((Number) task.variable(DemonstrationProcess.VAR_PROGRAM_ID)).longValue();
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
