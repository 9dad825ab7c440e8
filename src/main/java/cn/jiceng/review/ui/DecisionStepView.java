package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The generic step form: approve or return with an opinion and optional attachments, for any step
 * that neither a feature nor a Camunda Form describes.
 */
@Component
@Order(1000)
public class DecisionStepView implements StepView {

    private final ReviewTaskService tasks;
    private final TaskAttachmentService attachments;

    public DecisionStepView(ReviewTaskService tasks, TaskAttachmentService attachments) {
        this.tasks = tasks;
        this.attachments = attachments;
    }

    /** Asked for no step by name: the workbench falls back to it for a step no other view handles. */
    @Override
    public boolean handles(StepRef step) {
        return false;
    }

    @Override
    public void open(WorkItem task, AppUser user, Runnable onDone) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation("tasks.decide", task.caseTitle()));
        TextArea opinion = new TextArea(ui.getTranslation("tasks.opinion"));
        opinion.setId("task-opinion");
        opinion.setMaxLength(1000);
        opinion.setWidthFull();
        AttachmentField files = new AttachmentField(attachments);
        Button approve = new Button(ui.getTranslation("tasks.approve"), e -> decide(dialog, user, task, true, opinion.getValue(), files, onDone));
        approve.setId("task-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(ui.getTranslation("tasks.return"), e -> decide(dialog, user, task, false, opinion.getValue(), files, onDone));
        reject.setId("task-return");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(task.unitName() + " · " + Steps.name(task)), opinion, files);
        dialog.getFooter().add(new Button(ui.getTranslation("common.cancel"), e -> dialog.close()), reject, approve);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private void decide(Dialog dialog, AppUser user, WorkItem task, boolean approved, String opinion, AttachmentField files,
                        Runnable onDone) {
        try {
            attachments.decide(user, files.files(), () -> tasks.decide(user, task.taskId(), approved, opinion));
            dialog.close();
            Feedback.success(approved ? "tasks.approved" : "tasks.returned");
            onDone.run();
        } catch (IllegalArgumentException e) {
            Feedback.error(e.getMessage());
        } catch (cn.jiceng.common.validation.InputRejectedException e) {
            Feedback.rejected(e);
            onDone.run();
        }
    }
}
