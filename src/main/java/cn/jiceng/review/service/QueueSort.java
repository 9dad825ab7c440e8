package cn.jiceng.review.service;

import java.util.List;

/** One sort column of a queue; a list of them sorts by several columns, the task id breaking ties. */
public record QueueSort(Column column, boolean ascending) {

    public enum Column {
        DUE("t.due_sort"), CREATED("t.created_at"), TITLE("t.case_title"), UNIT("t.unit_path"), SUBJECT("t.subject"),
        STEP("t.step_key"), SCORE("coalesce(t.score, -1)"), ENDED("coalesce(t.ended_at, t.created_at)");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    /** Due date first, then the oldest: what a reviewer clears first. */
    public static final List<QueueSort> DEFAULT = List.of(new QueueSort(Column.DUE, true), new QueueSort(Column.CREATED, true));
    /** Finished tasks: the latest first. */
    public static final List<QueueSort> LATEST_ENDED = List.of(new QueueSort(Column.ENDED, false));
}
