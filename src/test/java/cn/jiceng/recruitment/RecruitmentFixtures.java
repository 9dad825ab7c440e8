package cn.jiceng.recruitment;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.IdNumber;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Shared set-up of the recruitment service tests: demo users, tasks in a user's queue, post-table
 * workbooks and the steps of a Changchun campaign up to its published plan. A plain class, not a
 * Spring bean: each test builds one from its autowired services.
 */
final class RecruitmentFixtures {

    /** The engine clock of the recruitment tests: Monday 2026-11-23, 10:00 in Changchun. */
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-23T10:00:00+08:00[Asia/Shanghai]");

    /** The header row of a post table in the conventional layout. */
    static final List<String> POST_TABLE_HEADER = List.of("招聘单位", "单位代码", "岗位名称", "岗位代码", "岗位类型", "招聘人数", "学历",
            "专业", "年龄", "户籍", "是否限应届", "其他条件");

    private final RecruitmentService recruitment;
    private final PostTableImportService postImport;
    private final ReviewTaskService tasks;
    private final UserService users;

    RecruitmentFixtures(RecruitmentService recruitment, PostTableImportService postImport, ReviewTaskService tasks,
                        UserService users) {
        this.recruitment = recruitment;
        this.postImport = postImport;
        this.tasks = tasks;
        this.users = users;
    }

    /** A workbook whose one sheet (named 岗位表) holds the rows as text cells; the score sheets use it too. */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("岗位表");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A post-table workbook: {@link #POST_TABLE_HEADER} followed by the given post rows. */
    static byte[] postTable(List<List<String>> posts) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(POST_TABLE_HEADER);
        rows.addAll(posts);
        return xlsx(rows);
    }

    /** A valid ID number: the first 17 characters and their check character. */
    static String idNumber(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    /** A campaign of 长春市 (220100) for 2026, created by cc.hr, with the reference date 2026-11-01. */
    Campaign createCampaign(String code, String name, int batch, Instant registrationStart, Instant registrationEnd) {
        return recruitment.createCampaign(user("cc.hr"), code, name, "220100", 2026, batch, LocalDate.of(2026, 11, 1),
                registrationStart, registrationEnd);
    }

    /** Imports the post rows (below {@link #POST_TABLE_HEADER}) and returns the campaign's posts in post-code order. */
    List<Post> importPosts(Campaign c, List<List<String>> posts) throws IOException {
        postImport.importPosts(c.getId(), postTable(posts));
        return recruitment.posts(c.getId());
    }

    /** The id of the first task of the campaign with the form key in the user's queue. */
    String campaignTask(String user, String formKey, Campaign c) {
        return tasks.openTasks(user(user)).stream().filter(t -> formKey.equals(t.formKey()) && t.title().equals(c.getName()))
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + formKey)).id();
    }

    /** The first task of the application in the reviewer's queue. */
    TaskSummary taskOf(String reviewer, long applicationId) {
        return tasks.openTasks(user(reviewer)).stream().filter(t -> t.title().endsWith("#" + applicationId)).findFirst()
                .orElseThrow(() -> new AssertionError(reviewer + " has no task for application " + applicationId));
    }

    /** cc.hr files the campaign's plan for the province's joint review. */
    void filePlan(Campaign c) {
        recruitment.filePlan(user("cc.hr"), campaignTask("cc.hr", RecruitmentProcess.FORM_FILE_PLAN, c));
    }

    /** Every department of the province's joint review approves the filed plan without an opinion, each with its own account. */
    void approvePlan(Campaign c) {
        for (String department : DemoData.JOINT_REVIEWERS) {
            recruitment.jointReview(user(department), campaignTask(department, RecruitmentProcess.FORM_JOINT_REVIEW, c),
                    RecruitmentProcess.DECISION_APPROVE, "");
        }
    }
}
