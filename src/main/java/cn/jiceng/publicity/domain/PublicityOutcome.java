package cn.jiceng.publicity.domain;

/** The four outcomes Chinese publicity rules name for a published entry. */
public enum PublicityOutcome {
    /** 无异议: no objection was raised. */
    NO_OBJECTION,
    /** 有反映但不影响: objections were raised but do not affect the decision. */
    NO_IMPACT,
    /** 查实取消: an objection was verified; the entry is cancelled. */
    CANCELLED,
    /** 暂缓: the objection cannot be verified yet; the entry waits for the investigation. */
    SUSPENDED;

    /** The stronger of two outcomes for one entry: cancelled over suspended over no impact. */
    public PublicityOutcome strongest(PublicityOutcome other) {
        return other == null ? this : (rank(other) > rank(this) ? other : this);
    }

    private static int rank(PublicityOutcome o) {
        return switch (o) {
            case NO_OBJECTION -> 0;
            case NO_IMPACT -> 1;
            case SUSPENDED -> 2;
            case CANCELLED -> 3;
        };
    }
}
