package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import com.vaadin.flow.component.dialog.Dialog;

/** A dialog for one human step of a campaign: the step's action closes it, or its refusal is shown. */
abstract class CampaignStepDialog extends Dialog {

    private final Runnable onDone;

    CampaignStepDialog(Runnable onDone) {
        this.onDone = onDone;
    }

    /** Runs the step's action; on success closes, confirms and refreshes the caller; on bad input shows why. */
    protected void run(Runnable action) {
        try {
            action.run();
            close();
            Feedback.success("qualification.done");
            onDone.run();
        } catch (InputRejectedException ex) {
            Feedback.rejected(ex);
        }
    }
}
