package cn.jiceng.review.ui;

import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.recruitment.ui.CampaignTaskDialog;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.recruitment.service.SelectionService;
import cn.jiceng.recruitment.ui.QualificationReviewDialog;
import cn.jiceng.recruitment.ui.SelectionTaskDialog;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.publicity.ui.ObjectionTaskDialog;
import jakarta.annotation.security.RolesAllowed;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Set;

/** The user's review queue (待办): tasks of their role at their unit. */
@Route("tasks")
@RolesAllowed({"REVIEWER", "HR", "MEMBER_UNIT", "LEADER", "ADMIN"})
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> SELECTION_FORMS = Set.of(RecruitmentProcess.FORM_PREPARE_EXAM,
            RecruitmentProcess.FORM_WRITTEN_SCORES, RecruitmentProcess.FORM_INTERVIEW_SCORES,
            RecruitmentProcess.FORM_PHYSICAL_EXAM, RecruitmentProcess.FORM_REEXAM, RecruitmentProcess.FORM_INSPECTION,
            RecruitmentProcess.FORM_CLOSE);

    private final ReviewTaskService tasks;
    private final AppUser user;
    private final Grid<TaskSummary> grid = new Grid<>();
    private final PublicityService publicity;
    private final RecruitmentService recruitment;
    private final SelectionService selection;
    private final ExportService exports;
    private final ApplicationDocumentService documents;
    private final Paragraph empty = new Paragraph();

    public WorkbenchView(CurrentUser currentUser, ReviewTaskService tasks, PublicityService publicity,
                       RecruitmentService recruitment, SelectionService selection, ExportService exports,
                       ApplicationDocumentService documents) {
        this.exports = exports;
        this.documents = documents;
        this.tasks = tasks;
        this.recruitment = recruitment;
        this.selection = selection;
        this.publicity = publicity;
        this.user = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("tasks.title")));
        grid.setId("tasks-grid");
        grid.addColumn(TaskSummary::title).setHeader(getTranslation("tasks.case")).setFlexGrow(2);
        grid.addColumn(TaskSummary::unitName).setHeader(getTranslation("tasks.unit")).setAutoWidth(true);
        grid.addColumn(TaskSummary::name).setHeader(getTranslation("tasks.step")).setAutoWidth(true);
        grid.addColumn(t -> format(t.created())).setHeader(getTranslation("tasks.created")).setAutoWidth(true);
        grid.addColumn(t -> format(t.due())).setHeader(getTranslation("tasks.due")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("tasks.handle"), e -> openDecision(t));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("data-task", t.title());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        empty.setId("tasks-empty");
        empty.setText(getTranslation("tasks.empty"));
        add(empty, grid);
        refresh();
    }

    private void refresh() {
        var list = tasks.openTasks(user);
        grid.setItems(list);
        empty.setVisible(list.isEmpty());
    }

    private void openDecision(TaskSummary task) {
        if (RecruitmentProcess.FORM_FILE_PLAN.equals(task.formKey()) || RecruitmentProcess.FORM_JOINT_REVIEW.equals(task.formKey())
                || RecruitmentProcess.FORM_RATIO_DECISION.equals(task.formKey())) {
            new CampaignTaskDialog(recruitment, user, task.id(), task.formKey(), this::refresh).open();
            return;
        }
        if (task.formKey() != null && SELECTION_FORMS.contains(task.formKey())) {
            new SelectionTaskDialog(recruitment, selection, exports, user, task.id(), task.formKey(), this::refresh).open();
            return;
        }
        if (RecruitmentProcess.FORM_QUALIFICATION_REVIEW.equals(task.formKey())) {
            new QualificationReviewDialog(recruitment, documents, user, task.id(), this::refresh).open();
            return;
        }
        if (PublicityProcess.FORM_HANDLE_OBJECTION.equals(task.formKey())
                || PublicityProcess.FORM_CONCLUDE_INVESTIGATION.equals(task.formKey())) {
            new ObjectionTaskDialog(publicity, user, task.id(),
                    PublicityProcess.FORM_CONCLUDE_INVESTIGATION.equals(task.formKey()), this::refresh).open();
            return;
        }
        Dialog dialog = new Dialog(getTranslation("tasks.decide", task.title()));
        TextArea opinion = new TextArea(getTranslation("tasks.opinion"));
        opinion.setId("task-opinion");
        opinion.setMaxLength(1000);
        opinion.setWidthFull();
        Button approve = new Button(getTranslation("tasks.approve"), e -> decide(dialog, task, true, opinion.getValue()));
        approve.setId("task-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("tasks.return"), e -> decide(dialog, task, false, opinion.getValue()));
        reject.setId("task-return");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(task.unitName() + " · " + task.name()), opinion);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), reject, approve);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private void decide(Dialog dialog, TaskSummary task, boolean approved, String opinion) {
        try {
            tasks.decide(user, task.id(), approved, opinion);
            dialog.close();
            Notification.show(getTranslation(approved ? "tasks.approved" : "tasks.returned"), 3000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation(e.getMessage()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String format(Date date) {
        return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm").format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " | " + getTranslation("app.title");
    }
}
