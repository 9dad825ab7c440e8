package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A dialog that asks for an opinion (co-signing, resolving a delegation) with optional attachments
 * and runs the action; the files go with the trail event the action records.
 */
final class OpinionDialog {

    private OpinionDialog() {
    }

    static void open(String titleKey, WorkItem task, AppUser user, TaskAttachmentService attachments,
                     Consumer<String> action, Runnable onDone) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation(titleKey, task.caseTitle()));
        TextArea opinion = new TextArea(ui.getTranslation("workbench.opinion"));
        opinion.setId("workbench-opinion");
        opinion.setMaxLength(1000);
        opinion.setWidthFull();
        opinion.setRequired(true);
        AttachmentField files = new AttachmentField(attachments);
        Button ok = new Button(ui.getTranslation("common.confirm"), e -> {
            try {
                attachments.decide(user, files.files(), () -> action.accept(opinion.getValue()));
                dialog.close();
                Feedback.success("workbench.done");
                onDone.run();
            } catch (IllegalArgumentException ex) {
                Feedback.error(ex.getMessage());
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            }
        });
        ok.setId("workbench-opinion-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(task.unitName() + " · " + Steps.name(task)), opinion, files);
        dialog.getFooter().add(new Button(ui.getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("32rem");
        dialog.open();
    }
}
