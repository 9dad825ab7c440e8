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

    public static final String MSG_RESUBMITTED = "RecruitmentApplicationResubmitted";
    public static final String MSG_WITHDRAWN = "RecruitmentApplicationWithdrawn";

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
    public static final String END_QUALIFICATION_PHASE = "End_QualificationPhase";
    public static final String VAR_PROVINCE_CODE = "provinceCode";
    public static final String VAR_REGISTRATION_START = "registrationStart";
    public static final String VAR_REGISTRATION_END = "registrationEnd";
    public static final String FORM_FILE_PLAN = "jiceng:recruitment-plan";
    public static final String FORM_JOINT_REVIEW = "jiceng:recruitment-joint-review";
    public static final String FORM_RATIO_DECISION = "jiceng:recruitment-ratio";

    private RecruitmentProcess() {
    }
}
