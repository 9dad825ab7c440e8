package cn.jiceng.recruitment.domain;

public enum CampaignStatus {
    DRAFT, FILED, RETURNED, PUBLISHED, REGISTRATION,
    /**
     * Registration has closed; the campaign waits at HR's opening-ratio decision (开考比例核定) while
     * the qualification reviews go on. Ends with the decision (switching or exams).
     */
    RATIO_DECISION,
    /** Qualification review of the applications that switched posts, after the switching window. */
    QUALIFICATION,
    /** Applicants of cancelled posts may switch to another post (改报). */
    SWITCHING,
    EXAMS,
    /** Physical exam and inspection in rank order, with promotion. */
    SELECTION,
    /** Proposed hires on a publicity notice. */
    PUBLICITY,
    HIRING, CLOSED
}
