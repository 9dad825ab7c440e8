package cn.jiceng.review.service;

import java.util.List;

/**
 * A page of a queue and the cursor of the next one (keyset paging: the next page starts after
 * the last row's sort values, so a page deep in the list costs what the first one does).
 */
public record QueuePage(List<WorkItem> rows, Cursor next) {

    /** The sort values and the task id of the last row of a page. */
    public record Cursor(List<Object> values, String taskId) {
    }
}
