package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.domain.Verdict;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.demonstration.service.StartProgram;
import cn.jiceng.demonstration.service.UnitDecision;
import cn.jiceng.demonstration.domain.LeadingDecision;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.UserService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives demonstration programs through the real services and processes (Spring engine): the demo
 * users plus scorers, member units and reviewers created on demand, tasks found per process instance
 * and step, timers executed by hand. A plain class built by each test from its autowired beans.
 */
final class DemonstrationFixtures {

    /** The engine clock of these tests: Monday 2026-03-02, 10:00 in Beijing. */
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-02T10:00:00+08:00[Asia/Shanghai]");

    final DefinitionService definitions;
    final ProgramService programs;
    final CandidateService candidates;
    final ScoringService scoring;
    final UserService users;
    final TaskService taskService;
    final RuntimeService runtime;
    final ManagementService management;

    DemonstrationFixtures(DefinitionService definitions, ProgramService programs, CandidateService candidates,
                          ScoringService scoring, UserService users, TaskService taskService, RuntimeService runtime,
                          ManagementService management) {
        this.definitions = definitions;
        this.programs = programs;
        this.candidates = candidates;
        this.scoring = scoring;
        this.users = users;
        this.taskService = taskService;
        this.runtime = runtime;
        this.management = management;
    }

    static void clock(ZonedDateTime t) {
        ClockUtil.setCurrentTime(Date.from(t.toInstant()));
    }

    AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    /** A staff account at the unit, created once for the shared context. */
    AppUser staff(String name, String unit, Role role, Department department) {
        return users.findByUsername(name).orElseGet(() -> users.create(new UserService.NewUser(name, DemoData.PASSWORD, name, unit,
                Set.of(role), null, department == null ? null : department.chineseName(), department)));
    }

    AppUser reviewerAt(String unit) {
        return switch (unit) {
            case "220100" -> user("cc.reviewer");
            case "220103" -> user("kc.reviewer");
            case "220102" -> user("ng.reviewer");
            case "220103001" -> user("ts.reviewer");
            case "220103001001" -> user("csh.reviewer");
            case "220200" -> user("jl.reviewer");
            case "220000" -> user("province.reviewer");
            default -> staff("dem.reviewer." + unit, unit, Role.REVIEWER, null);
        };
    }

    AppUser leaderAt(String unit) {
        return switch (unit) {
            case "220100" -> user("cc.leader");
            case "220000" -> user("province.leader");
            default -> staff("dem.leader." + unit, unit, Role.LEADER, null);
        };
    }

    AppUser scorer(String unit, int i) {
        return staff("dem.scorer." + unit + "." + i, unit, Role.REVIEWER, null);
    }

    AppUser memberUnit(String office, String department) {
        if ("220100".equals(office) && "CIVIL_AFFAIRS".equals(department)) {
            return user("cc.minzheng");
        }
        return staff("dem.member." + office + "." + department.toLowerCase(), office, Role.MEMBER_UNIT,
                Department.valueOf(department));
    }

    // ------------------------------------------------------------------ tasks and timers

    List<Task> tasks(String processInstanceId, String step) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).active()
                .orderByTaskId().asc().list();
    }

    Task task(String processInstanceId, String step) {
        List<Task> list = tasks(processInstanceId, step);
        assertThat(list).as(step).hasSize(1);
        return list.get(0);
    }

    /** The county's task of a program step (county multi-instances). */
    Task countyTask(String programInstance, String step, String county) {
        return tasks(programInstance, step).stream()
                .filter(t -> county.equals(taskService.getVariable(t.getId(), DemonstrationProcess.VAR_COUNTY_CODE)))
                .findFirst().orElseThrow(() -> new AssertionError(step + " of " + county));
    }

    void runTimer(String processInstanceId, String activityId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().singleResult();
        assertThat(job).as(activityId).isNotNull();
        management.executeJob(job.getId());
    }

    String instanceOf(long programId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(programs.program(user("admin"), programId).code())
                .processDefinitionKey(DemonstrationProcess.PROGRAM_PROCESS_ID).singleResult().getId();
    }

    // ------------------------------------------------------------------ a whole run

    /** Starts a program of the newest version of the definition for the office. */
    ProgramSummary start(String definitionCode, String office, int year) {
        long id = definitions.latest(definitionCode).id();
        return programs.start(reviewerAt(office), new StartProgram(id, null, year, office));
    }

    /** Files every county's plan (when the definition asks for plans). */
    void filePlans(ProgramSummary p) {
        String pi = instanceOf(p.id());
        for (Task t : tasks(pi, DemonstrationProcess.TASK_SUBMIT_PLAN)) {
            String county = (String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_COUNTY_CODE);
            programs.submitPlan(reviewerAt(county), t.getId(), "细化量化指标体系，召开动员部署会。");
        }
    }

    /** Nominates the units (unit code to target), submits every county's list and the office approves them all. */
    List<Nomination> nominateAll(ProgramSummary p, Map<String, String> targets) {
        String pi = instanceOf(p.id());
        List<Nomination> out = new ArrayList<>();
        for (var e : targets.entrySet()) {
            String county = countyOf(p, e.getKey());
            out.add(programs.nominate(reviewerAt(county), p.id(), e.getKey(), e.getValue(), List.of()).nomination());
        }
        for (Task t : tasks(pi, DemonstrationProcess.TASK_NOMINATE)) {
            String county = (String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_COUNTY_CODE);
            programs.submitNominations(reviewerAt(county), t.getId());
        }
        for (Task t : tasks(pi, DemonstrationProcess.TASK_OFFICE_REVIEW)) {
            programs.reviewNominations(reviewerAt(p.officeUnitCode()), t.getId(), true, null);
        }
        return out;
    }

    String countyOf(ProgramSummary p, String unitCode) {
        ProgramDefinition d = definitions.definition(p.definitionId());
        String level = d.levels().nominate();
        int depth = switch (level) {
            case "COUNTY" -> 3;
            case "STREET" -> 4;
            default -> throw new IllegalArgumentException(level);
        };
        // demo codes: 6 digits to the county, 9 to the street (the province and the city share the first digits)
        return depth == 3 ? unitCode.substring(0, 6) : unitCode.substring(0, 9);
    }

    String candidateInstance(long candidateId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DemonstrationProcess.CANDIDATE_PROCESS_ID)
                .variableValueEquals(DemonstrationProcess.VAR_CANDIDATE_ID, candidateId).singleResult().getId();
    }

    /** A team (or self-assessment) sheet: every item at a share of its maximum, every check passed; no survey items when the survey fills them. */
    static List<ScoreEntry> team(Standard s, String share) {
        boolean survey = s.definition().step(ProgramDefinition.Steps::survey);
        return s.items().stream().filter(i -> !(survey && i.isSurvey())).map(i -> entry(i, share)).toList();
    }

    /** The survey's sheet: its items at a share of their maximum. */
    static List<ScoreEntry> survey(Standard s, String share) {
        return s.surveyItems().stream().map(i -> entry(i, share)).toList();
    }

    static ScoreEntry entry(Indicator i, String share) {
        return i.maxPoints() == null ? ScoreEntry.check(i.code(), true)
                : ScoreEntry.points(i.code(), i.maxPoints().multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Runs a unit from its creation to the end of its inspection with the given team scores: progress
     * report and self-assessment when asked, the creation timers (program and unit), every scorer,
     * the survey, member units (all approve), acceptance levels (all pass), the spot check (confirms).
     */
    void inspect(ProgramSummary p, Nomination n, BiFunction<Standard, Integer, List<ScoreEntry>> sheetOfScorer,
                 List<ScoreEntry> survey) {
        Standard s = definitions.standard(p.definitionId());
        ProgramDefinition d = s.definition();
        String pi = candidateInstance(n.candidateId());
        creation(p, n);
        int scorers = d.scorerCount();
        List<Task> scoring = tasks(pi, DemonstrationProcess.TASK_SCORE);
        assertThat(scoring).hasSize(scorers);
        String scoreUnit = (String) runtime.getVariable(pi, DemonstrationProcess.VAR_SCORE_UNIT_CODE);
        for (int i = 0; i < scorers; i++) {
            AppUser scorer = scorer(scoreUnit, i + 1);
            var sheet = this.scoring.openTaskSheet(scorer, scoring.get(i).getId());
            assertThat(sheet.lines()).hasSize(s.size());
            this.scoring.submit(scorer, scoring.get(i).getId(), sheetOfScorer.apply(s, i));
        }
        if (d.step(ProgramDefinition.Steps::survey)) {
            this.scoring.submit(reviewerAt(p.officeUnitCode()), task(pi, DemonstrationProcess.TASK_ENTER_SURVEY).getId(), survey);
        }
        afterScoring(p, n);
    }

    /** The creation period of a unit: report and self-assessment when asked, then the unit's creation timer. */
    void creation(ProgramSummary p, Nomination n) {
        Standard s = definitions.standard(p.definitionId());
        ProgramDefinition d = s.definition();
        String pi = candidateInstance(n.candidateId());
        String self = (String) runtime.getVariable(pi, DemonstrationProcess.VAR_SELF_UNIT_CODE);
        if (d.step(ProgramDefinition.Steps::progressReports)) {
            candidates.submitProgressReport(reviewerAt(self), task(pi, DemonstrationProcess.TASK_PROGRESS_REPORT).getId(),
                    "已完成党群服务阵地改造，正在推进物业全覆盖。");
        }
        if (d.step(ProgramDefinition.Steps::selfAssessment)) {
            String t = task(pi, DemonstrationProcess.TASK_SELF_ASSESSMENT).getId();
            scoring.openTaskSheet(reviewerAt(self), t);
            scoring.submit(reviewerAt(self), t, team(s, "0.95"));
        }
        runTimer(pi, DemonstrationProcess.TIMER_CANDIDATE_CREATION_END);
    }

    /** Member units approve, every acceptance level passes, a spot check confirms (all when present). */
    void afterScoring(ProgramSummary p, Nomination n) {
        var running = runtime.createProcessInstanceQuery().processDefinitionKey(DemonstrationProcess.CANDIDATE_PROCESS_ID)
                .variableValueEquals(DemonstrationProcess.VAR_CANDIDATE_ID, n.candidateId()).singleResult();
        if (running == null) {
            return;
        }
        String pi = running.getId();
        for (Task t : tasks(pi, DemonstrationProcess.TASK_MEMBER_REVIEW)) {
            String department = (String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_DEPARTMENT);
            candidates.memberReview(memberUnit(p.officeUnitCode(), department), t.getId(), Verdict.APPROVE, null);
        }
        accept(pi);
        List<Task> spot = tasks(pi, DemonstrationProcess.TASK_SPOT_CHECK);
        if (!spot.isEmpty()) {
            String unit = (String) runtime.getVariable(pi, DemonstrationProcess.VAR_SPOT_CHECK_UNIT_CODE);
            AppUser checker = reviewerAt(unit);
            var sheet = scoring.openTaskSheet(checker, spot.get(0).getId());
            // the checker finds what the team found, item by item
            Map<String, cn.jiceng.demonstration.service.SheetLine> combined = new java.util.HashMap<>();
            scoring.result(checker, n.candidateId()).combined().lines().forEach(l -> combined.put(l.indicatorCode(), l));
            List<ScoreEntry> confirm = sheet.lines().stream().filter(l -> l.editable()).map(l -> combined.get(l.indicatorCode()))
                    .map(l -> new ScoreEntry(l.indicatorCode(), l.points(), l.passed(), null)).toList();
            scoring.submitSpotCheck(checker, spot.get(0).getId(), confirm, false, null);
        }
    }

    void accept(String pi) {
        while (!tasks(pi, DemonstrationProcess.TASK_ACCEPTANCE).isEmpty()) {
            Task t = task(pi, DemonstrationProcess.TASK_ACCEPTANCE);
            String unit = (String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_ACCEPTANCE_UNIT_CODE);
            candidates.accept(reviewerAt(unit), t.getId(), true, null);
        }
    }

    /** The program's creation timer, then the office proposes the list. */
    List<Nomination> propose(ProgramSummary p) {
        String pi = instanceOf(p.id());
        return programs.proposeList(reviewerAt(p.officeUnitCode()), task(pi, DemonstrationProcess.TASK_PROPOSE_LIST).getId(), null);
    }

    /** The publicity period ends (its timer), nobody objects or every objection is answered. */
    void endPublicity(ProgramSummary p) {
        String pi = instanceOf(p.id());
        String publicity = runtime.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
        clock(NOW.plusMonths(9));
        runTimer(publicity, "Timer_PeriodEnd");
    }

    /** The leading group approves everything proposed (with the given exceptions). */
    void decide(ProgramSummary p, Map<Long, UnitDecision> exceptions) {
        String pi = instanceOf(p.id());
        String taskId = task(pi, DemonstrationProcess.TASK_LEADING_GROUP_DECISION).getId();
        AppUser leader = leaderAt(p.officeUnitCode());
        List<UnitDecision> decisions = programs.decisionView(leader, taskId).proposed().stream()
                .map(n -> exceptions.getOrDefault(n.candidateId(), new UnitDecision(n.candidateId(), LeadingDecision.APPROVE, null, null)))
                .toList();
        programs.decide(leader, taskId, decisions, "经领导小组研究决定。");
    }
}
