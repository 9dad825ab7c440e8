package cn.jiceng.recruitment.domain;

public enum PostType {
    /** 社区治理专干: three per urban community. */
    COMMUNITY_GOVERNANCE,
    /** 乡村振兴专干: one per village. */
    RURAL_REVITALISATION
}
