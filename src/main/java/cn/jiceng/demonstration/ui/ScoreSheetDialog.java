package cn.jiceng.demonstration.ui;

import cn.jiceng.common.importing.ImportPanel;
import cn.jiceng.common.ui.Downloads;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.EvidenceKind;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ScoreLine;
import cn.jiceng.demonstration.domain.Standard;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.CandidateView;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoreSheetView;
import cn.jiceng.demonstration.service.SheetLine;
import cn.jiceng.demonstration.service.SurveyImportService.SurveyImportResult;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.Steps;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring step's form (评估组评分), also the self-assessment (对照标准自评), the survey entry
 * (录入满意度调查结果) and the spot check (抽查核实): the unit's sheet for this user with the live
 * totals of {@link ScoreSheetPanel}. Saving keeps a draft (one request for the whole sheet);
 * submitting checks that every item is filled and completes the step. Ids: {@code score-save},
 * {@code score-submit}; the spot check adds {@code spot-overturn} and {@code spot-opinion}. The
 * self-assessment carries the unit's evidence files ({@link EvidencePanel}); the survey entry offers
 * the import of the program's survey results from an Excel or CSV file (all units at once, all or
 * nothing, {@code survey-import-upload}), which completes this step when the file fills its unit.
 */
class ScoreSheetDialog extends Dialog {

    private final DemonstrationUi ui;
    private final AppUser user;
    private final WorkItem task;
    private final Runnable onDone;
    private final ScoreSheetPanel panel;
    private final long sheetId;
    private final boolean spotCheck;
    private final Checkbox overturn = new Checkbox();
    private final TextArea opinion = new TextArea();

    ScoreSheetDialog(DemonstrationUi ui, AppUser user, WorkItem task, Runnable onDone) {
        this.ui = ui;
        this.user = user;
        this.task = task;
        this.onDone = onDone;
        this.spotCheck = DemonstrationProcess.FORM_SPOT_CHECK.equals(task.formKey());
        ScoreSheetView sheet = ui.scoring().openTaskSheet(user, task.taskId());
        CandidateView candidate = ui.candidates().candidateOfTask(user, task.taskId());
        this.sheetId = sheet.sheetId();
        Standard standard = ui.standardOf(user, candidate.nomination().programId());
        List<Indicator> items = new ArrayList<>();
        Map<String, ScoreLine> lines = new LinkedHashMap<>();
        for (SheetLine l : sheet.lines()) {
            if (l.editable()) {
                standard.item(l.indicatorCode()).ifPresent(items::add);
            }
            if (l.points() != null || l.passed() != null || l.comment() != null) {
                lines.put(l.indicatorCode(), new ScoreLine(l.indicatorCode(), l.points(), l.passed(), l.comment()));
            }
        }
        List<ScoreSheetPanel.EvidenceLink> evidence = candidate.evidence().stream()
                .map(e -> new ScoreSheetPanel.EvidenceLink(e.indicatorCode(), e.fileName(), Downloads.file(e.fileName(),
                        e.contentType(), () -> ui.evidence().open(user, e.id()).content())))
                .toList();
        setHeaderTitle(getTranslation("demui.score.title", Steps.name(task), sheet.unitName()));
        setWidth("min(72rem, 96vw)");
        setHeight("90vh");
        add(new Paragraph(getTranslation("demui.score.help", sheet.programName(),
                DefinitionEditorView.plain(standard.definition().totalPoints()))));
        panel = new ScoreSheetPanel(standard, items, lines, evidence, sheet.submitted());
        add(panel);
        if (DemonstrationProcess.FORM_SELF.equals(task.formKey())) {
            add(new EvidencePanel(ui.evidence(), user, candidate.nomination().candidateId(), EvidenceKind.SELF_ASSESSMENT,
                    standard, !sheet.submitted()));
        } else if (DemonstrationProcess.FORM_SURVEY.equals(task.formKey()) && !sheet.submitted()) {
            long programId = candidate.nomination().programId();
            add(new ImportPanel("survey-import-upload", "demui.survey.importTitle", "demui.survey.importHelp",
                    (fileName, data) -> () -> ui.surveyImport().importSurvey(user, programId, data), this::imported));
            com.vaadin.flow.component.html.Anchor template = new com.vaadin.flow.component.html.Anchor(
                    cn.jiceng.common.ui.Downloads.xlsx("survey-template.xlsx", () -> ui.surveyImport().template(user, programId)),
                    getTranslation("demui.survey.template"));
            template.setId("survey-template");
            template.getElement().setAttribute("download", true);
            add(template);
        }
        if (spotCheck) {
            overturn.setLabel(getTranslation("demui.spot.overturn"));
            overturn.setId("spot-overturn");
            opinion.setLabel(getTranslation("demui.spot.opinion"));
            opinion.setId("spot-opinion");
            opinion.setWidthFull();
            opinion.setMaxLength(1000);
            add(overturn, opinion);
        }
        Button save = new Button(getTranslation("demui.score.save"), e -> save());
        save.setId("score-save");
        Button submit = new Button(getTranslation("demui.score.submit"), e -> submit());
        submit.setId("score-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!sheet.submitted());
        submit.setEnabled(!sheet.submitted());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save, submit);
    }

    /** After an import: this step is done when the file filled its unit (then the workbench refreshes). */
    private String imported(SurveyImportResult r) {
        if (ui.scoring().sheet(user, sheetId).submitted()) {
            close();
            onDone.run();
        }
        return getTranslation("demui.survey.imported", r.rows(), r.units(), r.stepsCompleted());
    }

    private List<ScoreEntry> entries() {
        return panel.lines().stream().map(l -> new ScoreEntry(l.indicatorCode(), l.points(), l.passed(), l.comment())).toList();
    }

    /** A score above an item's maximum never leaves the browser's sheet: refused here with the items named. */
    private boolean refusedLocally() {
        List<String> invalid = panel.invalidItems();
        if (!invalid.isEmpty()) {
            Feedback.error("demui.score.refusedAboveMax", String.join("、", invalid));
            return true;
        }
        return false;
    }

    private void save() {
        if (refusedLocally()) {
            return;
        }
        try {
            ScoreSheetView saved = ui.scoring().save(user, sheetId, entries());
            Feedback.success("demui.score.saved", DefinitionEditorView.plain(saved.totals().total()),
                    saved.totals().outcomeName() == null ? "" : saved.totals().outcomeName());
        } catch (InputRejectedException e) {
            Feedback.rejected(e);
        }
    }

    private void submit() {
        if (refusedLocally()) {
            return;
        }
        try {
            if (spotCheck) {
                ui.scoring().submitSpotCheck(user, task.taskId(), entries(), overturn.getValue(), opinion.getValue());
            } else {
                ui.scoring().submit(user, task.taskId(), entries());
            }
            close();
            Feedback.success("demui.score.submitted");
            onDone.run();
        } catch (InputRejectedException e) {
            Feedback.rejected(e);
        }
    }
}
