package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.review.service.WorkItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** A dialog that asks for an opinion (co-signing, resolving a delegation, a return's reason) and runs the action. */
final class OpinionDialog {

    private OpinionDialog() {
    }

    static void open(String titleKey, WorkItem task, Consumer<String> action, Runnable onDone) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation(titleKey, task.caseTitle()));
        TextArea opinion = new TextArea(ui.getTranslation("workbench.opinion"));
        opinion.setId("workbench-opinion");
        opinion.setMaxLength(1000);
        opinion.setWidthFull();
        opinion.setRequired(true);
        Button ok = new Button(ui.getTranslation("common.confirm"), e -> {
            try {
                action.accept(opinion.getValue());
                dialog.close();
                Feedback.success("workbench.done");
                onDone.run();
            } catch (IllegalArgumentException ex) {
                Feedback.error(ex.getMessage());
            }
        });
        ok.setId("workbench-opinion-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(task.unitName() + " · " + Steps.name(task)), opinion);
        dialog.getFooter().add(new Button(ui.getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("32rem");
        dialog.open();
    }
}
