package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.StepView;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Placeholder for the demonstration steps whose screen is more than a Camunda Form (nomination list,
 * proposal, decision screen, scoring sheets): until those screens exist it tells the reviewer so and
 * completes nothing, so that the workbench's generic approve/return form never ends such a step
 * without the scoring and quota rules. The screens replace this bean.
 */
@Component
public class DemonstrationStepViews implements StepView {

    static final Set<String> SCREENS = Set.of(DemonstrationProcess.FORM_NOMINATE, DemonstrationProcess.FORM_PROPOSE,
            DemonstrationProcess.FORM_DECISION, DemonstrationProcess.FORM_SELF, DemonstrationProcess.FORM_SCORE,
            DemonstrationProcess.FORM_SURVEY, DemonstrationProcess.FORM_SPOT_CHECK);

    @Override
    public boolean handles(StepRef step) {
        return step.formKey() != null && SCREENS.contains(step.formKey());
    }

    @Override
    public void open(WorkItem task, AppUser user, Runnable onDone) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(task.caseTitle());
        dialog.add(new Paragraph(ui.getTranslation("demonstration.step.screenPending", task.name(), task.subject())));
        dialog.getFooter().add(new Button(ui.getTranslation("demonstration.step.close"), e -> dialog.close()));
        dialog.open();
    }
}
