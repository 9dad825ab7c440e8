package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.LeadingDecision;
import cn.jiceng.demonstration.domain.SheetKind;
import cn.jiceng.demonstration.domain.Verdict;
import cn.jiceng.demonstration.service.CandidateResult;
import cn.jiceng.demonstration.service.DecisionView;
import cn.jiceng.demonstration.service.MemberReviewView;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.OutcomeOption;
import cn.jiceng.demonstration.service.UnitDecision;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.ui.Steps;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The leading group's decision (领导小组研究决定): each proposed unit with its score, its survey
 * result, the publicity's outcome and the member units' objections side by side; per unit approve,
 * adjust to another outcome or reject (with an opinion); the quotas as they would stand after the
 * decision are recomputed on every change. Ids: {@code decision-grid}, {@code decision-quotas},
 * {@code decision-submit}; per unit {@code data-unit} on its choice, outcome and opinion.
 */
class DecisionDialog extends Dialog {

    /** At most this many units get their survey result read one by one (a list is rarely longer). */
    static final int SURVEY_LOOKUPS = 100;

    private final DemonstrationUi ui;
    private final AppUser user;
    private final WorkItem task;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final QuotaGrid quotas = new QuotaGrid("decision-quotas");

    /** The decision being made on one unit. */
    private static final class Row {
        LeadingDecision decision = LeadingDecision.APPROVE;
        String adjusted;
        String opinion;
    }

    DecisionDialog(DemonstrationUi ui, AppUser user, WorkItem task, Runnable onDone) {
        this.ui = ui;
        this.user = user;
        this.task = task;
        DecisionView view = ui.programs().decisionView(user, task.taskId());
        setHeaderTitle(getTranslation("demui.decision.title", Steps.name(task), view.programName()));
        setWidth("min(90rem, 98vw)");
        setHeight("92vh");
        view.proposed().forEach(n -> rows.put(n.candidateId(), new Row()));
        Map<Long, List<MemberReviewView>> objections = view.objections().stream()
                .filter(m -> m.verdict() == Verdict.OBJECT).collect(Collectors.groupingBy(MemberReviewView::candidateId));
        Map<Long, BigDecimal> survey = survey(view.proposed());

        Grid<Nomination> grid = new Grid<>();
        grid.setId("decision-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Nomination::unitName).setHeader(getTranslation("demui.nomination.unit")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(n -> n.score() == null ? "" : DefinitionEditorView.plain(n.score()))
                .setHeader(getTranslation("demui.nomination.score")).setAutoWidth(true);
        if (!survey.isEmpty()) {
            grid.addColumn(n -> survey.containsKey(n.candidateId()) ? DefinitionEditorView.plain(survey.get(n.candidateId())) : "")
                    .setHeader(getTranslation("demui.decision.survey")).setAutoWidth(true);
        }
        grid.addColumn(n -> n.outcomeName() == null ? "" : n.outcomeName())
                .setHeader(getTranslation("demui.decision.proposed")).setAutoWidth(true);
        grid.addColumn(n -> n.publicityOutcome() == null ? "" : Steps.label("publicity.outcome." + n.publicityOutcome(),
                n.publicityOutcome())).setHeader(getTranslation("demui.decision.publicity")).setAutoWidth(true);
        grid.addComponentColumn(n -> objectionsCell(objections.getOrDefault(n.candidateId(), List.of())))
                .setHeader(getTranslation("demui.decision.objections")).setWidth("14rem");
        grid.addComponentColumn(n -> choice(n, view.outcomes())).setHeader(getTranslation("demui.decision.decision"))
                .setWidth("26rem").setFlexGrow(0);
        grid.addComponentColumn(this::opinionCell).setHeader(getTranslation("demui.decision.unitOpinion")).setWidth("14rem");
        grid.setItems(view.proposed());
        grid.setAllRowsVisible(true);
        quotas.setItems(view.quotasAsProposed());
        TextArea opinion = new TextArea(getTranslation("demui.decision.opinion"));
        opinion.setId("decision-opinion");
        opinion.setWidthFull();
        opinion.setMaxLength(1000);
        add(new Paragraph(getTranslation("demui.decision.help")), grid, new H4(getTranslation("demui.decision.quotas")), quotas,
                opinion);
        Button submit = new Button(getTranslation("demui.decision.submit"), e -> {
            try {
                ui.programs().decide(user, task.taskId(), decisions(), opinion.getValue());
                close();
                Feedback.success("demui.decision.done", rows.size());
                onDone.run();
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            }
        });
        submit.setId("decision-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), ev -> close()), submit);
    }

    /** The survey's total per unit, when the program runs a survey. */
    private Map<Long, BigDecimal> survey(List<Nomination> proposed) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (proposed.isEmpty() || proposed.size() > SURVEY_LOOKUPS) {
            return out;
        }
        if (!ui.programs().definitionOf(user, proposed.get(0).programId()).step(s -> s.survey())) {
            return out;
        }
        for (Nomination n : proposed) {
            CandidateResult r = ui.scoring().result(user, n.candidateId());
            r.sheets().stream().filter(s -> s.kind() == SheetKind.SURVEY && s.totals() != null).findFirst()
                    .ifPresent(s -> out.put(n.candidateId(), s.totals().total()));
        }
        return out;
    }

    private Component objectionsCell(List<MemberReviewView> list) {
        Div d = new Div();
        if (list.isEmpty()) {
            d.add(new Span(getTranslation("demui.decision.noObjection")));
            return d;
        }
        for (MemberReviewView m : list) {
            Span s = new Span(Steps.label("department." + m.department(), m.department()) + "："
                    + (m.opinion() == null ? "" : m.opinion()));
            s.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)");
            d.add(s);
        }
        return d;
    }

    private Component choice(Nomination n, List<OutcomeOption> outcomes) {
        Row row = rows.get(n.candidateId());
        RadioButtonGroup<LeadingDecision> group = new RadioButtonGroup<>();
        group.setItems(LeadingDecision.values());
        group.setItemLabelGenerator(d -> getTranslation("demui.decision." + d.name()));
        group.setValue(row.decision);
        group.getElement().setAttribute("data-unit", n.unitCode());
        group.addClassName("decision-choice");
        ComboBox<OutcomeOption> adjusted = new ComboBox<>();
        adjusted.setItems(outcomes);
        adjusted.setItemLabelGenerator(OutcomeOption::name);
        adjusted.setPlaceholder(getTranslation("demui.decision.adjustTo"));
        adjusted.getElement().getThemeList().add("small");
        adjusted.getElement().setAttribute("data-unit", n.unitCode());
        adjusted.addClassName("decision-outcome");
        adjusted.setWidth("10rem");
        adjusted.setEnabled(false);
        group.addValueChangeListener(e -> {
            row.decision = e.getValue();
            adjusted.setEnabled(e.getValue() == LeadingDecision.ADJUST);
            preview();
        });
        adjusted.addValueChangeListener(e -> {
            row.adjusted = e.getValue() == null ? null : e.getValue().code();
            preview();
        });
        Div d = new Div(group, adjusted);
        d.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center").set("flex-wrap", "wrap");
        return d;
    }

    private Component opinionCell(Nomination n) {
        TextField f = new TextField();
        f.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        f.setMaxLength(1000);
        f.setWidthFull();
        f.getElement().setAttribute("data-unit", n.unitCode());
        f.addClassName("decision-unit-opinion");
        f.addValueChangeListener(e -> rows.get(n.candidateId()).opinion = e.getValue());
        return f;
    }

    private List<UnitDecision> decisions() {
        List<UnitDecision> out = new ArrayList<>();
        rows.forEach((id, r) -> out.add(new UnitDecision(id, r.decision,
                r.decision == LeadingDecision.ADJUST ? r.adjusted : null, r.opinion)));
        return out;
    }

    /** The quotas if the group decides as now chosen. */
    private void preview() {
        try {
            quotas.setItems(ui.programs().previewDecision(user, task.taskId(), decisions()));
        } catch (InputRejectedException ex) {
            Feedback.rejected(ex);
        }
    }
}
