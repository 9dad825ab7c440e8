package cn.jiceng.calendar.domain;

/** A date that differs from the Monday–Friday rule. */
public enum DayKind {
    /** A public holiday day off (放假), usually on a weekday. */
    HOLIDAY,
    /** An adjusted working day (调休上班) on a Saturday or Sunday. */
    WORKDAY
}
