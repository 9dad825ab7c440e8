package cn.jiceng.publicity.domain;

public enum NoticeStatus {
    /** The period runs: objections are accepted. */
    RUNNING,
    /** The period is over; objections may still be being answered. */
    ENDED,
    /** Every objection answered; outcomes returned to the calling process. */
    CLOSED
}
