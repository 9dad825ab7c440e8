package cn.jiceng.publicity.ui;

import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.StepView;
import cn.jiceng.security.domain.AppUser;
import org.springframework.stereotype.Component;

/** Publicity's step forms in the workbench: answering an objection, concluding an investigation. */
@Component
public class PublicityStepViews implements StepView {

    private final PublicityService publicity;

    public PublicityStepViews(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public boolean handles(StepRef step) {
        return PublicityProcess.FORM_HANDLE_OBJECTION.equals(step.formKey())
                || PublicityProcess.FORM_CONCLUDE_INVESTIGATION.equals(step.formKey());
    }

    @Override
    public void open(WorkItem task, AppUser user, Runnable onDone) {
        new ObjectionTaskDialog(publicity, user, task.taskId(),
                PublicityProcess.FORM_CONCLUDE_INVESTIGATION.equals(task.formKey()), onDone).open();
    }
}
