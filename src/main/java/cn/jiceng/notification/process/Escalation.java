package cn.jiceng.notification.process;

/**
 * Names shared by every process's escalation listener: each review step carries
 * {@code <camunda:taskListener event="timeout" id="Escalate" delegateExpression="${taskEscalation}">}
 * with a timer at the step's due date (the process constants classes repeat both names).
 */
public final class Escalation {

    /** Id of the timeout task listener (and of its timer's job handler configuration). */
    public static final String LISTENER_ID = "Escalate";
    /** Spring bean name of {@link TaskEscalationListener}. */
    public static final String BEAN = "taskEscalation";

    private Escalation() {
    }
}
