package cn.jiceng.review.service;

import java.time.Instant;

/** One entry of a case's trail: who did what to which step, at which unit, when, with what opinion. */
public record TrailEntry(long id, String taskId, String stepKey, String stepName, String kind, String actor,
                         String actorUnitCode, String target, String opinion, Instant at) {

    public static final String COMPLETE = "COMPLETE";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String CLAIM = "CLAIM";
    public static final String UNCLAIM = "UNCLAIM";
    public static final String DELEGATE = "DELEGATE";
    public static final String RESOLVE = "RESOLVE";
    public static final String TRANSFER = "TRANSFER";
    public static final String RETURN = "RETURN";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String ADD_COSIGNER = "ADD_COSIGNER";
    public static final String REMOVE_COSIGNER = "REMOVE_COSIGNER";
    public static final String COSIGN = "COSIGN";
    public static final String COPY = "COPY";
    public static final String REMIND = "REMIND";
    public static final String ESCALATE = "ESCALATE";
}
