package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.service.QuotaStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Quotas as they stand (达标 / 有风险 / 未达标 / 超出): what they count, of how many, their bounds, hard or soft. */
class QuotaGrid extends Grid<QuotaStatus> {

    QuotaGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(q -> q.unitName() == null ? getTranslation("demui.quota.program") : q.unitName())
                .setHeader(getTranslation("demui.quota.unit")).setAutoWidth(true);
        addColumn(QuotaStatus::name).setHeader(getTranslation("demui.quota.name")).setFlexGrow(3).setResizable(true);
        addColumn(this::counted).setHeader(getTranslation("demui.quota.count")).setAutoWidth(true);
        addColumn(this::bounds).setHeader(getTranslation("demui.quota.bounds")).setAutoWidth(true);
        addColumn(q -> getTranslation(q.hard() ? "demui.quota.hard" : "demui.quota.soft"))
                .setHeader(getTranslation("demui.quota.kind")).setAutoWidth(true);
        addComponentColumn(QuotaGrid::badge).setHeader(getTranslation("demui.quota.status")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private String counted(QuotaStatus q) {
        if (q.minShare() != null || q.maxShare() != null) {
            return getTranslation("demui.quota.countShare", q.count(), q.denominator(), percent(q.share()));
        }
        return String.valueOf(q.count());
    }

    private String bounds(QuotaStatus q) {
        List<String> parts = new ArrayList<>();
        if (q.min() != null) {
            parts.add("≥ " + q.min());
        }
        if (q.max() != null) {
            parts.add("≤ " + q.max());
        }
        if (q.minShare() != null) {
            parts.add("≥ " + percent(q.minShare()));
        }
        if (q.maxShare() != null) {
            parts.add("≤ " + percent(q.maxShare()));
        }
        return String.join("，", parts);
    }

    static String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    static Component badge(QuotaStatus q) {
        Span s = new Span(s(q.status()));
        s.getElement().getThemeList().add(switch (q.status()) {
            case MET -> "badge success";
            case AT_RISK -> "badge";
            case MISSED, EXCEEDED -> "badge error";
        });
        s.getElement().setAttribute("data-status", q.status().name());
        s.getElement().setAttribute("data-quota", q.code() + "@" + (q.unitCode() == null ? "" : q.unitCode()));
        s.addClassName("quota-badge");
        return s;
    }

    private static String s(QuotaStatus.Attainment a) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("demui.quota." + a.name());
    }
}
