package cn.jiceng.recruitment.ui;

import cn.jiceng.common.importing.ImportPanel;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.common.ui.Downloads;
import cn.jiceng.recruitment.service.ExamService;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.recruitment.service.PostCounts;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.recruitment.service.SelectionService;
import cn.jiceng.recruitment.service.SelectionService.Candidate;
import cn.jiceng.recruitment.service.SelectionService.Result;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's steps after registration: admit to the exam, import and confirm scores, record the physical
 * exam / re-examination / inspection verdicts of each candidate, close the campaign with its report.
 */
public class SelectionTaskDialog extends CampaignStepDialog {

    private final SelectionService selection;
    private final AppUser user;
    private final String taskId;

    public SelectionTaskDialog(RecruitmentService recruitment, SelectionService selection, ExportService exports, AppUser user,
                               String taskId, String formKey, Runnable onDone) {
        super(onDone);
        this.selection = selection;
        this.user = user;
        this.taskId = taskId;
        Campaign campaign = recruitment.campaignForTask(user, taskId);
        setHeaderTitle(campaign.getName());
        setWidth("64rem");
        Button submit = new Button(getTranslation("selection.submit." + formKey.substring(formKey.indexOf('-') + 1)));
        submit.setId("selection-task-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        switch (formKey) {
            case RecruitmentProcess.FORM_PREPARE_EXAM -> {
                List<PostCounts> counts = recruitment.postCounts(user, campaign.getId());
                add(new Paragraph(getTranslation("selection.prepareHelp",
                        counts.stream().mapToLong(PostCounts::qualified).sum())));
                submit.addClickListener(e -> run(() -> {
                    int admitted = selection.admitToExam(user, taskId);
                    Feedback.success("selection.admitted", admitted);
                }));
            }
            case RecruitmentProcess.FORM_WRITTEN_SCORES, RecruitmentProcess.FORM_INTERVIEW_SCORES -> {
                boolean written = RecruitmentProcess.FORM_WRITTEN_SCORES.equals(formKey);
                ExamService.Kind kind = written ? ExamService.Kind.WRITTEN : ExamService.Kind.INTERVIEW;
                Anchor template = new Anchor(Downloads.xlsx(campaign.getCode() + "-" + kind.name().toLowerCase() + "-scores.xlsx",
                        () -> exports.scoreTemplate(user, campaign.getId(), kind)), getTranslation("selection.template"));
                template.setId("score-template");
                template.setRouterIgnore(true);
                add(template);
                add(new ImportPanel("score-import-upload", written ? "selection.writtenTitle" : "selection.interviewTitle",
                        "selection.scoresHelp", (fileName, data) -> () -> selection.importScores(user, taskId, data),
                        (Integer imported) -> getTranslation("selection.scoresImported", imported)));
                submit.addClickListener(e -> run(() -> selection.confirmScores(user, taskId)));
            }
            case RecruitmentProcess.FORM_CLOSE -> closeCampaign(submit);
            default -> verdicts(formKey, submit);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    private static String score(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private void verdicts(String formKey, Button submit) {
        List<Result> choices = Result.choices(RecruitmentProcess.FORM_PHYSICAL_EXAM.equals(formKey));
        String step = formKey.substring(formKey.indexOf('-') + 1);
        Map<Long, Select<Result>> results = new LinkedHashMap<>();
        Map<Long, TextField> notes = new LinkedHashMap<>();
        Grid<Candidate> grid = new Grid<>();
        grid.setId("selection-candidates");
        grid.addColumn(Candidate::postCode).setHeader(getTranslation("recruitment.postCode")).setAutoWidth(true);
        grid.addColumn(Candidate::admissionNo).setHeader(getTranslation("selection.admissionNo")).setAutoWidth(true);
        grid.addColumn(Candidate::name).setHeader(getTranslation("selection.name")).setAutoWidth(true);
        grid.addColumn(c -> score(c.totalScore())).setHeader(getTranslation("selection.total")).setAutoWidth(true);
        grid.addColumn(Candidate::rank).setHeader(getTranslation("selection.rank")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Select<Result> result = new Select<>();
            result.setItems(choices);
            result.setItemLabelGenerator(r -> getTranslation("selection.result." + r.name()));
            result.setValue(Result.PASS);
            result.getElement().setAttribute("data-candidate", c.admissionNo());
            results.put(c.applicationId(), result);
            return result;
        }).setHeader(getTranslation("selection.result"));
        grid.addComponentColumn(c -> {
            TextField note = new TextField();
            note.setMaxLength(500);
            note.setWidthFull();
            notes.put(c.applicationId(), note);
            return note;
        }).setHeader(getTranslation("selection.note")).setFlexGrow(1);
        List<Candidate> candidates = selection.candidatesForTask(user, taskId);
        grid.setItems(candidates);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("selection.help." + step, candidates.size())), grid);
        submit.addClickListener(e -> run(() -> {
            List<SelectionService.Verdict> verdicts = new ArrayList<>();
            results.forEach((id, select) -> verdicts.add(new SelectionService.Verdict(id, select.getValue(),
                    notes.get(id).getValue())));
            selection.recordVerdicts(user, taskId, verdicts);
        }));
    }

    private void closeCampaign(Button submit) {
        List<SelectionService.PostOutcome> report = selection.reportForTask(user, taskId);
        Grid<SelectionService.PostOutcome> grid = new Grid<>();
        grid.setId("campaign-report");
        grid.addColumn(o -> o.postCode() + " " + o.unitName()).setHeader(getTranslation("recruitment.post"));
        grid.addColumn(o -> getTranslation("postState." + o.status().name())).setHeader(getTranslation("recruitment.status"));
        grid.addColumn(SelectionService.PostOutcome::openings).setHeader(getTranslation("recruitment.openings")).setAutoWidth(true);
        grid.addColumn(SelectionService.PostOutcome::qualified).setHeader(getTranslation("campaigns.qualified")).setAutoWidth(true);
        grid.addColumn(SelectionService.PostOutcome::hired).setHeader(getTranslation("selection.hired")).setAutoWidth(true);
        grid.addColumn(SelectionService.PostOutcome::unfilled).setHeader(getTranslation("selection.unfilled")).setAutoWidth(true);
        grid.setItems(report);
        grid.setAllRowsVisible(true);
        int unfilled = report.stream().mapToInt(SelectionService.PostOutcome::unfilled).sum();
        Checkbox supplementary = new Checkbox(getTranslation("selection.supplementary", unfilled));
        supplementary.setId("campaign-supplementary");
        supplementary.setEnabled(unfilled > 0);
        add(new Paragraph(getTranslation("selection.help.close")), grid, supplementary);
        submit.addClickListener(e -> run(() -> selection.closeCampaign(user, taskId, supplementary.getValue())));
    }
}
