package cn.jiceng.review.process;

/** Ids and variable names of {@code processes/sample-review.bpmn}. */
public final class SampleReviewProcess {

    public static final String PROCESS_ID = "sampleReview";

    public static final String START = "Start_Submitted";
    public static final String TASK_REVIEW = "Task_Review";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String END_APPROVED = "End_Approved";
    public static final String END_RETURNED = "End_Returned";

    /** Code of the unit the case belongs to; the review task goes to {@code REVIEWER@unitCode}. */
    public static final String VAR_UNIT_CODE = "unitCode";
    /** Case title shown in task lists; never personal data. */
    public static final String VAR_TITLE = "title";
    /** ISO date-time the review is due. */
    public static final String VAR_DUE_DATE = "dueDate";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_OPINION = "opinion";
    public static final String VAR_REVIEWER = "reviewer";

    /** Timeout task listener of the review steps: escalation past the due date (notification.process.Escalation). */
    public static final String LISTENER_ESCALATE = "Escalate";
    /** Bean of that listener ({@code ${taskEscalation}}). */
    public static final String BEAN_TASK_ESCALATION = "taskEscalation";

    private SampleReviewProcess() {
    }
}
