package cn.jiceng.demo;

import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import java.util.List;
import java.util.Set;

/** The demo accounts the default run creates; README lists the same table. */
public final class DemoData {

    /** The password of every demo account (never equal to a user name). */
    public static final String PASSWORD = "Jiceng@2026";

    /** A demo account; member units also name their office and its kind of department (for joint reviews). */
    public record DemoUser(String username, String displayName, String unitCode, Set<Role> roles, String department,
                           Department departmentCode) {
        DemoUser(String username, String displayName, String unitCode, Set<Role> roles) {
            this(username, displayName, unitCode, roles, null, null);
        }
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员", "220000", Set.of(Role.ADMIN)),
            new DemoUser("province.reviewer", "王敏（省级审核）", "220000", Set.of(Role.REVIEWER)),
            new DemoUser("province.leader", "李强（省领导）", "220000", Set.of(Role.LEADER)),
            new DemoUser("province.zuzhi", "马骏（省委组织部）", "220000", Set.of(Role.MEMBER_UNIT), "吉林省委组织部",
                    Department.ORGANIZATION),
            new DemoUser("province.bianban", "高原（省委编办）", "220000", Set.of(Role.MEMBER_UNIT), "吉林省委机构编制委员会办公室",
                    Department.STAFFING),
            new DemoUser("province.renshe", "林静（省人社厅）", "220000", Set.of(Role.MEMBER_UNIT), "吉林省人力资源和社会保障厅",
                    Department.HUMAN_RESOURCES),
            new DemoUser("cc.reviewer", "刘洋（长春市审核）", "220100", Set.of(Role.REVIEWER)),
            new DemoUser("cc.hr", "张丽（长春市人社局）", "220100", Set.of(Role.HR)),
            new DemoUser("cc.leader", "陈刚（长春市领导）", "220100", Set.of(Role.LEADER)),
            new DemoUser("cc.minzheng", "孙红（长春市民政局）", "220100", Set.of(Role.MEMBER_UNIT), "长春市民政局",
                    Department.CIVIL_AFFAIRS),
            new DemoUser("cc.inspector", "韩冰（长春市纪委监委）", "220100", Set.of(Role.INSPECTOR)),
            new DemoUser("cc.zuzhi", "钱程（长春市委组织部）", "220100", Set.of(Role.MEMBER_UNIT), "长春市委组织部",
                    Department.ORGANIZATION),
            new DemoUser("cc.zhujian", "鲁彬（长春市住建局）", "220100", Set.of(Role.MEMBER_UNIT), "长春市住房和城乡建设局",
                    Department.HOUSING),
            new DemoUser("cc.gongan", "邵军（长春市公安局）", "220100", Set.of(Role.MEMBER_UNIT), "长春市公安局",
                    Department.PUBLIC_SECURITY),
            new DemoUser("kc.reviewer", "周杰（宽城区审核）", "220103", Set.of(Role.REVIEWER)),
            new DemoUser("kc.pg1", "田野（宽城区评估组）", "220103", Set.of(Role.REVIEWER)),
            new DemoUser("kc.pg2", "白露（宽城区评估组）", "220103", Set.of(Role.REVIEWER)),
            new DemoUser("ng.reviewer", "吴芳（南关区审核）", "220102", Set.of(Role.REVIEWER)),
            new DemoUser("ts.reviewer", "郑伟（团山街道审核）", "220103001", Set.of(Role.REVIEWER)),
            new DemoUser("csh.reviewer", "冯雪（长山花园社区审核）", "220103001001", Set.of(Role.REVIEWER)),
            new DemoUser("tsq.reviewer", "韩梅（团山社区）", "220103001002", Set.of(Role.REVIEWER)),
            new DemoUser("jl.reviewer", "何涛（吉林市审核）", "220200", Set.of(Role.REVIEWER)),
            new DemoUser("cy.reviewer", "秦岚（朝阳区审核）", "220104", Set.of(Role.REVIEWER)),
            new DemoUser("chy.reviewer", "沈冰（船营区审核）", "220204", Set.of(Role.REVIEWER)),
            new DemoUser("yjx.reviewer", "金鑫（永吉县审核）", "220221", Set.of(Role.REVIEWER)),
            new DemoUser("yjx.pg1", "常青（永吉县评估组）", "220221", Set.of(Role.REVIEWER)),
            new DemoUser("yjx.pg2", "于洋（永吉县评估组）", "220221", Set.of(Role.REVIEWER)),
            new DemoUser("hq.reviewer", "包红（红旗村）", "220221001001", Set.of(Role.REVIEWER)),
            new DemoUser("xl.reviewer", "邢亮（兴隆村）", "220221001002", Set.of(Role.REVIEWER)),
            // 运城市 (山西省): the 五面红旗 program — the office, county offices with their evaluation teams, communities
            new DemoUser("yc.reviewer", "赵文（运城市创建办）", "140800", Set.of(Role.REVIEWER)),
            new DemoUser("yc.leader", "孟涛（运城市领导小组）", "140800", Set.of(Role.LEADER)),
            new DemoUser("yh.reviewer", "郭丽（盐湖区创建办）", "140802", Set.of(Role.REVIEWER)),
            new DemoUser("yh.pg1", "杨帆（盐湖区评估组）", "140802", Set.of(Role.REVIEWER)),
            new DemoUser("yh.pg2", "贾宁（盐湖区评估组）", "140802", Set.of(Role.REVIEWER)),
            new DemoUser("yh.pg3", "薛锋（盐湖区评估组）", "140802", Set.of(Role.REVIEWER)),
            new DemoUser("yh.pg4", "卫红（盐湖区评估组）", "140802", Set.of(Role.REVIEWER)),
            new DemoUser("yj.reviewer", "柴明（永济市创建办）", "140881", Set.of(Role.REVIEWER)),
            new DemoUser("yj.pg1", "畅达（永济市评估组）", "140881", Set.of(Role.REVIEWER)),
            new DemoUser("yj.pg2", "景瑞（永济市评估组）", "140881", Set.of(Role.REVIEWER)),
            new DemoUser("yj.pg3", "宁静（永济市评估组）", "140881", Set.of(Role.REVIEWER)),
            new DemoUser("yj.pg4", "裴勇（永济市评估组）", "140881", Set.of(Role.REVIEWER)),
            new DemoUser("hd.reviewer", "吕萍（槐东社区）", "140802001001", Set.of(Role.REVIEWER)),
            new DemoUser("dhy.reviewer", "范军（东花园社区）", "140802001002", Set.of(Role.REVIEWER)),
            new DemoUser("nc.reviewer", "苗青（南城社区）", "140802002001", Set.of(Role.REVIEWER)),
            new DemoUser("sd.reviewer", "姚远（舜都社区）", "140881001001", Set.of(Role.REVIEWER)),
            new DemoUser("applicant", "赵磊（报名人员）", null, Set.of(Role.APPLICANT)));

    /** The evaluation team of 盐湖区 (five scorers per unit, trimmed mean): the county's reviewer and four more. */
    public static final List<String> YANHU_SCORERS = List.of("yh.reviewer", "yh.pg1", "yh.pg2", "yh.pg3", "yh.pg4");
    public static final List<String> YONGJI_SCORERS = List.of("yj.reviewer", "yj.pg1", "yj.pg2", "yj.pg3", "yj.pg4");

    /** The evaluation team of 宽城区 (three scorers per neighbourhood of 幸福小区) and of 永吉县 (千村示范). */
    public static final List<String> KUANCHENG_SCORERS = List.of("kc.reviewer", "kc.pg1", "kc.pg2");
    public static final List<String> YONGJI_COUNTY_SCORERS = List.of("yjx.reviewer", "yjx.pg1", "yjx.pg2");

    /** The province's member-unit accounts of the joint review (备案联审): organisation, staffing, HR. */
    public static final List<String> JOINT_REVIEWERS = List.of("province.zuzhi", "province.bianban", "province.renshe");

    /**
     * Demo publicity notices, started through the publicity process (so they end by its timer). The
     * proposed hires are those of 长春市's first 2026 batch, which was run before this system (there is
     * no campaign CC-2026-1 in it): CC-2026-2 has not reached its exams, and its own notice, if it is
     * run to the publicity, is titled by the campaign ("…招聘拟聘用人员公示").
     */
    public record DemoNotice(String businessKey, String unitCode, String title, String body, String contact,
                             int workingDays, List<String[]> entries) {
    }

    public static final List<DemoNotice> NOTICES = List.of(
            new DemoNotice("DEMO-GS-1", "220100", "长春市2026年第一批基层治理专干拟聘用人员公示",
                    "根据《吉林省基层治理专干招聘工作方案》，长春市2026年第一批基层治理专干招聘经报名、资格审查、笔试、面试、体检和考察，"
                            + "现将拟聘用人员予以公示。公示期间，如对公示对象有异议，可通过本页面实名反映。",
                    "长春市人力资源和社会保障局 0431-88888888", 7, List.of(
                    new String[] {"A-1001", "刘佳", "宽城区团山街道长山花园社区 社区治理专干 笔试78.5 面试82.0 总成绩80.25"},
                    new String[] {"A-1002", "陈晨", "宽城区团山街道长山花园社区 社区治理专干 笔试76.0 面试84.4 总成绩80.20"},
                    new String[] {"A-1003", "王磊", "南关区南岭街道 社区治理专干 笔试81.0 面试79.2 总成绩80.10"},
                    new String[] {"A-1004", "赵雪", "南关区南岭街道 社区治理专干 笔试74.5 面试85.0 总成绩79.75"},
                    new String[] {"A-1005", "孙浩", "宽城区 乡村振兴专干 笔试77.0 面试80.6 总成绩78.80"})));

    private DemoData() {
    }
}
