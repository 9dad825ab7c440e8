package cn.jiceng.recruitment.domain;

public enum CampaignStatus {
    DRAFT, FILED, RETURNED, PUBLISHED, REGISTRATION, QUALIFICATION,
    /** Applicants of cancelled posts may switch to another post (改报). */
    SWITCHING,
    EXAMS,
    /** Physical exam and inspection in rank order, with promotion. */
    SELECTION,
    /** Proposed hires on a publicity notice. */
    PUBLICITY,
    HIRING, CLOSED
}
