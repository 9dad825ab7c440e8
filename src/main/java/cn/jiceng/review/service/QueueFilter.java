package cn.jiceng.review.service;

import java.time.LocalDate;

/**
 * Filters of a queue; null means "any". {@code unitCode} narrows to a unit and everything below
 * it (within the user's region; a unit outside it finds nothing). Dates are Beijing calendar days.
 */
public record QueueFilter(String processKey, String stepKey, String unitCode, Boolean overdue, LocalDate createdFrom,
                          LocalDate createdTo, String text) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, null, null);

    public QueueFilter withText(String value) {
        return new QueueFilter(processKey, stepKey, unitCode, overdue, createdFrom, createdTo, value);
    }

    public QueueFilter withStep(String process, String step) {
        return new QueueFilter(process, step, unitCode, overdue, createdFrom, createdTo, text);
    }

    public QueueFilter withUnit(String value) {
        return new QueueFilter(processKey, stepKey, value, overdue, createdFrom, createdTo, text);
    }

    public QueueFilter withOverdue(Boolean value) {
        return new QueueFilter(processKey, stepKey, unitCode, value, createdFrom, createdTo, text);
    }

    public QueueFilter withCreated(LocalDate from, LocalDate to) {
        return new QueueFilter(processKey, stepKey, unitCode, overdue, from, to, text);
    }
}
