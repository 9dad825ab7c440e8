package cn.jiceng.demonstration.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.NominationResult;
import cn.jiceng.demonstration.service.OutcomeOption;
import cn.jiceng.demonstration.service.QuotaStatus;
import cn.jiceng.demonstration.service.UnitOption;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A county's nomination list (推荐名单) with its quotas live: the county's reviewer adds units of the
 * county with a target outcome (and attributes such as 老旧小区), changes a target or takes a unit off
 * while the list is open; after every change the quotas of the county and of the program are shown
 * again (met, at risk, missed, exceeded). A nomination that would break a hard quota is refused by
 * the service and the reason shown here; soft quotas come back as warnings. Ids: {@code nominate-unit},
 * {@code nominate-target}, {@code nominate-add}, {@code nominate-message}, {@code nominations-grid},
 * {@code quota-status}.
 */
class NominationPanel extends VerticalLayout {

    private final DemonstrationUi ui;
    private final AppUser user;
    private final long programId;
    private final String countyCode;
    private final boolean editable;
    private final ProgramDefinition definition;
    private final List<OutcomeOption> targets;
    private final ComboBox<UnitOption> unit = new ComboBox<>();
    private final ComboBox<OutcomeOption> target = new ComboBox<>();
    private final MultiSelectComboBox<ProgramDefinition.Attribute> attributes = new MultiSelectComboBox<>();
    private final Grid<Nomination> list = new Grid<>();
    private final QuotaGrid quotas = new QuotaGrid("quota-status");
    private final Div message = new Div();

    NominationPanel(DemonstrationUi ui, AppUser user, long programId, String countyCode, boolean editable) {
        this.ui = ui;
        this.user = user;
        this.programId = programId;
        this.countyCode = countyCode;
        this.editable = editable;
        this.definition = ui.programs().definitionOf(user, programId);
        this.targets = ui.programs().targetOptions(user, programId);
        setPadding(false);
        setId("nomination-panel");

        unit.setId("nominate-unit");
        unit.setLabel(getTranslation("demui.nominate.unit"));
        unit.setItemLabelGenerator(UnitOption::unitName);
        unit.setWidth("18rem");
        target.setId("nominate-target");
        target.setLabel(getTranslation("demui.nominate.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(OutcomeOption::name);
        target.setWidth("14rem");
        if (!targets.isEmpty()) {
            target.setValue(targets.get(targets.size() - 1));
        }
        attributes.setId("nominate-attributes");
        attributes.setLabel(getTranslation("demui.nominate.attributes"));
        attributes.setItems(definition.attributeList());
        attributes.setItemLabelGenerator(ProgramDefinition.Attribute::name);
        attributes.setVisible(!definition.attributeList().isEmpty());
        Button add = new Button(getTranslation("demui.nominate.add"), VaadinIcon.PLUS.create(), e -> nominate());
        add.setId("nominate-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(unit, target, attributes, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        form.setVisible(editable);
        message.setId("nominate-message");

        list.setId("nominations-grid");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(Nomination::unitName).setHeader(getTranslation("demui.nomination.unit")).setAutoWidth(true);
        list.addComponentColumn(this::targetCell).setHeader(getTranslation("demui.nomination.target")).setAutoWidth(true);
        list.addColumn(this::attributeNames).setHeader(getTranslation("demui.nominate.attributes")).setAutoWidth(true);
        list.addColumn(n -> getTranslation("demui.candidateStatus." + n.status().name()))
                .setHeader(getTranslation("demui.nomination.status")).setAutoWidth(true);
        list.addColumn(n -> n.nominatedBy()).setHeader(getTranslation("demui.nomination.by")).setAutoWidth(true);
        if (editable) {
            list.addComponentColumn(this::withdrawButton).setAutoWidth(true);
        }
        list.setAllRowsVisible(true);

        add(form, message, new H4(getTranslation("demui.nominate.list")), list,
                new H4(getTranslation("demui.nominate.quotas")), quotas);
        refresh();
    }

    private Component targetCell(Nomination n) {
        if (!editable || n.status() != CandidateStatus.NOMINATED) {
            return new Span(n.targetOutcomeName());
        }
        ComboBox<OutcomeOption> c = new ComboBox<>();
        c.setItems(targets);
        c.setItemLabelGenerator(OutcomeOption::name);
        c.setValue(targets.stream().filter(t -> t.code().equals(n.targetOutcome())).findFirst().orElse(null));
        c.getElement().getThemeList().add("small");
        c.getElement().setAttribute("data-unit", n.unitCode());
        c.addClassName("nomination-target");
        c.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                try {
                    show(ui.programs().changeTarget(user, n.candidateId(), e.getValue().code(), n.attributes()));
                } catch (InputRejectedException ex) {
                    refused(ex);
                    c.setValue(e.getOldValue());
                }
            }
        });
        return c;
    }

    private Component withdrawButton(Nomination n) {
        Button b = new Button(getTranslation("demui.nominate.withdraw"), e -> {
            try {
                ui.programs().withdraw(user, n.candidateId());
                message.removeAll();
                refresh();
            } catch (InputRejectedException ex) {
                refused(ex);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        b.setEnabled(n.status() == CandidateStatus.NOMINATED);
        b.getElement().setAttribute("data-unit", n.unitCode());
        return b;
    }

    private String attributeNames(Nomination n) {
        Map<String, String> names = definition.attributeList().stream()
                .collect(Collectors.toMap(ProgramDefinition.Attribute::code, ProgramDefinition.Attribute::name));
        return n.attributes() == null ? "" : n.attributes().stream().map(a -> names.getOrDefault(a, a)).collect(Collectors.joining("、"));
    }

    private void nominate() {
        if (unit.getValue() == null || target.getValue() == null) {
            Feedback.error("demui.nominate.choose");
            return;
        }
        try {
            List<String> attrs = attributes.getValue().stream().map(ProgramDefinition.Attribute::code).toList();
            NominationResult r = ui.programs().nominate(user, programId, unit.getValue().unitCode(), target.getValue().code(), attrs);
            unit.clear();
            attributes.clear();
            show(r);
        } catch (InputRejectedException ex) {
            refused(ex);
        }
    }

    /** A stored nomination: its soft-quota warnings (if any), then the list and quotas again. */
    private void show(NominationResult r) {
        message.removeAll();
        if (r.warnings().isEmpty()) {
            Feedback.success("demui.nominate.done", r.nomination().unitName(), r.nomination().targetOutcomeName());
        } else {
            for (QuotaStatus w : r.warnings()) {
                Span s = new Span(getTranslation("demui.nominate.warning", w.name(), getTranslation("demui.quota." + w.status().name())));
                s.getStyle().set("color", "var(--lumo-warning-text-color, #b36b00)").set("display", "block");
                s.addClassName("nominate-warning");
                message.add(s);
            }
        }
        refresh();
    }

    /** A refusal (e.g. a hard quota) shown where the user looks, with the service's reason. */
    private void refused(InputRejectedException ex) {
        message.removeAll();
        Span s = new Span(getTranslation(ex.getMessageKey(), ex.getArgs()));
        s.setId("nominate-error");
        s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        message.add(s);
        Feedback.rejected(ex);
        refresh();
    }

    void refresh() {
        list.setItems(ui.programs().nominations(user, programId, countyCode));
        List<QuotaStatus> q = new ArrayList<>(ui.programs().quotaCheck(user, programId, countyCode));
        quotas.setItems(q);
        if (editable) {
            unit.setItems(ui.programs().eligibleUnits(user, programId, countyCode));
        }
    }
}
