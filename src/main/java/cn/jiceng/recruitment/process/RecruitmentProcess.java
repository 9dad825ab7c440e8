package cn.jiceng.recruitment.process;

/** Ids and variable names of the recruitment processes (processes/recruitment-*.bpmn, *.dmn). */
public final class RecruitmentProcess {

    public static final String DECISION_ELIGIBILITY = "recruitmentEligibility";

    // per-application qualification review: processes/recruitment-application.bpmn
    public static final String APPLICATION_PROCESS_ID = "recruitmentApplication";
    public static final String START_SUBMITTED = "Start_ApplicationSubmitted";
    public static final String TASK_PRESCREEN = "Task_Prescreen";
    public static final String TASK_PRELIMINARY_REVIEW = "Task_PreliminaryReview";
    public static final String GATEWAY_PRELIMINARY = "Gateway_PreliminaryDecision";
    public static final String TASK_CITY_RECHECK = "Task_CityRecheck";
    public static final String GATEWAY_RECHECK = "Gateway_RecheckDecision";
    public static final String TASK_RETURN = "Task_ReturnForCorrection";
    public static final String GATEWAY_AWAIT_CORRECTION = "Gateway_AwaitCorrection";
    public static final String EVENT_RESUBMITTED = "Event_Resubmitted";
    public static final String TIMER_CORRECTION_DEADLINE = "Timer_CorrectionDeadline";
    public static final String TASK_QUALIFIED = "Task_MarkQualified";
    public static final String TASK_REJECTED = "Task_MarkRejected";
    public static final String TASK_EXPIRED = "Task_MarkExpired";
    public static final String END_QUALIFIED = "End_Qualified";
    public static final String END_REJECTED = "End_Rejected";
    public static final String END_EXPIRED = "End_Expired";
    public static final String SUB_WITHDRAWN = "SubProcess_Withdrawn";
    public static final String START_WITHDRAWN = "Start_Withdrawn";
    public static final String TASK_WITHDRAWN = "Task_MarkWithdrawn";
    public static final String END_WITHDRAWN = "End_Withdrawn";
    public static final String SUB_POST_CANCELLED = "SubProcess_PostCancelled";
    public static final String TASK_POST_CANCELLED = "Task_MarkPostCancelled";
    public static final String END_POST_CANCELLED = "End_PostCancelled";

    public static final String MSG_RESUBMITTED = "RecruitmentApplicationResubmitted";
    public static final String MSG_WITHDRAWN = "RecruitmentApplicationWithdrawn";
    /** Sent to the running review of each application to a post cancelled for its opening ratio. */
    public static final String MSG_POST_CANCELLED = "RecruitmentPostCancelled";

    // variables: ids only, never personal data
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_TITLE = "title";
    /** The post's unit: the task list scopes by it. */
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_REVIEW_UNIT_CODE = "reviewUnitCode";
    public static final String VAR_CITY_CODE = "cityCode";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_CORRECTION_DEADLINE = "correctionDeadline";
    public static final String VAR_REVIEW_DAYS = "reviewDays";

    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_RETURN = "RETURN";
    public static final String DECISION_REJECT = "REJECT";

    public static final String FORM_QUALIFICATION_REVIEW = "jiceng:recruitment-qualification";

    // campaign: processes/recruitment-campaign.bpmn
    public static final String CAMPAIGN_PROCESS_ID = "recruitmentCampaign";
    public static final String START_CAMPAIGN = "Start_CampaignDrafted";
    public static final String TASK_FILE_PLAN = "Task_FilePlan";
    public static final String TASK_JOINT_REVIEW = "Task_JointReview";
    public static final String GATEWAY_JOINT_DECISION = "Gateway_JointDecision";
    public static final String TASK_PUBLISH_ANNOUNCEMENT = "Task_PublishAnnouncement";
    public static final String TIMER_REGISTRATION_START = "Timer_RegistrationStart";
    public static final String TASK_OPEN_REGISTRATION = "Task_OpenRegistration";
    public static final String TIMER_REGISTRATION_END = "Timer_RegistrationEnd";
    public static final String TASK_CLOSE_REGISTRATION = "Task_CloseRegistration";
    public static final String TASK_RATIO_DECISION = "Task_RatioDecision";
    public static final String GATEWAY_POSTS_CANCELLED = "Gateway_PostsCancelled";
    public static final String TASK_OPEN_SWITCH = "Task_OpenSwitchWindow";
    public static final String TIMER_SWITCH_END = "Timer_SwitchEnd";
    public static final String TASK_CLOSE_SWITCH = "Task_CloseSwitchWindow";
    public static final String TASK_PREPARE_EXAM = "Task_PrepareExam";
    public static final String TASK_WRITTEN_SCORES = "Task_WrittenScores";
    public static final String TASK_SHORTLIST = "Task_Shortlist";
    public static final String TASK_INTERVIEW_SCORES = "Task_InterviewScores";
    public static final String TASK_RANK = "Task_Rank";
    public static final String TASK_CALL_CANDIDATES = "Task_CallCandidates";
    public static final String TASK_PHYSICAL_EXAM = "Task_PhysicalExam";
    public static final String TASK_REEXAM = "Task_ReExam";
    public static final String TIMER_REEXAM_DEADLINE = "Timer_ReexamDeadline";
    public static final String TASK_CONCLUDE_PHYSICAL = "Task_ConcludePhysical";
    public static final String TASK_INSPECTION = "Task_Inspection";
    public static final String TASK_PROPOSE_HIRES = "Task_ProposeHires";
    public static final String CALL_PUBLICITY = "CallActivity_Publicity";
    public static final String TASK_RECORD_PUBLICITY = "Task_RecordPublicity";
    public static final String EVENT_INVESTIGATION_CONCLUDED = "Event_InvestigationConcluded";
    public static final String TASK_RECORD_INVESTIGATION = "Task_RecordInvestigation";
    public static final String TASK_HIRE = "Task_Hire";
    public static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";
    public static final String TASK_START_SUPPLEMENTARY = "Task_StartSupplementary";
    public static final String END_CAMPAIGN_CLOSED = "End_CampaignClosed";

    /**
     * The departments of the province's joint review (备案联审), as {@code Department} codes; one parallel
     * task each, for the candidate group {@code MEMBER_UNIT@<province>#<department>}.
     */
    public static final java.util.List<String> JOINT_REVIEW_DEPARTMENTS = java.util.List.of("ORGANIZATION", "STAFFING",
            "HUMAN_RESOURCES");
    /** The department code a joint-review task is for (the multi-instance element variable). */
    public static final String VAR_DEPARTMENT = "department";
    public static final String VAR_POSTS_CANCELLED = "postsCancelled";
    public static final String VAR_SWITCH_END = "switchEnd";
    public static final String VAR_REEXAMS_REQUESTED = "reexamsRequested";
    public static final String VAR_REEXAM_DEADLINE = "reexamDeadline";
    public static final String VAR_SUPPLEMENTARY = "supplementary";
    /** Set by the proposal step, mapped into the publicity sub-process. */
    public static final String VAR_PUBLICITY_TITLE = "publicityTitle";
    public static final String FORM_PREPARE_EXAM = "jiceng:recruitment-prepare-exam";
    public static final String FORM_WRITTEN_SCORES = "jiceng:recruitment-written-scores";
    public static final String FORM_INTERVIEW_SCORES = "jiceng:recruitment-interview-scores";
    public static final String FORM_PHYSICAL_EXAM = "jiceng:recruitment-physical";
    public static final String FORM_REEXAM = "jiceng:recruitment-reexam";
    public static final String FORM_INSPECTION = "jiceng:recruitment-inspection";
    public static final String FORM_CLOSE = "jiceng:recruitment-close";
    public static final String VAR_PROVINCE_CODE = "provinceCode";
    public static final String VAR_REGISTRATION_START = "registrationStart";
    public static final String VAR_REGISTRATION_END = "registrationEnd";
    public static final String FORM_FILE_PLAN = "jiceng:recruitment-plan";
    /** The joint review's step form: the Camunda Form forms/joint-review-verdict.form (its id, camunda:formRef). */
    public static final String FORM_JOINT_REVIEW = "jointReviewVerdict";
    public static final String FORM_RATIO_DECISION = "jiceng:recruitment-ratio";

    /** Timeout task listener of the review steps: escalation past the due date (notification.process.Escalation). */
    public static final String LISTENER_ESCALATE = "Escalate";
    /** Bean of that listener ({@code ${taskEscalation}}). */
    public static final String BEAN_TASK_ESCALATION = "taskEscalation";

    private RecruitmentProcess() {
    }
}
