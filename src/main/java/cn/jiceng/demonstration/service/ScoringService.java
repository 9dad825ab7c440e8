package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CandidateRecord;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.Evaluation;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ScoreLine;
import cn.jiceng.demonstration.domain.ScoreSheet;
import cn.jiceng.demonstration.domain.ScoreSheetRepository;
import cn.jiceng.demonstration.domain.SheetKind;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Score sheets: one per scorer of the evaluation team, the unit's self-assessment, the survey
 * result, the spot check, and the combined result. A sheet is loaded and saved whole (all items in
 * one statement each way); a score above an item's maximum, a value of the wrong kind or an unknown
 * item is refused before anything is written; a sheet is submitted only complete (every bottom-line
 * check answered). The totals, flags and outcome come back with every save and preview.
 */
@Service
@Transactional
public class ScoringService {

    public static final String SELF_SCORER = "#self";
    public static final int MAX_COMMENT = 500;

    private final ProgramContext ctx;
    private final ScoreSheetRepository sheets;
    private final ScoreLines lines;
    private final ReviewTaskService tasks;
    private final CandidateService candidates;

    public ScoringService(ProgramContext ctx, ScoreSheetRepository sheets, ScoreLines lines, ReviewTaskService tasks,
                          CandidateService candidates) {
        this.ctx = ctx;
        this.sheets = sheets;
        this.lines = lines;
        this.tasks = tasks;
        this.candidates = candidates;
    }

    // ------------------------------------------------------------------ sheets of tasks

    /**
     * The sheet of a scoring step of the user's queue (created empty on first opening): the user's own
     * sheet in Task_Score and Task_SpotCheck, the unit's self-assessment in Task_SelfAssessment, the
     * survey result in Task_EnterSurvey.
     */
    public ScoreSheetView openTaskSheet(AppUser user, String taskId) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_CANDIDATE_ID);
        SheetKind kind = kindOf(task.task().getTaskDefinitionKey());
        Candidate c = ctx.candidate(CandidateService.candidateIdOf(task));
        ScoreSheet sheet = sheetOf(c, kind, scorerFor(kind, user));
        return view(sheet, lines.load(sheet.getId()));
    }

    /** A sheet, for its scorer or anyone whose region covers the unit. */
    @Transactional(readOnly = true)
    public ScoreSheetView sheet(AppUser user, long sheetId) {
        ScoreSheet sheet = sheets.findWithCandidate(sheetId)
                .orElseThrow(() -> new DemonstrationInputException("sheet", "demonstration.score.error.noSheet", sheetId));
        if (!user.getUsername().equals(sheet.getScorer())) {
            ctx.requireVisible(user, sheet.getCandidate());
        }
        return view(sheet, lines.load(sheetId));
    }

    /** Saves a draft of the user's sheet: every entry checked first; returns the sheet with its totals. */
    public ScoreSheetView save(AppUser user, long sheetId, List<ScoreEntry> entries) {
        ScoreSheet sheet = editableSheet(user, sheetId);
        Standard s = ctx.standard(sheet.getCandidate().getProgram());
        Map<String, ScoreLine> checked = check(s, sheet.getKind(), entries, false);
        return write(sheet, s, checked);
    }

    /** The totals the entries would give, without saving (the sheet's live totals). */
    @Transactional(readOnly = true)
    public SheetTotals preview(AppUser user, long sheetId, List<ScoreEntry> entries) {
        ScoreSheet sheet = editableSheet(user, sheetId);
        Standard s = ctx.standard(sheet.getCandidate().getProgram());
        return totals(s, Evaluation.evaluate(s, check(s, sheet.getKind(), entries, false)));
    }

    /**
     * Submits the sheet of a scoring step and completes the task: the team's sheet (Task_Score),
     * the self-assessment (Task_SelfAssessment) or the survey (Task_EnterSurvey). Refused when an item
     * is empty or a bottom-line check unanswered.
     */
    public ScoreSheetView submit(AppUser user, String taskId, List<ScoreEntry> entries) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_CANDIDATE_ID);
        SheetKind kind = kindOf(task.task().getTaskDefinitionKey());
        if (kind == SheetKind.SPOT_CHECK) {
            throw new DemonstrationInputException("task", "demonstration.error.wrongStep", DemonstrationProcess.TASK_SPOT_CHECK);
        }
        Candidate c = ctx.candidate(CandidateService.candidateIdOf(task));
        ScoreSheet sheet = sheetOf(c, kind, scorerFor(kind, user));
        Standard s = ctx.standard(c.getProgram());
        ScoreSheetView view = write(sheet, s, check(s, kind, entries, true));
        sheet.setSubmittedAt(ProgramContext.now());
        tasks.complete(user, task.task(), Map.of(), null);
        return view;
    }

    /**
     * The spot check (Task_SpotCheck): the checker's own complete sheet; when it overturns the team's
     * score, the unit's result becomes the spot check's (its survey items kept) and its outcome is
     * recomputed, which may disqualify it.
     */
    public ScoreSheetView submitSpotCheck(AppUser user, String taskId, List<ScoreEntry> entries, boolean overturn, String opinion) {
        QueuedTask task = tasks.checkQueue(user, taskId, DemonstrationProcess.VAR_CANDIDATE_ID);
        if (!DemonstrationProcess.TASK_SPOT_CHECK.equals(task.task().getTaskDefinitionKey())) {
            throw new DemonstrationInputException("task", "demonstration.error.wrongStep", DemonstrationProcess.TASK_SPOT_CHECK);
        }
        String text = ProgramContext.text("opinion", opinion, 1000, overturn);
        Candidate c = ctx.candidate(CandidateService.candidateIdOf(task));
        Standard s = ctx.standard(c.getProgram());
        ScoreSheet sheet = sheetOf(c, SheetKind.SPOT_CHECK, user.getUsername());
        ScoreSheetView view = write(sheet, s, check(s, SheetKind.SPOT_CHECK, entries, true));
        sheet.setSubmittedAt(ProgramContext.now());
        sheet.setOpinion(text);
        boolean bottom = c.isBottomLineFailed();
        if (overturn) {
            ScoreSheet combined = sheetOf(c, SheetKind.COMBINED, ScoreSheet.COMBINED_SCORER);
            Map<String, ScoreLine> result = new LinkedHashMap<>(lines.load(sheet.getId()));
            Map<String, ScoreLine> before = lines.load(combined.getId());
            s.surveyItems().forEach(i -> {
                if (before.containsKey(i.code())) {
                    result.put(i.code(), before.get(i.code()));
                }
            });
            Evaluation.Result r = Evaluation.evaluate(s, result);
            lines.replace(combined.getId(), result.values());
            combined.totals(r.total(), r.bottomLineFailed(), r.failedChecks(), ProgramContext.now());
            c.scored(r.total(), flagsOrNull(s, r), r.outcomeCode(), r.bottomLineFailed(), r.failedChecks());
            c.setWeak(r.weak());
            c.setSpotCheckOverturned(true);
            bottom = r.bottomLineFailed();
        }
        candidates.record(c.getId(), CandidateRecord.SPOT_CHECK, (overturn ? "抽查改判：" : "抽查核实无误：")
                + view.totals().total().stripTrailingZeros().toPlainString() + "分" + (text == null ? "" : "；" + text), !overturn, user);
        tasks.complete(user, task.task(), Map.of(DemonstrationProcess.VAR_BOTTOM_LINE_FAILED, bottom), text);
        return view;
    }

    /** A unit's scores: the combined result and every sheet (one query for all their lines). */
    @Transactional(readOnly = true)
    public CandidateResult result(AppUser user, long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        ctx.requireVisible(user, c);
        List<ScoreSheet> all = sheets.findByCandidateIdOrderById(candidateId);
        Map<Long, Map<String, ScoreLine>> byId = lines.loadAll(all.stream().map(ScoreSheet::getId).toList());
        ScoreSheetView combined = null;
        List<ScoreSheetView> views = new ArrayList<>();
        for (ScoreSheet sheet : all) {
            ScoreSheetView v = view(sheet, byId.get(sheet.getId()));
            if (sheet.getKind() == SheetKind.COMBINED) {
                combined = v;
            } else {
                views.add(v);
            }
        }
        return new CandidateResult(ctx.nomination(c, ctx.definition(c.getProgram())), combined, views);
    }

    // ------------------------------------------------------------------ process side

    /** Combines the submitted team sheets (by the definition's rule) with the survey into the unit's result. */
    public Evaluation.Result combine(long candidateId) {
        Candidate c = ctx.candidate(candidateId);
        Standard s = ctx.standard(c.getProgram());
        ProgramDefinition d = s.definition();
        List<ScoreSheet> team = sheets.findByCandidateIdAndKind(candidateId, SheetKind.TEAM).stream()
                .filter(x -> x.getSubmittedAt() != null).toList();
        List<ScoreSheet> survey = sheets.findByCandidateIdAndKind(candidateId, SheetKind.SURVEY);
        List<Long> ids = new ArrayList<>(team.stream().map(ScoreSheet::getId).toList());
        survey.forEach(x -> ids.add(x.getId()));
        Map<Long, Map<String, ScoreLine>> byId = lines.loadAll(ids);
        Map<String, ScoreLine> surveyLines = survey.isEmpty() ? null : byId.get(survey.get(0).getId());
        Map<String, ScoreLine> combined = Evaluation.combineSheets(s, d.scoreRule(),
                team.stream().map(x -> byId.get(x.getId())).toList(), surveyLines);
        Evaluation.Result r = Evaluation.evaluate(s, combined);
        ScoreSheet sheet = sheetOf(c, SheetKind.COMBINED, ScoreSheet.COMBINED_SCORER);
        lines.replace(sheet.getId(), combined.values());
        sheet.totals(r.total(), r.bottomLineFailed(), r.failedChecks(), ProgramContext.now());
        sheet.setSubmittedAt(ProgramContext.now());
        c.scored(r.total(), flagsOrNull(s, r), r.outcomeCode(), r.bottomLineFailed(), r.failedChecks());
        c.setTeamScore(r.total());
        c.setWeak(r.weak());
        return r;
    }

    /** Stores a unit's survey result (the import and the entry step): only survey items. */
    void storeSurvey(Candidate c, Map<String, ScoreLine> values) {
        Standard s = ctx.standard(c.getProgram());
        ScoreSheet sheet = sheetOf(c, SheetKind.SURVEY, ScoreSheet.SURVEY_SCORER);
        Map<String, ScoreLine> merged = new LinkedHashMap<>(lines.load(sheet.getId()));
        merged.putAll(values);
        write(sheet, s, merged);
    }

    void markSurveySubmitted(long candidateId) {
        sheets.findByCandidateIdAndKindAndScorer(candidateId, SheetKind.SURVEY, ScoreSheet.SURVEY_SCORER)
                .ifPresent(x -> x.setSubmittedAt(ProgramContext.now()));
    }

    // ------------------------------------------------------------------ internals

    private static Integer flagsOrNull(Standard s, Evaluation.Result r) {
        return s.definition().outcomeModel() == cn.jiceng.demonstration.domain.OutcomeModel.FLAGS ? r.flagCount() : null;
    }

    static SheetKind kindOf(String step) {
        return switch (step) {
            case DemonstrationProcess.TASK_SCORE -> SheetKind.TEAM;
            case DemonstrationProcess.TASK_SELF_ASSESSMENT -> SheetKind.SELF;
            case DemonstrationProcess.TASK_ENTER_SURVEY -> SheetKind.SURVEY;
            case DemonstrationProcess.TASK_SPOT_CHECK -> SheetKind.SPOT_CHECK;
            default -> throw new DemonstrationInputException("task", "demonstration.error.wrongStep", DemonstrationProcess.TASK_SCORE);
        };
    }

    private static String scorerFor(SheetKind kind, AppUser user) {
        return switch (kind) {
            case SELF -> SELF_SCORER;
            case SURVEY -> ScoreSheet.SURVEY_SCORER;
            default -> user.getUsername();
        };
    }

    /** The sheet, created empty if needed; a submitted team sheet of the same scorer is not opened again. */
    private ScoreSheet sheetOf(Candidate c, SheetKind kind, String scorer) {
        ScoreSheet sheet = sheets.findByCandidateIdAndKindAndScorer(c.getId(), kind, scorer)
                .orElseGet(() -> sheets.save(new ScoreSheet(c, kind, scorer, ProgramContext.now())));
        if (sheet.getSubmittedAt() != null && (kind == SheetKind.TEAM || kind == SheetKind.SPOT_CHECK)) {
            throw new DemonstrationInputException("sheet", "demonstration.score.error.alreadyScored", c.getUnitName());
        }
        return sheet;
    }

    /** The user's own draft: team and spot-check sheets by their scorer; the self-assessment and survey by their unit. */
    private ScoreSheet editableSheet(AppUser user, long sheetId) {
        ScoreSheet sheet = sheets.findWithCandidate(sheetId)
                .orElseThrow(() -> new DemonstrationInputException("sheet", "demonstration.score.error.noSheet", sheetId));
        if (sheet.getSubmittedAt() != null || sheet.getKind() == SheetKind.COMBINED) {
            throw new DemonstrationInputException("sheet", "demonstration.score.error.submitted");
        }
        Candidate c = sheet.getCandidate();
        switch (sheet.getKind()) {
            case TEAM, SPOT_CHECK -> {
                if (!user.getUsername().equals(sheet.getScorer())) {
                    throw new AccessDeniedException("not the user's score sheet");
                }
            }
            case SELF -> ctx.requireAt(user, ctx.selfUnit(ctx.unit(c.getUnitCode())), Role.REVIEWER);
            case SURVEY -> ctx.requireAt(user, c.getProgram().getOfficeUnitCode(), Role.REVIEWER);
            default -> throw new AccessDeniedException("sheet not editable");
        }
        if (c.getStatus() == CandidateStatus.EXCLUDED || c.getStatus() == CandidateStatus.WITHDRAWN) {
            throw new DemonstrationInputException("sheet", "demonstration.score.error.submitted");
        }
        return sheet;
    }

    /** Items a sheet of this kind holds: survey items only in the survey's sheet when the survey step runs. */
    private static boolean editable(Standard s, SheetKind kind, Indicator item) {
        boolean surveyStep = s.definition().step(ProgramDefinition.Steps::survey);
        if (kind == SheetKind.SURVEY) {
            return item.isSurvey();
        }
        return !(surveyStep && item.isSurvey());
    }

    /** Checks every entry against the standard; with {@code complete}, every editable item must be filled. */
    static Map<String, ScoreLine> check(Standard s, SheetKind kind, List<ScoreEntry> entries, boolean complete) {
        Map<String, ScoreLine> out = new LinkedHashMap<>();
        for (ScoreEntry e : entries == null ? List.<ScoreEntry>of() : entries) {
            Indicator item = s.item(e.indicatorCode()).orElseThrow(() -> new DemonstrationInputException("indicatorCode",
                    "demonstration.score.error.unknownIndicator", e.indicatorCode()));
            if (!editable(s, kind, item)) {
                throw new DemonstrationInputException(item.code(), "demonstration.score.error.notOnSheet", item.code());
            }
            if (out.containsKey(item.code())) {
                throw new DemonstrationInputException(item.code(), "demonstration.score.error.duplicate", item.code());
            }
            String comment = e.comment() == null || e.comment().isBlank() ? null : e.comment().trim();
            if (comment != null && comment.length() > MAX_COMMENT) {
                throw new DemonstrationInputException(item.code(), "demonstration.score.error.commentTooLong", item.code(), MAX_COMMENT);
            }
            if (item.checkType() == CheckType.PASS_FAIL) {
                if (e.points() != null) {
                    throw new DemonstrationInputException(item.code(), "demonstration.score.error.checkNoPoints", item.code());
                }
                if (e.passed() == null && comment == null) {
                    continue;
                }
                out.put(item.code(), new ScoreLine(item.code(), null, e.passed(), comment));
            } else {
                if (e.passed() != null) {
                    throw new DemonstrationInputException(item.code(), "demonstration.score.error.pointsNoCheck", item.code());
                }
                BigDecimal p = e.points();
                if (p != null) {
                    if (p.signum() < 0) {
                        throw new DemonstrationInputException(item.code(), "demonstration.score.error.negative", item.code());
                    }
                    if (p.compareTo(item.maxPoints()) > 0) {
                        throw new DemonstrationInputException(item.code(), "demonstration.score.error.aboveMax", item.code(),
                                p.stripTrailingZeros().toPlainString(), item.maxPoints().stripTrailingZeros().toPlainString());
                    }
                    if (p.stripTrailingZeros().scale() > 2) {
                        throw new DemonstrationInputException(item.code(), "demonstration.score.error.precision", item.code());
                    }
                }
                if (p == null && comment == null) {
                    continue;
                }
                out.put(item.code(), new ScoreLine(item.code(), p, null, comment));
            }
        }
        if (complete) {
            List<String> missingBottom = new ArrayList<>();
            int missing = 0;
            for (Indicator item : s.items()) {
                if (!editable(s, kind, item)) {
                    continue;
                }
                ScoreLine l = out.get(item.code());
                boolean empty = l == null || (item.checkType() == CheckType.PASS_FAIL ? l.passed() == null : l.points() == null);
                if (empty) {
                    if (item.classOrBasic() == cn.jiceng.demonstration.domain.IndicatorClass.BOTTOM_LINE) {
                        missingBottom.add(item.code());
                    }
                    missing++;
                }
            }
            if (!missingBottom.isEmpty()) {
                throw new DemonstrationInputException("entries", "demonstration.score.error.missingBottomLine",
                        String.join("、", missingBottom));
            }
            if (missing > 0) {
                throw new DemonstrationInputException("entries", "demonstration.score.error.incomplete", missing);
            }
        }
        return out;
    }

    private ScoreSheetView write(ScoreSheet sheet, Standard s, Map<String, ScoreLine> values) {
        lines.replace(sheet.getId(), values.values());
        Evaluation.Result r = Evaluation.evaluate(s, values);
        sheet.totals(r.total(), r.bottomLineFailed(), r.failedChecks(), ProgramContext.now());
        return view(sheet, values, r);
    }

    private ScoreSheetView view(ScoreSheet sheet, Map<String, ScoreLine> values) {
        Standard s = ctx.standard(sheet.getCandidate().getProgram());
        return view(sheet, values, Evaluation.evaluate(s, values == null ? Map.of() : values));
    }

    private ScoreSheetView view(ScoreSheet sheet, Map<String, ScoreLine> values, Evaluation.Result r) {
        Candidate c = sheet.getCandidate();
        Standard s = ctx.standard(c.getProgram());
        Map<String, ScoreLine> v = values == null ? Map.of() : values;
        List<SheetLine> out = new ArrayList<>(s.size());
        for (Indicator item : s.items()) {
            ScoreLine l = v.get(item.code());
            String category = s.categoryOf(item.code());
            out.add(new SheetLine(item.code(), category, s.categories().get(category).name(), item.name(), item.checkType(),
                    item.classOrBasic(), item.maxPoints(), item.isSurvey(), editable(s, sheet.getKind(), item),
                    l == null ? null : l.points(), l == null ? null : l.passed(), l == null ? null : l.comment()));
        }
        return new ScoreSheetView(sheet.getId(), c.getId(), c.getUnitName(), c.getProgram().getName(), sheet.getKind(),
                sheet.getScorer(), sheet.getSubmittedAt(), out, totals(s, r));
    }

    private static SheetTotals totals(Standard s, Evaluation.Result r) {
        return new SheetTotals(r.total(), r.categoryTotals(), r.bottomLineFailed(), r.failedBottomLines(), r.failedChecks(),
                r.flags(), r.outcomeCode(), ProgramContext.outcomeName(s.definition(), r.outcomeCode()), r.weak(), r.missing());
    }

    static Map<String, ScoreLine> byCode(List<ScoreLine> l) {
        return l.stream().collect(Collectors.toMap(ScoreLine::indicatorCode, x -> x, (a, b) -> b, LinkedHashMap::new));
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }

    static Map<String, Object> vars() {
        return new HashMap<>();
    }
}
