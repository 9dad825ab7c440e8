package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.service.ProgramTaskService.ProgramTask;
import cn.jiceng.demonstration.service.QuotaStatus;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.Steps;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The county's nomination step (推荐创建单位): the list with its quotas, then submitting it to the office. */
class NominationDialog extends Dialog {

    NominationDialog(DemonstrationUi ui, AppUser user, WorkItem task, Runnable onDone) {
        ProgramTask pt = ui.programTasks().programTask(user, task.taskId());
        String county = pt.countyCode() == null ? user.getUnitCode() : pt.countyCode();
        setHeaderTitle(getTranslation("demui.nominate.title", Steps.name(task), task.subject() == null ? "" : task.subject()));
        setWidth("min(70rem, 96vw)");
        add(new Paragraph(getTranslation("demui.nominate.help", task.detail() == null ? "" : task.detail())));
        NominationPanel panel = new NominationPanel(ui, user, pt.programId(), county, true);
        add(panel);
        Button submit = new Button(getTranslation("demui.nominate.submit"), e -> {
            try {
                List<QuotaStatus> warnings = ui.programs().submitNominations(user, task.taskId());
                close();
                if (warnings.isEmpty()) {
                    Feedback.success("demui.nominate.submitted");
                } else {
                    Feedback.error("demui.nominate.submittedWithWarnings", warnings.size());
                }
                onDone.run();
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
                panel.refresh();
            }
        });
        submit.setId("nominate-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.close"), e -> {
            close();
            onDone.run();
        }), submit);
    }
}
