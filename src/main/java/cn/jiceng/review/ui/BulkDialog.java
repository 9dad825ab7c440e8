package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.review.service.BulkPreview;
import cn.jiceng.review.service.BulkResult;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * A bulk decision in three steps: the preview (how many tasks, of which steps, which are refused
 * and why), one outcome and one opinion, then the result of every task.
 */
class BulkDialog extends Dialog {

    BulkDialog(WorkbenchService workbench, AppUser user, List<String> taskIds, Runnable onDone) {
        setHeaderTitle(getTranslation("workbench.bulk.title", taskIds.size()));
        setWidth("44rem");
        setId("bulk-dialog");
        BulkPreview preview = workbench.previewBulk(user, taskIds);
        Paragraph summary = new Paragraph(getTranslation("workbench.bulk.preview", preview.eligibleCount(),
                preview.refused().size()));
        summary.setId("bulk-preview");
        add(summary);
        for (BulkPreview.StepCount s : preview.eligible()) {
            add(new Paragraph(getTranslation("workbench.bulk.step", Steps.name(s.step(), s.name()), s.count())));
        }
        for (BulkResult r : preview.refused()) {
            add(new Paragraph(r.caseTitle() + ": " + getTranslation(r.messageKey())));
        }
        add(new Paragraph(getTranslation("workbench.bulk.next")));
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("workbench.bulk.outcome"));
        outcome.setId("bulk-outcome");
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "workbench.bulk.approve" : "workbench.bulk.reject"));
        outcome.setValue(true);
        TextArea opinion = new TextArea(getTranslation("workbench.opinion"));
        opinion.setId("bulk-opinion");
        opinion.setMaxLength(1000);
        opinion.setWidthFull();
        add(outcome, opinion);
        Grid<BulkResult> results = new Grid<>();
        results.setId("bulk-results");
        results.addColumn(BulkResult::caseTitle).setHeader(getTranslation("tasks.case")).setFlexGrow(2);
        results.addColumn(r -> getTranslation(r.done() ? "workbench.bulk.done" : "workbench.bulk.refused"))
                .setHeader(getTranslation("workbench.bulk.result")).setAutoWidth(true);
        results.addColumn(r -> getTranslation(r.messageKey())).setHeader(getTranslation("workbench.bulk.reason")).setFlexGrow(2);
        results.setVisible(false);
        results.setAllRowsVisible(true);
        add(results);
        Button close = new Button(getTranslation("common.close"), e -> {
            close();
            onDone.run();
        });
        Button run = new Button(getTranslation("workbench.bulk.run"));
        run.setId("bulk-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(preview.eligibleCount() > 0);
        run.addClickListener(e -> {
            try {
                List<BulkResult> done = workbench.decideBulk(user, taskIds, outcome.getValue(), opinion.getValue());
                results.setItems(done);
                results.setVisible(true);
                run.setEnabled(false);
                long ok = done.stream().filter(BulkResult::done).count();
                summary.setText(getTranslation("workbench.bulk.summary", ok, done.size() - ok));
            } catch (IllegalArgumentException ex) {
                Feedback.error(ex.getMessage());
            }
        });
        getFooter().add(close, run);
    }
}
