package cn.jiceng.demonstration.domain;

/** Why a unit left the running before the decision. */
public enum Exclusion {
    /** a bottom-line check failed (底线指标一票否决) */
    BOTTOM_LINE,
    /** a member unit objected and the office upheld the objection */
    MEMBER_OBJECTION,
    /** a level of the acceptance (验收) did not pass it */
    ACCEPTANCE,
    /** an objection in the publicity was verified (查实取消) */
    PUBLICITY_OBJECTION,
    /** the office returned the county's list and the unit was not renominated */
    OFFICE_REVIEW
}
