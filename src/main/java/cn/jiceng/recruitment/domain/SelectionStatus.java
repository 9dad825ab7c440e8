package cn.jiceng.recruitment.domain;

/** A ranked candidate's place in the selection (体检 → 考察 → 公示 → 聘用). */
public enum SelectionStatus {
    /** Called to the physical exam (体检) in rank order. */
    PHYSICAL_EXAM,
    /** Failed the physical exam and asked for the one re-examination (复检). */
    REEXAM,
    PHYSICAL_FAILED,
    /** Passed the physical exam; waiting for the inspection (考察). */
    INSPECTION,
    INSPECTION_FAILED,
    /** Passed the inspection; proposed for hiring, to be publicized. */
    PROPOSED,
    /** On a publicity notice now. */
    PUBLICITY,
    /** The publicity entry is suspended (暂缓) until its investigation concludes. */
    PUBLICITY_SUSPENDED,
    /** An objection was verified (查实): not hired. */
    PUBLICITY_CANCELLED,
    /** Passed the publicity; hired when the campaign's selection ends. */
    PUBLICITY_PASSED,
    HIRED,
    /** Gave up during the selection (放弃). */
    WITHDRAWN;

    /** Out of the running: the post has a vacancy the next in rank may fill. */
    public boolean isOut() {
        return this == PHYSICAL_FAILED || this == INSPECTION_FAILED || this == PUBLICITY_CANCELLED || this == WITHDRAWN;
    }
}
