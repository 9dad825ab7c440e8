package cn.jiceng.recruitment.domain;

public enum ApplicationStatus {
    /** Submitted, waiting for the preliminary review. */
    SUBMITTED,
    /** Passed the preliminary review, waiting for the city's re-check. */
    PRELIMINARY_PASSED,
    /** Returned to the applicant for correction (退回补正) with a deadline. */
    RETURNED,
    /** Qualified (资格审查通过). */
    QUALIFIED,
    /** Rejected with a reason. */
    REJECTED,
    /** Not corrected before the deadline. */
    EXPIRED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /** The post was cancelled after registration (opening ratio not met); the applicant may switch (改报). */
    POST_CANCELLED
}
