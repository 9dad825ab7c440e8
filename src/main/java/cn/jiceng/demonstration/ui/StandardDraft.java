package cn.jiceng.demonstration.ui;

import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.IndicatorClass;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The indicator tree being edited: mutable categories and items that the editor's TreeGrid shows
 * and changes, turned back into a {@link ProgramDefinition} (the rest of the definition unchanged)
 * for the service's check and save. Also the sums the editor shows: each category's items against
 * its declared points, the categories against the total.
 */
final class StandardDraft {

    /** A category (with items) or an item. */
    static final class Node {
        final boolean category;
        String code;
        String name;
        /** a category's declared points, an item's maximum (points items) */
        BigDecimal points;
        CheckType check;
        IndicatorClass indicatorClass;
        boolean survey;
        String note;
        final List<Node> items = new ArrayList<>();
        Node parent;

        Node(boolean category) {
            this.category = category;
        }

        boolean isCategory() {
            return category;
        }

        boolean isCheck() {
            return check == CheckType.PASS_FAIL;
        }

        /** The sum of a category's items' maximum points. */
        BigDecimal itemSum() {
            return items.stream().filter(i -> !i.isCheck()).map(i -> i.points == null ? BigDecimal.ZERO : i.points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** A category whose items do not add up to its points. */
        boolean mismatched() {
            return category && (points == null || itemSum().compareTo(points) != 0);
        }
    }

    private final ProgramDefinition base;
    private final List<Node> categories = new ArrayList<>();
    BigDecimal totalPoints;
    private int generated;

    StandardDraft(ProgramDefinition base) {
        this.base = base;
        this.totalPoints = base.totalPoints();
        if (base.standard() != null) {
            for (Indicator c : base.standard()) {
                Node category = node(c, true);
                if (c.items() != null) {
                    for (Indicator i : c.items()) {
                        Node item = node(i, false);
                        item.parent = category;
                        category.items.add(item);
                    }
                }
                categories.add(category);
            }
        }
    }

    private static Node node(Indicator i, boolean category) {
        Node n = new Node(category);
        n.code = i.code();
        n.name = i.name();
        n.points = category ? i.points() : i.maxPoints();
        n.check = i.check();
        n.indicatorClass = i.indicatorClass();
        n.survey = i.isSurvey();
        n.note = i.note();
        return n;
    }

    List<Node> categories() {
        return categories;
    }

    List<Node> children(Node n) {
        return n == null ? categories : n.items;
    }

    /** The sum of the categories' declared points. */
    BigDecimal categorySum() {
        return categories.stream().map(c -> c.points == null ? BigDecimal.ZERO : c.points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean totalMismatched() {
        return totalPoints == null || categorySum().compareTo(totalPoints) != 0;
    }

    long itemCount() {
        return categories.stream().mapToLong(c -> c.items.size()).sum();
    }

    Node addCategory() {
        Node c = new Node(true);
        c.code = freeCode("C");
        c.name = "";
        c.points = BigDecimal.ZERO;
        categories.add(c);
        return c;
    }

    Node addItem(Node category) {
        Node c = category.category ? category : category.parent;
        Node item = new Node(false);
        item.code = freeCode(c.code);
        item.name = "";
        item.points = BigDecimal.ONE;
        item.parent = c;
        c.items.add(item);
        return item;
    }

    void remove(Node n) {
        if (n.category) {
            categories.remove(n);
        } else {
            n.parent.items.remove(n);
        }
    }

    /** Moves a node one place up (-1) or down (+1) among its siblings. */
    void move(Node n, int delta) {
        List<Node> siblings = n.category ? categories : n.parent.items;
        int i = siblings.indexOf(n);
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < siblings.size()) {
            siblings.remove(i);
            siblings.add(j, n);
        }
    }

    private String freeCode(String prefix) {
        String code;
        do {
            code = prefix + "-" + (++generated);
        } while (exists(code));
        return code;
    }

    private boolean exists(String code) {
        for (Node c : categories) {
            if (code.equals(c.code) || c.items.stream().anyMatch(i -> code.equals(i.code))) {
                return true;
            }
        }
        return false;
    }

    /** The definition with this standard and total (everything else as loaded). */
    ProgramDefinition toDefinition() {
        List<Indicator> standard = new ArrayList<>();
        for (Node c : categories) {
            List<Indicator> items = new ArrayList<>();
            for (Node i : c.items) {
                boolean check = i.isCheck();
                items.add(new Indicator(i.code, i.name, null, check ? null : i.points, check ? CheckType.PASS_FAIL : null,
                        i.indicatorClass, i.survey ? Boolean.TRUE : null, blankToNull(i.note), null));
            }
            standard.add(new Indicator(c.code, c.name, c.points, null, null, null, null, blankToNull(c.note), items));
        }
        ProgramDefinition b = base;
        return new ProgramDefinition(b.format(), b.code(), b.name(), b.city(), b.source(), b.note(), b.targetLevel(),
                b.targetTypes(), b.levels(), b.steps(), b.memberUnits(), b.scoring(), b.spotCheck(), totalPoints, standard,
                b.outcome(), b.weak(), b.quotas(), b.rewards(), b.schedule(), b.attributes());
    }

    boolean changed() {
        return !Objects.equals(toDefinition(), base);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
