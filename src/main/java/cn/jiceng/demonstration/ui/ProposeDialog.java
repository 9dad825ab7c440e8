package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramTaskService.ProgramTask;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.Steps;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The office's proposed list (拟定命名名单): every unit with its score and outcome, the quotas on the
 * outcomes the scores give; proposing publicizes the units whose scores give an outcome.
 */
class ProposeDialog extends Dialog {

    ProposeDialog(DemonstrationUi ui, AppUser user, WorkItem task, Runnable onDone) {
        ProgramTask pt = ui.programTasks().programTask(user, task.taskId());
        setHeaderTitle(getTranslation("demui.propose.title", Steps.name(task), task.subject() == null ? "" : task.subject()));
        setWidth("min(72rem, 96vw)");
        add(new Paragraph(getTranslation("demui.propose.help")));
        CandidatesGrid units = new CandidatesGrid("propose-units").counties(ui.programs().counties(user, pt.programId()));
        units.setItems(ui.programs().nominations(user, pt.programId()));
        QuotaGrid quotas = new QuotaGrid("propose-quotas");
        quotas.setItems(ui.programs().quotaAttainment(user, pt.programId()));
        TextArea opinion = new TextArea(getTranslation("demui.propose.opinion"));
        opinion.setId("propose-opinion");
        opinion.setWidthFull();
        opinion.setMaxLength(1000);
        add(units, new H4(getTranslation("demui.nominate.quotas")), quotas, opinion);
        Button submit = new Button(getTranslation("demui.propose.submit"), e -> {
            try {
                List<Nomination> proposed = ui.programs().proposeList(user, task.taskId(), opinion.getValue());
                close();
                Feedback.success("demui.propose.done", proposed.size());
                onDone.run();
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            }
        });
        submit.setId("propose-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }
}
