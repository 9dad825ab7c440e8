package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.Evaluation;
import cn.jiceng.demonstration.domain.IndicatorClass;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import cn.jiceng.demonstration.domain.ScoreLine;
import cn.jiceng.demonstration.domain.Standard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A score sheet (评分表): the standard's categories and items, for each item the points (up to its
 * maximum) or the pass/fail check, a comment and the unit's evidence files for it; the category
 * totals, the total, the flags or level and the bottom-line failures are recomputed on every change
 * with the program's own rules ({@link Evaluation}), so the scorer sees the outcome as they type. A
 * score above an item's maximum is marked at once and the sheet cannot be saved with it (the service
 * refuses it again). Ids for tests: {@code score-sheet}, inputs with {@code data-indicator}, {@code
 * score-total}, {@code score-outcome}.
 */
public class ScoreSheetPanel extends Div {

    /** An evidence file of the unit, shown beside the item it supports (or the whole sheet when for none). */
    public record EvidenceLink(String indicatorCode, String fileName, com.vaadin.flow.server.streams.DownloadHandler download) {
    }

    private static final String ERROR = "var(--lumo-error-text-color)";

    private final Standard standard;
    private final boolean readOnly;
    private final Map<String, BigDecimalField> points = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Boolean>> checks = new LinkedHashMap<>();
    private final Map<String, TextField> comments = new LinkedHashMap<>();
    private final Map<String, Div> rows = new LinkedHashMap<>();
    private final Map<String, Span> categoryTotals = new LinkedHashMap<>();
    private final Span total = new Span();
    private final Span outcome = new Span();
    private final Span flags = new Span();
    private final Span bottomLine = new Span();
    private final Span missing = new Span();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Evaluation.Result result;

    /**
     * @param items the items this sheet scores (all of the standard, or only the survey's)
     * @param evidence the unit's evidence files
     */
    public ScoreSheetPanel(Standard standard, List<Indicator> items, Map<String, ScoreLine> lines,
                           List<EvidenceLink> evidence, boolean readOnly) {
        this.standard = standard;
        this.readOnly = readOnly;
        setId("score-sheet");
        addClassName("score-sheet");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        Map<String, List<EvidenceLink>> byItem = new LinkedHashMap<>();
        for (EvidenceLink e : evidence) {
            byItem.computeIfAbsent(e.indicatorCode() == null ? "" : e.indicatorCode(), k -> new ArrayList<>()).add(e);
        }
        if (byItem.containsKey("")) {
            Div general = new Div(new Span(getTranslation("demui.score.generalEvidence")));
            general.setId("score-evidence-general");
            byItem.get("").forEach(l -> general.add(new Span(" "), link(l)));
            add(general);
        }
        java.util.Set<String> wanted = new java.util.HashSet<>();
        items.forEach(i -> wanted.add(i.code()));
        for (Indicator category : standard.categories().values()) {
            List<Indicator> its = standard.items().stream()
                    .filter(i -> category.code().equals(standard.categoryOf(i.code())) && wanted.contains(i.code())).toList();
            if (its.isEmpty()) {
                continue;
            }
            add(categoryHeader(category));
            for (Indicator item : its) {
                add(itemRow(item, lines.get(item.code()), byItem.getOrDefault(item.code(), List.of())));
            }
        }
        add(summary());
        recompute();
    }

    private Component categoryHeader(Indicator category) {
        H4 name = new H4(category.code() + " " + category.name());
        name.getStyle().set("margin", "0");
        Span sum = new Span();
        sum.addClassName("score-category-total");
        sum.getElement().setAttribute("data-category", category.code());
        categoryTotals.put(category.code(), sum);
        Div head = new Div(name, sum);
        head.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "baseline")
                .set("margin-top", "var(--lumo-space-m)").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        return head;
    }

    private Component itemRow(Indicator item, ScoreLine line, List<EvidenceLink> evidence) {
        Span label = new Span(item.code() + " " + item.name());
        Div labelBox = new Div(label);
        labelBox.getStyle().set("flex", "1 1 18rem").set("display", "flex").set("flex-direction", "column");
        if (item.classOrBasic() != IndicatorClass.BASIC) {
            Span badge = new Span(getTranslation("demui.class." + item.classOrBasic().name()));
            badge.getElement().getThemeList().add(item.classOrBasic() == IndicatorClass.BOTTOM_LINE ? "badge error small" : "badge small");
            badge.getStyle().set("align-self", "flex-start");
            labelBox.add(badge);
        }
        if (item.note() != null && !item.note().isBlank()) {
            Span note = new Span(item.note());
            note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            labelBox.add(note);
        }
        Component input;
        if (item.checkType() == CheckType.PASS_FAIL) {
            RadioButtonGroup<Boolean> check = new RadioButtonGroup<>();
            check.setItems(Boolean.TRUE, Boolean.FALSE);
            check.setItemLabelGenerator(b -> getTranslation(b ? "demui.score.pass" : "demui.score.fail"));
            check.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            check.getElement().setAttribute("data-indicator", item.code());
            check.addClassName("score-check");
            if (line != null && line.passed() != null) {
                check.setValue(line.passed());
            }
            check.setReadOnly(readOnly);
            check.addValueChangeListener(e -> changed());
            checks.put(item.code(), check);
            input = check;
        } else {
            BigDecimalField f = new BigDecimalField();
            f.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
            f.setWidth("7rem");
            f.setSuffixComponent(new Span("/ " + DefinitionEditorView.plain(item.maxPoints())));
            f.getElement().setAttribute("data-indicator", item.code());
            f.addClassName("score-points");
            f.setValueChangeMode(ValueChangeMode.EAGER);
            if (line != null && line.points() != null) {
                f.setValue(line.points());
            }
            f.setReadOnly(readOnly);
            f.addValueChangeListener(e -> changed());
            points.put(item.code(), f);
            input = f;
        }
        TextField comment = new TextField();
        comment.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        comment.setPlaceholder(getTranslation("demui.score.comment"));
        comment.setMaxLength(500);
        comment.setWidth("14rem");
        comment.getElement().setAttribute("data-comment", item.code());
        comment.setValue(line == null || line.comment() == null ? "" : line.comment());
        comment.setReadOnly(readOnly);
        comments.put(item.code(), comment);
        Div files = new Div();
        files.getStyle().set("flex", "0 1 12rem").set("font-size", "var(--lumo-font-size-s)");
        evidence.forEach(l -> files.add(link(l), new Span(" ")));
        Div row = new Div(labelBox, input, comment, files);
        row.addClassName("score-row");
        row.getElement().setAttribute("data-item", item.code());
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("padding", "2px var(--lumo-space-xs)");
        rows.put(item.code(), row);
        return row;
    }

    private static Anchor link(EvidenceLink l) {
        Anchor a = new Anchor(l.download(), l.fileName());
        a.setTarget(AnchorTarget.BLANK);
        a.addClassName("score-evidence");
        return a;
    }

    private Component summary() {
        total.setId("score-total");
        outcome.setId("score-outcome");
        flags.setId("score-flags");
        bottomLine.setId("score-bottom-line");
        missing.setId("score-missing");
        total.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        outcome.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        bottomLine.getStyle().set("color", ERROR).set("font-weight", "600");
        Div box = new Div(new Span(getTranslation("demui.score.total")), total, new Span(getTranslation("demui.score.outcome")),
                outcome, flags, bottomLine, missing);
        box.addClassName("score-summary");
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline").set("position", "sticky").set("bottom", "0")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-top", "2px solid var(--lumo-primary-color)");
        return box;
    }

    /** Called after every change (e.g. to enable saving). */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        recompute();
        changeListeners.forEach(Runnable::run);
    }

    /** Recomputes totals, outcome and flags, marks scores above the maximum and failed bottom lines. */
    private void recompute() {
        points.forEach((code, field) -> {
            BigDecimal max = standard.item(code).map(Indicator::maxPoints).orElse(null);
            BigDecimal v = field.getValue();
            boolean above = v != null && max != null && v.compareTo(max) > 0;
            boolean negative = v != null && v.signum() < 0;
            field.setInvalid(above || negative);
            field.setErrorMessage(above ? getTranslation("demui.score.aboveMax", DefinitionEditorView.plain(max))
                    : negative ? getTranslation("demui.score.negative") : null);
        });
        result = Evaluation.evaluate(standard, validLines());
        result.categoryTotals().forEach((code, sum) -> {
            Span s = categoryTotals.get(code);
            if (s != null) {
                Indicator c = standard.categories().get(code);
                s.setText(getTranslation("demui.score.categoryTotal", DefinitionEditorView.plain(sum),
                        DefinitionEditorView.plain(c.points())));
            }
        });
        total.setText(DefinitionEditorView.plain(result.total()) + " / "
                + DefinitionEditorView.plain(standard.definition().totalPoints()));
        outcome.setText(OutcomeNames.name(standard.definition(), result.outcomeCode(), this::getTranslation));
        outcome.getElement().setAttribute("data-outcome", result.outcomeCode());
        outcome.getStyle().set("color", result.bottomLineFailed() ? ERROR : "var(--lumo-success-text-color)");
        flags.setText(result.flags().isEmpty() ? "" : getTranslation("demui.score.flags",
                String.join("、", result.flags().stream().map(f -> OutcomeNames.flagName(standard.definition(), f)).toList())));
        bottomLine.setText(result.bottomLineFailed() ? getTranslation("demui.score.bottomLineFailed",
                String.join("、", result.failedBottomLines())) : "");
        long open = result.missing().stream().filter(rows::containsKey).count();
        missing.setText(open == 0 ? "" : getTranslation("demui.score.missing", open));
        missing.getElement().setAttribute("data-missing", String.valueOf(open));
        rows.forEach((code, row) -> {
            boolean failed = result.failedBottomLines().contains(code);
            row.getStyle().set("background", failed ? "var(--lumo-error-color-10pct)" : null);
            row.getElement().setAttribute("data-failed", String.valueOf(failed));
        });
    }

    /** The lines as entered (scores above the maximum included; the caller refuses them through {@link #invalidItems}). */
    public List<ScoreLine> lines() {
        List<ScoreLine> out = new ArrayList<>();
        for (String code : rows.keySet()) {
            String comment = comments.get(code).getValue();
            comment = comment == null || comment.isBlank() ? null : comment.trim();
            if (points.containsKey(code)) {
                BigDecimal v = points.get(code).getValue();
                if (v != null || comment != null) {
                    out.add(new ScoreLine(code, v, null, comment));
                }
            } else {
                Boolean passed = checks.get(code).getValue();
                if (passed != null || comment != null) {
                    out.add(new ScoreLine(code, null, passed, comment));
                }
            }
        }
        return out;
    }

    /** Items whose score is above its maximum or negative (also typed text that is no number). */
    public List<String> invalidItems() {
        List<String> out = new ArrayList<>();
        points.forEach((code, f) -> {
            if (f.isInvalid()) {
                out.add(code);
            }
        });
        return out;
    }

    public Evaluation.Result result() {
        return result;
    }

    private Map<String, ScoreLine> validLines() {
        Map<String, ScoreLine> out = new LinkedHashMap<>();
        for (ScoreLine l : lines()) {
            if (l.points() != null && points.get(l.indicatorCode()).isInvalid()) {
                continue;
            }
            out.put(l.indicatorCode(), l);
        }
        return out;
    }

    /** Every input of the sheet (to enable or disable them together). */
    public List<HasValue<?, ?>> inputs() {
        List<HasValue<?, ?>> out = new ArrayList<>(points.values());
        out.addAll(checks.values());
        out.addAll(comments.values());
        return out;
    }

    /** A function from an outcome's code to its name, for callers that show outcomes elsewhere. */
    public Function<String, String> outcomeNames() {
        return code -> OutcomeNames.name(standard.definition(), code, this::getTranslation);
    }
}
