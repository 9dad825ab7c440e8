package cn.jiceng.recruitment.domain;

import java.util.EnumSet;
import java.util.Set;

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
    POST_CANCELLED;

    /** Still in qualification review: submitted, passed the preliminary review, or returned for correction. */
    public static final Set<ApplicationStatus> IN_REVIEW = EnumSet.of(SUBMITTED, PRELIMINARY_PASSED, RETURNED);

    /** In the running for the post: in review or qualified (not rejected, expired, withdrawn or moved off a cancelled post). */
    public static final Set<ApplicationStatus> ACTIVE = EnumSet.of(SUBMITTED, PRELIMINARY_PASSED, RETURNED, QUALIFIED);

    public boolean isInReview() {
        return IN_REVIEW.contains(this);
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
