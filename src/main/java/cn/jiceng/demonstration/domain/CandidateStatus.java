package cn.jiceng.demonstration.domain;

/** Where a nominated unit stands. */
public enum CandidateStatus {
    /** on its county's list, not yet accepted by the office */
    NOMINATED,
    /** accepted: the creation period runs (self-assessment, progress reports) */
    CREATING,
    /** being scored and reviewed */
    INSPECTING,
    /** inspection done, waiting for the proposed list */
    INSPECTED,
    /** out of the running; {@link Candidate#getExclusion()} says why */
    EXCLUDED,
    /** on the publicized proposed list */
    PROPOSED,
    /** title, level or flags awarded */
    AWARDED,
    /** not awarded by the leading group, or below every threshold */
    NOT_AWARDED,
    /** title revoked after an inspection (摘牌) */
    REVOKED,
    /** nomination withdrawn by its county */
    WITHDRAWN
}
