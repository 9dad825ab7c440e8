package cn.jiceng.demonstration.service;

import java.math.BigDecimal;

/** What a scorer enters for one item: points (points items) or passed (checks), and a comment. */
public record ScoreEntry(String indicatorCode, BigDecimal points, Boolean passed, String comment) {

    public static ScoreEntry points(String code, BigDecimal points) {
        return new ScoreEntry(code, points, null, null);
    }

    public static ScoreEntry check(String code, boolean passed) {
        return new ScoreEntry(code, null, passed, null);
    }
}
