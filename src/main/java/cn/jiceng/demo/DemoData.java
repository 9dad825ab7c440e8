package cn.jiceng.demo;

import cn.jiceng.security.domain.Role;
import java.util.List;
import java.util.Set;

/** The demo accounts the default run creates; README lists the same table. */
public final class DemoData {

    /** The password of every demo account (never equal to a user name). */
    public static final String PASSWORD = "Jiceng@2026";

    public record DemoUser(String username, String displayName, String unitCode, Set<Role> roles, String department) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员", "220000", Set.of(Role.ADMIN), null),
            new DemoUser("province.reviewer", "王敏（省级审核）", "220000", Set.of(Role.REVIEWER), null),
            new DemoUser("province.leader", "李强（省领导）", "220000", Set.of(Role.LEADER), null),
            new DemoUser("cc.reviewer", "刘洋（长春市审核）", "220100", Set.of(Role.REVIEWER), null),
            new DemoUser("cc.hr", "张丽（长春市人社局）", "220100", Set.of(Role.HR), null),
            new DemoUser("cc.leader", "陈刚（长春市领导）", "220100", Set.of(Role.LEADER), null),
            new DemoUser("cc.minzheng", "孙红（长春市民政局）", "220100", Set.of(Role.MEMBER_UNIT), "民政局"),
            new DemoUser("kc.reviewer", "周杰（宽城区审核）", "220103", Set.of(Role.REVIEWER), null),
            new DemoUser("ng.reviewer", "吴芳（南关区审核）", "220102", Set.of(Role.REVIEWER), null),
            new DemoUser("ts.reviewer", "郑伟（团山街道审核）", "220103001", Set.of(Role.REVIEWER), null),
            new DemoUser("csh.reviewer", "冯雪（长山花园社区审核）", "220103001001", Set.of(Role.REVIEWER), null),
            new DemoUser("jl.reviewer", "何涛（吉林市审核）", "220200", Set.of(Role.REVIEWER), null),
            new DemoUser("applicant", "赵磊（报名人员）", null, Set.of(Role.APPLICANT), null));

    /** Sample review cases, one per level, so that each reviewer's queue shows region scoping. */
    public record DemoCase(String unitCode, String title) {
    }

    public static final List<DemoCase> CASES = List.of(
            new DemoCase("220000", "示例：全省示范社区创建方案审核"),
            new DemoCase("220100", "示例：长春市基层治理专干招聘计划审核"),
            new DemoCase("220200", "示例：吉林市基层治理专干招聘计划审核"),
            new DemoCase("220103", "示例：宽城区示范社区推荐材料审核"),
            new DemoCase("220102", "示例：南关区示范社区推荐材料审核"),
            new DemoCase("220103001", "示例：团山街道网格调整审核"),
            new DemoCase("220103001001", "示例：长山花园社区居民议事记录审核"));

    private DemoData() {
    }
}
