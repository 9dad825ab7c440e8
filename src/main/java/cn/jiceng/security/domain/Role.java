package cn.jiceng.security.domain;

/** What a user may do. A user holds one or more roles within their own unit. */
public enum Role {
    /** Member of the public applying for a post (报名人员). */
    APPLICANT,
    /** Reviewer (审核人) at their unit's level. */
    REVIEWER,
    /** HR department staff (人社/组织部门) running recruitment. */
    HR,
    /** Leader (领导) watching dashboards and taking final decisions. */
    LEADER,
    /** Member-unit department reviewing jointly (成员单位联审). */
    MEMBER_UNIT,
    /**
     * Discipline inspector (纪检监督): reads the cases, their trails and the personal-data access log of
     * their region, and changes nothing. Holds no task of any process (no candidate group of a step
     * names this role), so every decision service refuses them.
     */
    INSPECTOR,
    /** System administrator. */
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
