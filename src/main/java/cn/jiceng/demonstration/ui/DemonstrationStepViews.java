package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.StepView;
import cn.jiceng.security.domain.AppUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demonstration programs' step forms in the workbench: the score sheet (scoring, self-assessment,
 * survey entry, spot check), the county's nomination list, the office's proposed list and the
 * leading group's decision. The steps with a Camunda Form in forms/ (plans, office review, member
 * units, acceptance, rectification, revocation …) are rendered by the workbench itself.
 */
@Component
public class DemonstrationStepViews implements StepView {

    static final Set<String> SHEETS = Set.of(DemonstrationProcess.FORM_SCORE, DemonstrationProcess.FORM_SELF,
            DemonstrationProcess.FORM_SURVEY, DemonstrationProcess.FORM_SPOT_CHECK);

    private final DemonstrationUi ui;

    public DemonstrationStepViews(DemonstrationUi ui) {
        this.ui = ui;
    }

    @Override
    public boolean handles(StepRef step) {
        String form = step.formKey();
        return form != null && (SHEETS.contains(form) || DemonstrationProcess.FORM_NOMINATE.equals(form)
                || DemonstrationProcess.FORM_PROPOSE.equals(form) || DemonstrationProcess.FORM_DECISION.equals(form));
    }

    @Override
    public void open(WorkItem task, AppUser user, Runnable onDone) {
        String form = task.formKey();
        if (SHEETS.contains(form)) {
            new ScoreSheetDialog(ui, user, task, onDone).open();
        } else if (DemonstrationProcess.FORM_NOMINATE.equals(form)) {
            new NominationDialog(ui, user, task, onDone).open();
        } else if (DemonstrationProcess.FORM_PROPOSE.equals(form)) {
            new ProposeDialog(ui, user, task, onDone).open();
        } else {
            new DecisionDialog(ui, user, task, onDone).open();
        }
    }
}
