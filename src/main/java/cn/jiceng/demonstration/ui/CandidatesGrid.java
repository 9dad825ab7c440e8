package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.service.Nomination;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/** A program's units as lists show them: county, target, stage, score, outcome so far, final outcome and subsidy. */
class CandidatesGrid extends Grid<Nomination> {

    private java.util.Map<String, String> countyNames = java.util.Map.of();

    /** The counties' names by code (the list shows names, not codes). */
    CandidatesGrid counties(java.util.List<cn.jiceng.demonstration.service.CountyView> counties) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        counties.forEach(c -> m.put(c.countyCode(), c.countyName()));
        countyNames = m;
        return this;
    }

    CandidatesGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(Nomination::unitName).setHeader(getTranslation("demui.nomination.unit")).setAutoWidth(true).setFrozen(true);
        addColumn(n -> countyNames.getOrDefault(n.countyCode(), n.countyCode())).setHeader(getTranslation("demui.nomination.county")).setAutoWidth(true);
        addColumn(Nomination::targetOutcomeName).setHeader(getTranslation("demui.nomination.target")).setAutoWidth(true);
        addColumn(n -> getTranslation("demui.candidateStatus." + n.status().name())
                + (n.exclusion() == null ? "" : "（" + getTranslation("demui.exclusion." + n.exclusion().name()) + "）"))
                .setHeader(getTranslation("demui.nomination.status")).setAutoWidth(true);
        addColumn(n -> n.score() == null ? "" : DefinitionEditorView.plain(n.score()))
                .setHeader(getTranslation("demui.nomination.score")).setAutoWidth(true);
        addComponentColumn(n -> {
            Span s = new Span(n.outcomeName() == null ? "" : n.outcomeName());
            if (n.bottomLineFailed()) {
                s.getElement().getThemeList().add("badge error");
            }
            return s;
        }).setHeader(getTranslation("demui.nomination.outcome")).setAutoWidth(true);
        addColumn(n -> n.spotChecked() ? getTranslation(n.spotCheckOverturned() ? "demui.nomination.spotOverturned"
                : "demui.nomination.spotConfirmed") : "").setHeader(getTranslation("demui.nomination.spot")).setAutoWidth(true);
        addColumn(n -> n.finalOutcomeName() == null ? "" : n.finalOutcomeName())
                .setHeader(getTranslation("demui.nomination.final")).setAutoWidth(true);
        addColumn(n -> n.citySubsidy() == null ? "" : DefinitionEditorView.plain(n.citySubsidy()))
                .setHeader(getTranslation("demui.nomination.citySubsidy")).setAutoWidth(true);
        addColumn(n -> n.weak() ? getTranslation("demui.nomination.weak") : "")
                .setHeader(getTranslation("demui.nomination.weakCol")).setAutoWidth(true);
        setAllRowsVisible(true);
    }
}
