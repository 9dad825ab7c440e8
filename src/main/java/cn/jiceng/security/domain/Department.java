package cn.jiceng.security.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of department a member-unit account speaks for (成员单位): the departments that review
 * jointly. An account with a department also belongs to the engine group
 * {@code ROLE@unit#DEPARTMENT}, e.g. {@code MEMBER_UNIT@220000#ORGANIZATION} for the province's
 * organisation department, so a joint-review task reaches exactly that department of that unit.
 */
public enum Department {
    /** 组织部门 (党委组织部). */
    ORGANIZATION("组织部门"),
    /** 机构编制部门 (编办). */
    STAFFING("机构编制部门"),
    /** 人力资源社会保障部门 (人社厅/局). */
    HUMAN_RESOURCES("人力资源社会保障部门"),
    /** 民政部门. */
    CIVIL_AFFAIRS("民政部门"),
    /** 公安部门. */
    PUBLIC_SECURITY("公安部门"),
    /** 住房城乡建设部门. */
    HOUSING("住房城乡建设部门"),
    /** 政务服务和数据管理部门 (政数局). */
    DATA("政务服务和数据管理部门"),
    /** 乡村振兴部门. */
    RURAL_REVITALISATION("乡村振兴部门"),
    /** 宣传部门 (党委宣传部). */
    PROPAGANDA("宣传部门"),
    /** 政法部门 (党委政法委). */
    POLITICAL_LEGAL("政法部门"),
    /** 农业农村部门. */
    AGRICULTURE("农业农村部门"),
    /** 生态环境部门. */
    ECOLOGY("生态环境部门"),
    /** 文化和旅游部门. */
    CULTURE("文化和旅游部门");

    private final String chineseName;

    Department(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The department's name as records and opinions carry it (the UI shows the translated label). */
    public String chineseName() {
        return chineseName;
    }

    /** The department with this code, if it is one. */
    public static Optional<Department> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }
}
