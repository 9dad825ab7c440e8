package cn.jiceng.review.service;

import java.util.List;

/** One sort column of a queue; a list of them sorts by several columns, the task id breaking ties. */
public record QueueSort(Column column, boolean ascending) {

    public enum Column {
        DUE("t.due_sort", true), CREATED("t.created_at", true), TITLE("t.case_title", true), UNIT("t.unit_path", true),
        SUBJECT("t.subject", true), STEP("t.step_key", true), SCORE("coalesce(t.score, -1)", true),
        ENDED("coalesce(t.ended_at, t.created_at)", true);

        final String sql;
        /** Never null: a keyset may lead with a range on it. */
        final boolean notNull;

        Column(String sql, boolean notNull) {
            this.sql = sql;
            this.notNull = notNull;
        }
    }

    /** Due date first, then the oldest: what a reviewer clears first. */
    public static final List<QueueSort> DEFAULT = List.of(new QueueSort(Column.DUE, true), new QueueSort(Column.CREATED, true));
    /** Finished tasks: the latest first. */
    public static final List<QueueSort> LATEST_ENDED = List.of(new QueueSort(Column.ENDED, false));
}
