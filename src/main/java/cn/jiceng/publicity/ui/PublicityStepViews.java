package cn.jiceng.publicity.ui;

import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.FormStepExtras;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/**
 * Publicity's steps in the workbench. Answering an objection and concluding an investigation are
 * Camunda Forms (forms/objection-answer.form, forms/investigation-conclusion.form) that the workbench
 * renders; above their fields this adds what a form file cannot hold: the objector's phone, masked
 * until the reviewer opens it, which is audited.
 */
@org.springframework.stereotype.Component
public class PublicityStepViews implements FormStepExtras {

    private final PublicityService publicity;

    public PublicityStepViews(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public boolean handles(StepRef step) {
        return PublicityProcess.TASK_HANDLE_OBJECTION.equals(step.stepKey())
                || PublicityProcess.TASK_CONCLUDE_INVESTIGATION.equals(step.stepKey());
    }

    @Override
    public List<Component> above(WorkItem task, AppUser user, Map<String, Object> formVariables) {
        UI ui = UI.getCurrent();
        Span phone = new Span(String.valueOf(formVariables.getOrDefault("maskedPhone", "")));
        phone.setId("objection-phone-masked");
        Button reveal = new Button(ui.getTranslation("objection.dialog.revealPhone"));
        reveal.addClickListener(e -> new cn.jiceng.privacy.ui.PurposeDialog(ui.getTranslation("objection.dialog.phone"), purpose -> {
            phone.setText(publicity.revealPhone(user, task.taskId(), purpose));
            reveal.setEnabled(false);
        }).open());
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        reveal.setId("objection-reveal-phone");
        Paragraph line = new Paragraph(ui.getTranslation("objection.dialog.phone") + " ");
        line.add(phone, new Span(" "), reveal);
        return List.of(line);
    }
}
