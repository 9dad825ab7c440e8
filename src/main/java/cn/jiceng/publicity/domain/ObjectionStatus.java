package cn.jiceng.publicity.domain;

public enum ObjectionStatus {
    /** Waiting for the owning unit's answer. */
    OPEN,
    /** Answered: not affecting, or verified and cancelled. */
    ANSWERED,
    /** Answered "suspended": the investigation goes on. */
    INVESTIGATING,
    /** The investigation has ended with a final outcome. */
    CONCLUDED
}
