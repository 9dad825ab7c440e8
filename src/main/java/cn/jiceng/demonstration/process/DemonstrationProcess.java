package cn.jiceng.demonstration.process;

/**
 * Ids and variable names of the demonstration processes (processes/demonstration-program.bpmn,
 * processes/demonstration-candidate.bpmn) and of their forms. Variables carry ids, codes, flags and
 * deadlines only, never personal data.
 */
public final class DemonstrationProcess {

    // ------------------------------------------------------------------ program: demonstration-program.bpmn
    public static final String PROGRAM_PROCESS_ID = "demonstrationProgram";
    public static final String START_PROGRAM = "Start_Program";
    public static final String TASK_MOBILISE = "Task_Mobilise";
    public static final String GATEWAY_PLANS_REQUIRED = "Gateway_PlansRequired";
    public static final String TASK_SUBMIT_PLAN = "Task_SubmitPlan";
    public static final String TIMER_PLAN_DEADLINE = "Timer_PlanDeadline";
    public static final String TASK_RECORD_MISSING_PLANS = "Task_RecordMissingPlans";
    public static final String TASK_OPEN_NOMINATION = "Task_OpenNomination";
    public static final String SUB_COUNTY = "SubProcess_County";
    public static final String TASK_NOMINATE = "Task_Nominate";
    public static final String TASK_OFFICE_REVIEW = "Task_OfficeReview";
    public static final String GATEWAY_OFFICE_DECISION = "Gateway_OfficeDecision";
    public static final String TASK_ACCEPT_LIST = "Task_AcceptList";
    public static final String TASK_OPEN_CREATION = "Task_OpenCreation";
    public static final String TIMER_CREATION_END = "Timer_CreationEnd";
    public static final String TASK_OPEN_INSPECTION = "Task_OpenInspection";
    public static final String TASK_PROPOSE_LIST = "Task_ProposeList";
    public static final String GATEWAY_ANY_PROPOSED = "Gateway_AnyProposed";
    public static final String CALL_PUBLICITY = "CallActivity_Publicity";
    public static final String TASK_RECORD_PUBLICITY = "Task_RecordPublicity";
    public static final String TASK_LEADING_GROUP_DECISION = "Task_LeadingGroupDecision";
    public static final String TASK_ANNOUNCE = "Task_Announce";
    public static final String END_PROGRAM_ANNOUNCED = "End_ProgramAnnounced";

    // ------------------------------------------------------------------ candidate: demonstration-candidate.bpmn
    public static final String CANDIDATE_PROCESS_ID = "demonstrationCandidate";
    public static final String START_CANDIDATE = "Start_Candidate";
    public static final String TASK_PROGRESS_REPORT = "Task_ProgressReport";
    public static final String TASK_SELF_ASSESSMENT = "Task_SelfAssessment";
    public static final String TIMER_CANDIDATE_CREATION_END = "Timer_CreationEnd";
    public static final String TASK_START_INSPECTION = "Task_StartInspection";
    public static final String TASK_SCORE = "Task_Score";
    public static final String TASK_ENTER_SURVEY = "Task_EnterSurvey";
    public static final String TASK_COMBINE_SCORES = "Task_CombineScores";
    public static final String TASK_DISQUALIFY = "Task_Disqualify";
    public static final String END_DISQUALIFIED = "End_Disqualified";
    public static final String TASK_MEMBER_REVIEW = "Task_MemberReview";
    public static final String TASK_RULE_OBJECTION = "Task_RuleObjection";
    public static final String TASK_EXCLUDE_OBJECTED = "Task_ExcludeObjected";
    public static final String END_OBJECTED = "End_Objected";
    public static final String TASK_ACCEPTANCE = "Task_Acceptance";
    public static final String TASK_EXCLUDE_ACCEPTANCE = "Task_ExcludeAcceptance";
    public static final String END_ACCEPTANCE_FAILED = "End_AcceptanceFailed";
    public static final String TASK_SELECT_SPOT_CHECK = "Task_SelectSpotCheck";
    public static final String TASK_SPOT_CHECK = "Task_SpotCheck";
    public static final String TASK_DISQUALIFY_SPOT_CHECK = "Task_DisqualifySpotCheck";
    public static final String END_DISQUALIFIED_SPOT_CHECK = "End_DisqualifiedSpotCheck";
    public static final String TASK_MARK_INSPECTED = "Task_MarkInspected";
    public static final String EVENT_ANNOUNCED = "Event_Announced";
    public static final String END_NOT_AWARDED = "End_NotAwarded";
    public static final String END_AWARDED = "End_Awarded";
    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TASK_REINSPECT = "Task_Reinspect";
    public static final String TASK_MARK_RECTIFIED = "Task_MarkRectified";
    public static final String END_RECTIFIED = "End_Rectified";
    public static final String GATEWAY_WATCH = "Gateway_Watch";
    public static final String EVENT_INSPECTION = "Event_Inspection";
    public static final String TIMER_TITLE_TERM = "Timer_TitleTerm";
    public static final String END_TERM_ENDED = "End_TermEnded";
    public static final String TASK_RECORD_INSPECTION = "Task_RecordInspection";
    public static final String TASK_REVOCATION_REVIEW = "Task_RevocationReview";
    public static final String CALL_REVOCATION_PUBLICITY = "CallActivity_RevocationPublicity";
    public static final String TASK_REVOCATION_DECISION = "Task_RevocationDecision";
    public static final String TASK_REVOKE = "Task_Revoke";
    public static final String END_REVOKED = "End_Revoked";

    public static final String MSG_ANNOUNCED = "DemonstrationAnnounced";
    public static final String MSG_INSPECTION = "DemonstrationInspection";

    // ------------------------------------------------------------------ variables
    public static final String VAR_PROGRAM_ID = "programId";
    public static final String VAR_CANDIDATE_ID = "candidateId";
    /** The case's unit (region scoping, task list): the candidate unit; in a county's tasks, the county. */
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_TITLE = "title";
    public static final String VAR_OFFICE_UNIT_CODE = "officeUnitCode";
    /** The element variable of the county multi-instances. */
    public static final String VAR_COUNTY_CODE = "countyCode";
    public static final String VAR_SELF_UNIT_CODE = "selfUnitCode";
    public static final String VAR_SCORE_UNIT_CODE = "scoreUnitCode";
    public static final String VAR_SPOT_CHECK_UNIT_CODE = "spotCheckUnitCode";
    public static final String VAR_ACCEPTANCE_UNIT_CODE = "acceptanceUnitCode";
    public static final String VAR_SCORER_SLOT = "scorerSlot";
    public static final String VAR_DEPARTMENT = "department";
    public static final String VAR_STEP_COUNTY_PLANS = "stepCountyPlans";
    public static final String VAR_STEP_PROGRESS_REPORTS = "stepProgressReports";
    public static final String VAR_STEP_SELF_ASSESSMENT = "stepSelfAssessment";
    public static final String VAR_STEP_SURVEY = "stepSurvey";
    public static final String VAR_STEP_MEMBER_REVIEW = "stepMemberReview";
    public static final String VAR_STEP_DYNAMIC = "stepDynamic";
    public static final String VAR_PLAN_DEADLINE = "planDeadline";
    public static final String VAR_CREATION_END = "creationEnd";
    public static final String VAR_TITLE_END = "titleEnd";
    public static final String VAR_LIST_APPROVED = "listApproved";
    public static final String VAR_ANY_PROPOSED = "anyProposed";
    public static final String VAR_BOTTOM_LINE_FAILED = "bottomLineFailed";
    public static final String VAR_OBJECTION_UPHELD = "objectionUpheld";
    public static final String VAR_ACCEPTANCE_FAILED = "acceptanceFailed";
    public static final String VAR_SPOT_CHECK_SELECTED = "spotCheckSelected";
    /** Set by the announcement message: AWARDED, WEAK or NONE. */
    public static final String VAR_FINAL_STATUS = "finalStatus";
    public static final String VAR_REINSPECTION_PASSED = "reinspectionPassed";
    public static final String VAR_RELAPSE = "relapse";
    public static final String VAR_REVOCATION_PROPOSED = "revocationProposed";
    public static final String VAR_REVOKE = "revoke";
    public static final String VAR_REVOCATION_OUTCOMES = "revocationOutcomes";
    public static final String VAR_PUBLICITY_TITLE = "publicityTitle";
    public static final String VAR_PUBLICITY_BODY = "publicityBody";

    public static final String FINAL_AWARDED = "AWARDED";
    public static final String FINAL_WEAK = "WEAK";
    public static final String FINAL_NONE = "NONE";

    /** The deadline variables (working days) of the schedule, by the name the BPMN uses. */
    public static final String DAYS_PLAN = "planDays";
    public static final String DAYS_NOMINATION = "nominationDays";
    public static final String DAYS_OFFICE_REVIEW = "officeReviewDays";
    public static final String DAYS_PROPOSAL = "proposalDays";
    public static final String DAYS_DECISION = "decisionDays";
    public static final String DAYS_REPORT = "reportDays";
    public static final String DAYS_SELF_ASSESSMENT = "selfAssessmentDays";
    public static final String DAYS_SCORING = "scoringDays";
    public static final String DAYS_SURVEY = "surveyDays";
    public static final String DAYS_MEMBER_REVIEW = "memberReviewDays";
    public static final String DAYS_ACCEPTANCE = "acceptanceDays";
    public static final String DAYS_SPOT_CHECK = "spotCheckDays";
    public static final String DAYS_RECTIFICATION = "rectificationDays";
    public static final String DAYS_REINSPECTION = "reinspectionDays";
    public static final String DAYS_REVOCATION = "revocationDays";

    // ------------------------------------------------------------------ forms
    public static final String FORM_NOMINATE = "jiceng:demonstration-nominate";
    public static final String FORM_PROPOSE = "jiceng:demonstration-propose";
    public static final String FORM_DECISION = "jiceng:demonstration-decision";
    public static final String FORM_SELF = "jiceng:demonstration-self";
    public static final String FORM_SCORE = "jiceng:demonstration-score";
    public static final String FORM_SURVEY = "jiceng:demonstration-survey";
    public static final String FORM_SPOT_CHECK = "jiceng:demonstration-spot-check";
    /** Camunda Forms (forms/demonstration-*.form), by form id. */
    public static final String FORMREF_COUNTY_PLAN = "demonstrationCountyPlan";
    public static final String FORMREF_NOMINATION_REVIEW = "demonstrationNominationReview";
    public static final String FORMREF_PROGRESS_REPORT = "demonstrationProgressReport";
    public static final String FORMREF_MEMBER_REVIEW = "demonstrationMemberReview";
    public static final String FORMREF_OBJECTION_RULING = "demonstrationObjectionRuling";
    public static final String FORMREF_ACCEPTANCE = "demonstrationAcceptance";
    public static final String FORMREF_RECTIFICATION = "demonstrationRectification";
    public static final String FORMREF_REINSPECTION = "demonstrationReinspection";
    public static final String FORMREF_INSPECTION = "demonstrationInspection";
    public static final String FORMREF_REVOCATION_REVIEW = "demonstrationRevocationReview";
    public static final String FORMREF_REVOCATION_DECISION = "demonstrationRevocationDecision";

    /** Timeout task listener of the review steps (notification.process.Escalation) and its bean. */
    public static final String LISTENER_ESCALATE = "Escalate";
    public static final String BEAN_TASK_ESCALATION = "taskEscalation";
    public static final String BEAN_PROGRAM_STEPS = "programSteps";
    public static final String BEAN_CANDIDATE_STEPS = "candidateSteps";

    private DemonstrationProcess() {
    }
}
