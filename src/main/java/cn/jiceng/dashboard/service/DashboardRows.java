package cn.jiceng.dashboard.service;

/** The rows the dashboard's widgets return; each widget is one aggregate query. */
public final class DashboardRows {

    private DashboardRows() {
    }

    /** A campaign the user may look at. */
    public record CampaignRef(long id, String code, String name, String status, String processInstanceId) {
    }

    /** Applications per status (before the ranking) or per selection stage (after it); one of the two keys is set. */
    public record StageCount(String status, String stage, long count) {
    }

    /**
     * One row per child unit (unitCode null: the focused unit itself, cases that belong to no child):
     * applications, of them qualified and hired, and the open, overdue and recently completed tasks.
     */
    public record UnitFigures(String unitCode, String unitName, boolean drillable, long applications, long qualified,
                              long hired, long openTasks, long overdueTasks, long completedTasks) {
    }

    /** Open tasks of one step, of them overdue. */
    public record StepLoad(String processKey, String stepKey, String stepName, long open, long overdue) {
    }

    /** Tasks completed in the week starting on {@code weekStart} (Monday, Beijing time). */
    public record WeekCount(java.time.LocalDate weekStart, long completed) {
    }

    /** Durations of the completed tasks of one step: count, median and 90th percentile (nearest rank), in hours. */
    public record StepDuration(String processKey, String stepKey, String stepName, long completed, double medianHours,
                               double p90Hours) {
    }

    /** Overdue open tasks of one assignee (null: not claimed yet). */
    public record AssigneeOverdue(String assignee, String displayName, long overdue, java.time.Instant oldestDue) {
    }

    /** The campaign's (or all campaigns') outcomes in the focused region. */
    public record Outcomes(long openings, long applications, long inReview, long qualified, long rejected, long withdrawn,
                           long proposed, long hired) {
    }
}
