package cn.jiceng.demonstration.service;

import cn.jiceng.common.importing.ColumnSpec;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.TabularFile;
import cn.jiceng.common.importing.TabularFileReader;
import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ScoreLine;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident satisfaction survey's results (居民满意度调查) imported from Excel or CSV: one row per
 * unit and survey item (单位代码, 指标代码, 得分). All or nothing: an unknown unit or item, a unit not
 * in the program, a score above the item's maximum — every problem is named with its row and nothing
 * is stored. Stored results complete the units' open survey steps.
 */
@Service
@Transactional
public class SurveyImportService {

    /** What an import did. */
    public record SurveyImportResult(int rows, int units, int stepsCompleted) {
    }

    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("unitCode", "单位代码", "unit code", "code"),
            ColumnSpec.optional("unitName", "单位名称", "unit name", "name"),
            ColumnSpec.required("indicatorCode", "指标代码", "indicator", "indicator code"),
            ColumnSpec.optional("indicatorName", "指标名称", "indicator name"),
            ColumnSpec.required("points", "得分", "score", "points"));

    private final ProgramContext ctx;
    private final TabularFileReader reader;
    private final ScoringService scoring;
    private final ReviewTaskService tasks;
    private final TaskService taskService;

    public SurveyImportService(ProgramContext ctx, TabularFileReader reader, ScoringService scoring, ReviewTaskService tasks,
                               TaskService taskService) {
        this.ctx = ctx;
        this.reader = reader;
        this.scoring = scoring;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    /** Imports the program's survey results; the user is a reviewer of the program's office. */
    public SurveyImportResult importSurvey(AppUser user, long programId, byte[] file) {
        Program p = ctx.program(programId);
        ctx.requireAt(user, p.getOfficeUnitCode(), Role.REVIEWER);
        Standard s = ctx.standard(p);
        TabularFile table = reader.read(file, COLUMNS);
        Map<String, Candidate> byUnit = new HashMap<>();
        ctx.candidates.findInScope(programId, p.getOfficeUnitPath()).forEach(c -> byUnit.put(c.getUnitCode(), c));
        List<ImportError> errors = new ArrayList<>();
        Map<Candidate, Map<String, ScoreLine>> values = new LinkedHashMap<>();
        for (TabularFile.Row row : table.rows()) {
            String unit = row.get("unitCode");
            String code = row.get("indicatorCode");
            Candidate c = byUnit.get(unit);
            if (c == null || c.getStatus() == CandidateStatus.WITHDRAWN) {
                errors.add(new ImportError(row.rowNumber(), "demonstration.survey.error.unknownUnit", unit));
                continue;
            }
            if (!surveyOpen(c)) {
                errors.add(new ImportError(row.rowNumber(), "demonstration.survey.error.closed", c.getUnitName()));
                continue;
            }
            Indicator item = s.item(code).filter(Indicator::isSurvey).orElse(null);
            if (item == null) {
                errors.add(new ImportError(row.rowNumber(), "demonstration.survey.error.unknownIndicator", code));
                continue;
            }
            BigDecimal points;
            try {
                points = new BigDecimal(row.get("points").trim());
            } catch (NumberFormatException e) {
                errors.add(new ImportError(row.rowNumber(), "demonstration.survey.error.notANumber", row.get("points")));
                continue;
            }
            if (points.signum() < 0 || points.compareTo(item.maxPoints()) > 0 || points.stripTrailingZeros().scale() > 2) {
                errors.add(new ImportError(row.rowNumber(), "demonstration.survey.error.aboveMax", code,
                        points.stripTrailingZeros().toPlainString(), item.maxPoints().stripTrailingZeros().toPlainString()));
                continue;
            }
            Map<String, ScoreLine> forUnit = values.computeIfAbsent(c, k -> new LinkedHashMap<>());
            if (forUnit.put(code, ScoreLine.points(code, points)) != null) {
                errors.add(new ImportError(row.rowNumber(), "demonstration.survey.error.duplicate", unit, code));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        int completed = 0;
        for (var e : values.entrySet()) {
            scoring.storeSurvey(e.getKey(), e.getValue());
            if (e.getKey().getProcessInstanceId() != null && complete(s, e.getKey(), e.getValue())) {
                Task task = taskService.createTaskQuery().processInstanceId(e.getKey().getProcessInstanceId())
                        .taskDefinitionKey(DemonstrationProcess.TASK_ENTER_SURVEY).active().singleResult();
                if (task != null) {
                    tasks.complete(user, tasks.requireInQueue(user, task.getId()), Map.of(), null);
                    scoring.markSurveySubmitted(e.getKey().getId());
                    completed++;
                }
            }
        }
        return new SurveyImportResult(table.rows().size(), values.size(), completed);
    }

    /**
     * The file to fill in: one row per unit whose survey is open and per survey item, with the unit's
     * and the item's names beside their codes and 得分 empty; the same columns the import reads.
     */
    @Transactional(readOnly = true)
    public byte[] template(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireAt(user, p.getOfficeUnitCode(), Role.REVIEWER);
        Standard s = ctx.standard(p);
        List<List<Object>> rows = new ArrayList<>();
        ctx.candidates.findInScope(programId, p.getOfficeUnitPath()).stream()
                .filter(SurveyImportService::surveyOpen)
                .sorted(java.util.Comparator.comparing(Candidate::getUnitCode))
                .forEach(c -> s.surveyItems().forEach(i -> rows.add(java.util.Arrays.asList(
                        c.getUnitCode(), c.getUnitName(), i.code(), i.name(), null))));
        return cn.jiceng.common.spreadsheet.TableWorkbook.write("满意度调查",
                List.of("单位代码", "单位名称", "指标代码", "指标名称", "得分"), rows);
    }

    /** Whether a unit's survey results may still be entered: during creation and inspection. */
    private static boolean surveyOpen(Candidate c) {
        return c.getStatus() == CandidateStatus.CREATING || c.getStatus() == CandidateStatus.INSPECTING;
    }

    private static boolean complete(Standard s, Candidate c, Map<String, ScoreLine> v) {
        return s.surveyItems().stream().allMatch(i -> v.containsKey(i.code()));
    }
}
