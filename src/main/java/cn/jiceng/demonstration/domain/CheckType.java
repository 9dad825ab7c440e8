package cn.jiceng.demonstration.domain;

/** How an item is judged (points up to its maximum, or a pass/fail check). */
public enum CheckType {
    POINTS, PASS_FAIL
}
