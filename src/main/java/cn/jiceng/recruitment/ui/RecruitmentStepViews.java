package cn.jiceng.recruitment.ui;

import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.recruitment.service.SelectionService;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.review.ui.StepView;
import cn.jiceng.review.ui.Steps;
import cn.jiceng.security.domain.AppUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Recruitment's step forms in the workbench: filing the plan, ratio, selection steps, qualification review. */
@Component
public class RecruitmentStepViews implements StepView {

    // the joint review's verdict is a Camunda Form (forms/joint-review-verdict.form), rendered by the workbench
    private static final Set<String> CAMPAIGN_FORMS = Set.of(RecruitmentProcess.FORM_FILE_PLAN,
            RecruitmentProcess.FORM_RATIO_DECISION);
    private static final Set<String> SELECTION_FORMS = Set.of(RecruitmentProcess.FORM_PREPARE_EXAM,
            RecruitmentProcess.FORM_WRITTEN_SCORES, RecruitmentProcess.FORM_INTERVIEW_SCORES,
            RecruitmentProcess.FORM_PHYSICAL_EXAM, RecruitmentProcess.FORM_REEXAM, RecruitmentProcess.FORM_INSPECTION,
            RecruitmentProcess.FORM_CLOSE);

    private final RecruitmentService recruitment;
    private final SelectionService selection;
    private final ExportService exports;
    private final ApplicationDocumentService documents;
    private final WorkbenchService workbench;
    private final TaskAttachmentService attachments;

    public RecruitmentStepViews(RecruitmentService recruitment, SelectionService selection, ExportService exports,
                                ApplicationDocumentService documents, WorkbenchService workbench,
                                TaskAttachmentService attachments) {
        this.workbench = workbench;
        this.attachments = attachments;
        this.recruitment = recruitment;
        this.selection = selection;
        this.exports = exports;
        this.documents = documents;
    }

    @Override
    public boolean handles(StepRef step) {
        String form = step.formKey();
        return form != null && (CAMPAIGN_FORMS.contains(form) || SELECTION_FORMS.contains(form)
                || RecruitmentProcess.FORM_QUALIFICATION_REVIEW.equals(form));
    }

    @Override
    public void open(WorkItem task, AppUser user, Runnable onDone) {
        String form = task.formKey();
        if (CAMPAIGN_FORMS.contains(form)) {
            new CampaignTaskDialog(recruitment, user, task.taskId(), form, onDone).open();
        } else if (SELECTION_FORMS.contains(form)) {
            new SelectionTaskDialog(recruitment, selection, exports, user, task.taskId(), form, onDone).open();
        } else {
            new QualificationReviewDialog(recruitment, documents, attachments, user, task.taskId(), Steps.name(task),
                    workbench.trailOf(user, task.taskId()), onDone).open();
        }
    }
}
