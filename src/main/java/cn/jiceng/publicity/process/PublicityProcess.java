package cn.jiceng.publicity.process;

/** Ids and variable names of the publicity processes (processes/publicity*.bpmn). */
public final class PublicityProcess {

    public static final String PROCESS_ID = "publicity";
    public static final String INVESTIGATION_PROCESS_ID = "publicityInvestigation";

    // elements of "publicity"
    public static final String START = "Start_Publicity";
    public static final String TASK_PUBLISH = "Task_PublishNotice";
    public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
    public static final String TASK_CLOSE_PERIOD = "Task_ClosePeriod";
    public static final String GATEWAY_OPEN_OBJECTIONS = "Gateway_OpenObjections";
    public static final String EVENT_OBJECTIONS_SETTLED = "Event_ObjectionsSettled";
    public static final String TASK_DETERMINE_OUTCOMES = "Task_DetermineOutcomes";
    public static final String END = "End_Publicity";
    public static final String SUB_OBJECTION = "SubProcess_Objection";
    public static final String START_OBJECTION = "Start_ObjectionReceived";
    public static final String TASK_HANDLE_OBJECTION = "Task_HandleObjection";
    public static final String END_OBJECTION = "End_ObjectionHandled";

    // elements of "publicityInvestigation"
    public static final String START_INVESTIGATION = "Start_Investigation";
    public static final String TASK_CONCLUDE_INVESTIGATION = "Task_ConcludeInvestigation";
    public static final String TASK_NOTIFY_CONCLUDED = "Task_NotifyConcluded";
    public static final String END_INVESTIGATION = "End_Investigation";

    // messages
    public static final String MSG_OBJECTION_RECEIVED = "PublicityObjectionReceived";
    /** Sent to every process holding {@link #VAR_NOTICE_ID} when a suspended entry's investigation ends. */
    public static final String MSG_INVESTIGATION_CONCLUDED = "PublicityInvestigationConcluded";

    // input variables (set by the caller)
    public static final String VAR_TITLE = "title";
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_BODY = "publicityBody";
    public static final String VAR_CONTACT = "publicityContact";
    public static final String VAR_WORKING_DAYS = "publicityWorkingDays";
    /** JSON array of {"ref","name","detail"}: only what is published, never ID numbers. */
    public static final String VAR_ENTRIES = "publicityEntries";
    public static final String VAR_OBJECTION_DAYS = "publicityObjectionDays";
    public static final String VAR_INVESTIGATION_DAYS = "investigationDays";

    // internal and output variables
    public static final String VAR_NOTICE_ID = "publicityNoticeId";
    public static final String VAR_PERIOD_END = "publicityPeriodEnd";
    public static final String VAR_OPEN_OBJECTIONS = "openObjections";
    /** Local to each objection task (and a process variable of an investigation). */
    public static final String VAR_OBJECTION_ID = "objectionId";
    /** Sent with the objection message; the objection task copies it into its own objectionId. */
    public static final String VAR_RECEIVED_OBJECTION_ID = "receivedObjectionId";
    /** JSON object ref -> PublicityOutcome name. */
    public static final String VAR_OUTCOMES = "publicityOutcomes";
    public static final String VAR_ANY_CANCELLED = "publicityAnyCancelled";
    public static final String VAR_ANY_SUSPENDED = "publicityAnySuspended";
    public static final String VAR_ENTRY_REF = "entryRef";
    public static final String VAR_CONCLUDED_OUTCOME = "concludedOutcome";

    // task forms: the ids of the Camunda Forms (camunda:formRef) forms/objection-answer.form and
    // forms/investigation-conclusion.form
    public static final String FORM_HANDLE_OBJECTION = "objectionAnswer";
    public static final String FORM_CONCLUDE_INVESTIGATION = "investigationConclusion";

    public static final int DEFAULT_OBJECTION_DAYS = 3;
    public static final int DEFAULT_INVESTIGATION_DAYS = 15;

    /** Timeout task listener of the review steps: escalation past the due date (notification.process.Escalation). */
    public static final String LISTENER_ESCALATE = "Escalate";
    /** Bean of that listener ({@code ${taskEscalation}}). */
    public static final String BEAN_TASK_ESCALATION = "taskEscalation";

    private PublicityProcess() {
    }
}
