package cn.jiceng.demonstration.domain;

import java.math.BigDecimal;

/** One line of a score sheet: points for a points item, passed for a check, and a comment. */
public record ScoreLine(String indicatorCode, BigDecimal points, Boolean passed, String comment) {

    public static ScoreLine points(String code, BigDecimal points) {
        return new ScoreLine(code, points, null, null);
    }

    public static ScoreLine check(String code, boolean passed) {
        return new ScoreLine(code, null, passed, null);
    }
}
