package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static cn.jiceng.recruitment.RecruitmentFixtures.postTable;
import static cn.jiceng.recruitment.RecruitmentFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostType;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.ApplicationCase;
import cn.jiceng.recruitment.service.Eligibility;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A small campaign through qualification review with the real services, DMN and BPMN. */
@JicengSpringBootTest
class RecruitmentServiceTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    ManagementService management;

    RecruitmentFixtures fixtures;

    static int counter;

    @BeforeEach
    void fixtures() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
    }

    @BeforeEach
    void fixClock() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Campaign campaign() {
        counter++;
        return fixtures.createCampaign("CC-T" + counter, "长春市测试批次" + counter, counter,
                NOW.minusDays(1).toInstant(), NOW.plusDays(10).toInstant());
    }

    private List<Post> importPosts(Campaign c) throws IOException {
        return fixtures.importPosts(c, List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "社区治理专干", "3", "大专及以上", "不限", "35周岁及以下", "", "否", ""),
                List.of("团山社区", "", "社区治理专干", "P02", "", "3", "本科", "计算机类、社会工作", "30", "", "", "限应届"),
                List.of("南岭街道", "220102001", "社区治理专干", "P03", "", "2", "本科", "不限", "35", "", "", ""),
                List.of("长山花园社区", "220103001001", "社区治理专干", "P04", "", "1", "硕士", "不限", "40", "220103", "", "")));
    }

    private void register(String username, String id, String education, String major, LocalDate graduated) {
        recruitment.registerApplicant(new NewApplicant(username, "Applicant#2026", "张" + "一二三四五六七八九十".charAt(Math.abs(username.hashCode()) % 10) + "明",
                id, "13900001111", education, "吉林大学", major, graduated, "220103"));
    }

    @Test
    void postTableImportsInTheConventionalLayoutWithUnitsByCodeOrName() throws IOException {
        List<Post> posts = importPosts(campaign());
        assertThat(posts).extracting(Post::getPostCode).containsExactly("P01", "P02", "P03", "P04");
        Post p02 = posts.get(1);
        assertThat(p02.getUnitCode()).isEqualTo("220103001002");
        assertThat(p02.majorList()).containsExactly("计算机类", "社会工作");
        assertThat(p02.isFreshGraduatesOnly()).isTrue();
        assertThat(p02.getMaxAge()).isEqualTo(30);
        assertThat(posts.get(0).getPostType()).isEqualTo(PostType.COMMUNITY_GOVERNANCE);
    }

    @Test
    void badPostTablesAreRejectedWithRowErrorsAndNothingIsImported() throws IOException {
        Campaign c = campaign();
        var e = catchThrowableOfType(ImportRejectedException.class, () -> postImport.importPosts(c.getId(), postTable(List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "", "3", "大专", "不限", "35", "", "", ""),
                List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "", "3", "大专", "不限", "35", "", "", ""),
                List.of("吉林市某社区", "220202001001", "社区治理专干", "P02", "", "3", "大专", "不限", "35", "", "", ""),
                List.of("团山社区", "", "社区治理专干", "P03", "", "三", "小学", "不限", "老", "", "", "")))));
        assertThat(e.getErrors()).extracting(ImportError::rowNumber, ImportError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "recruitment.import.duplicatePostCode"),
                org.assertj.core.groups.Tuple.tuple(4, "recruitment.import.unitOutsideCity"),
                org.assertj.core.groups.Tuple.tuple(5, "recruitment.import.openings"),
                org.assertj.core.groups.Tuple.tuple(5, "recruitment.import.education"),
                org.assertj.core.groups.Tuple.tuple(5, "recruitment.import.age"));
        assertThat(recruitment.posts(c.getId())).isEmpty();

        var missing = catchThrowableOfType(ImportRejectedException.class, () -> postImport.importPosts(c.getId(),
                xlsx(List.of(List.of("招聘单位", "岗位名称", "岗位代码"), List.of("团山社区", "专干", "P9")))));
        assertThat(missing.getErrors()).singleElement().extracting(ImportError::messageKey).isEqualTo("import.error.missingColumns");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var notExcel = catchThrowableOfType(ImportRejectedException.class, () -> postImport.importPosts(c.getId(), png));
        assertThat(notExcel).isNotNull();
        assertThat(recruitment.posts(c.getId())).isEmpty();
    }

    @Test
    void invalidIdNumberAndDuplicatesAreRefusedAndStoreNothing() {
        assertThatThrownBy(() -> register("bad.id.01", "220103199801011234", "本科", "社会工作", LocalDate.of(2025, 6, 30)))
                .hasMessage("recruitment.error.idCheckDigit");
        assertThat(users.findByUsername("bad.id.01")).isEmpty();
        String id = idNumber("22010319980101100");
        register("dup.id.01", id, "本科", "社会工作", LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> register("dup.id.02", id, "本科", "社会工作", LocalDate.of(2025, 6, 30)))
                .hasMessage("recruitment.error.idRegistered");
        assertThat(users.findByUsername("dup.id.02")).isEmpty();
    }

    @Test
    void idNumbersTypedInFullWidthWithIdeographicSpacesRegisterAsTheNumberAndNoRegionIsRefused() {
        String id = idNumber("22010319970202300");
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            typed.append((char) (id.charAt(i) + 0xFEE0)).append(i == 5 || i == 13 ? "\u3000" : "");
        }
        register("wide.id.01", typed.toString(), "本科", "社会工作", LocalDate.of(2025, 6, 30));
        assertThat(users.findByUsername("wide.id.01")).isPresent();
        // stored as the plain number: the same number typed plainly is a duplicate
        assertThatThrownBy(() -> register("wide.id.02", id, "本科", "社会工作", LocalDate.of(2025, 6, 30)))
                .hasMessage("recruitment.error.idRegistered");
        for (String region : List.of("000000", "999999")) {
            assertThatThrownBy(() -> register("no.region." + region, idNumber(region + "19970202300"), "本科", "社会工作",
                    LocalDate.of(2025, 6, 30))).hasMessage("recruitment.error.idRegion");
            assertThat(users.findByUsername("no.region." + region)).isEmpty();
        }
    }

    @Test
    void preScreenExplainsEveryUnmetRequirementWithoutRejecting() throws IOException {
        List<Post> posts = importPosts(campaign());
        register("old.grad.01", idNumber("22010319800101200"), "大专", "汉语言文学", LocalDate.of(2002, 7, 1));
        Eligibility result = recruitment.prescreen("old.grad.01", posts.get(1).getId());
        assertThat(result.findings()).extracting(Eligibility.Finding::code)
                .containsExactlyInAnyOrder("AGE_OVER_LIMIT", "EDUCATION_BELOW", "MAJOR_NOT_LISTED", "NOT_FRESH_GRADUATE");
        assertThat(result.asText()).contains("30周岁及以下").contains("46周岁");
        assertThat(recruitment.prescreen("old.grad.01", posts.get(0).getId()).findings()).extracting(Eligibility.Finding::code)
                .containsExactly("AGE_OVER_LIMIT");
        // still allowed to apply: the reviewer decides
        assertThat(recruitment.apply("old.grad.01", posts.get(0).getId()).getPrescreenFindings()).contains("年龄");
    }

    @Test
    void applicationIsReviewedByTheCountyThenTheCityAndOnlyThere() throws IOException {
        List<Post> posts = importPosts(campaign());
        register("happy.01", idNumber("22010320000101300"), "本科", "社会工作", LocalDate.of(2025, 6, 30));
        long id = recruitment.apply("happy.01", posts.get(0).getId()).getId();
        assertThatThrownBy(() -> recruitment.apply("happy.01", posts.get(2).getId()))
                .hasMessage("recruitment.error.duplicateApplication");

        TaskSummary preliminary = fixtures.taskOf("kc.reviewer", id);
        assertThat(preliminary.formKey()).isEqualTo(RecruitmentProcess.FORM_QUALIFICATION_REVIEW);
        assertThat(tasks.openTasks(fixtures.user("ng.reviewer"))).noneMatch(t -> t.title().endsWith("#" + id));
        ApplicationCase seen = recruitment.applicationForTask(fixtures.user("kc.reviewer"), preliminary.id());
        assertThat(seen.maskedIdNumber()).matches("220103\\*{8}300[0-9X]").doesNotContain("20000101");
        assertThat(seen.maskedPhone()).isEqualTo("139****1111");
        assertThatThrownBy(() -> recruitment.review(fixtures.user("kc.reviewer"), preliminary.id(),
                RecruitmentProcess.DECISION_REJECT, " "))
                .hasMessage("recruitment.error.noteRequired");

        recruitment.review(fixtures.user("kc.reviewer"), preliminary.id(), RecruitmentProcess.DECISION_APPROVE, "");
        assertThat(recruitment.myApplications("happy.01").get(0).status()).isEqualTo(ApplicationStatus.PRELIMINARY_PASSED);
        recruitment.review(fixtures.user("cc.reviewer"), fixtures.taskOf("cc.reviewer", id).id(),
                RecruitmentProcess.DECISION_APPROVE, "");
        assertThat(recruitment.status(id)).isEqualTo(ApplicationStatus.QUALIFIED);
    }

    @Test
    void returnedApplicationIsCorrectedBeforeItsWorkingDayDeadlineOrExpires() throws IOException {
        List<Post> posts = importPosts(campaign());
        register("return.01", idNumber("22010320000101400"), "本科", "社会工作", LocalDate.of(2025, 6, 30));
        register("return.02", idNumber("22010320000101500"), "本科", "社会工作", LocalDate.of(2025, 6, 30));
        long first = recruitment.apply("return.01", posts.get(0).getId()).getId();
        long second = recruitment.apply("return.02", posts.get(0).getId()).getId();

        recruitment.review(fixtures.user("kc.reviewer"), fixtures.taskOf("kc.reviewer", first).id(),
                RecruitmentProcess.DECISION_RETURN, "请补充学位证书");
        ApplicationCase returned = recruitment.myApplications("return.01").get(0);
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("请补充学位证书");
        // Monday 2026-11-23 + 3 working days = Thursday 2026-11-26, end of day
        assertThat(returned.correctionDeadline()).isEqualTo(ZonedDateTime.parse("2026-11-26T23:59:59+08:00").toInstant());
        recruitment.resubmit("return.01", first);
        assertThat(fixtures.taskOf("kc.reviewer", first)).isNotNull();

        recruitment.review(fixtures.user("kc.reviewer"), fixtures.taskOf("kc.reviewer", second).id(),
                RecruitmentProcess.DECISION_RETURN, "照片不清晰");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-27T00:00:01+08:00").toInstant()));
        assertThatThrownBy(() -> recruitment.resubmit("return.02", second)).hasMessage("recruitment.error.deadlinePassed");
        var timer = management.createJobQuery().timers().processInstanceId(
                recruitment.myApplications("return.02").get(0).applicationId() == second ? processOf(second) : null).singleResult();
        management.executeJob(timer.getId());
        assertThat(recruitment.status(second)).isEqualTo(ApplicationStatus.EXPIRED);
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private String processOf(long applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(applicationId)).singleResult().getId();
    }

    @Test
    void applicantMayWithdrawAndApplyAgainToAnotherPost() throws IOException {
        List<Post> posts = importPosts(campaign());
        register("withdraw.01", idNumber("22010320000101600"), "本科", "社会工作", LocalDate.of(2025, 6, 30));
        long campaignId = posts.get(0).getCampaign().getId();
        assertThat(recruitment.appliedPostIn("withdraw.01", campaignId)).isEmpty();
        long id = recruitment.apply("withdraw.01", posts.get(0).getId()).getId();
        // the portal offers no second application in the campaign, and says which post holds it
        assertThat(recruitment.appliedPostIn("withdraw.01", campaignId)).contains(posts.get(0).getPostCode());
        recruitment.withdraw("withdraw.01", id);
        assertThat(recruitment.status(id)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(recruitment.appliedPostIn("withdraw.01", campaignId)).isEmpty();
        assertThat(recruitment.apply("withdraw.01", posts.get(2).getId()).getPost().getPostCode()).isEqualTo("P03");
        assertThat(fixtures.taskOf("ng.reviewer", id)).isNotNull();
    }

    @Test
    void planIsFiledJointlyReviewedAndPostsBelowTheRatioAreReducedOrCancelledByHr() throws IOException {
        Campaign c = campaign();
        assertThatThrownBy(() -> recruitment.filePlan(fixtures.user("cc.hr"),
                fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_FILE_PLAN, c)))
                .hasMessage("recruitment.error.noPosts");
        List<Post> posts = importPosts(c);
        fixtures.filePlan(c);
        assertThat(tasks.openTasks(fixtures.user("jl.reviewer"))).noneMatch(t -> t.title().equals(c.getName()));
        // three departments review in parallel, each in its own accounts' queue only
        for (String department : DemoData.JOINT_REVIEWERS) {
            assertThat(tasks.openTasks(fixtures.user(department)).stream()
                    .filter(t -> RecruitmentProcess.FORM_JOINT_REVIEW.equals(t.formKey()) && t.title().equals(c.getName())))
                    .hasSize(1);
        }
        assertThat(tasks.openTasks(fixtures.user("province.reviewer")))
                .noneMatch(t -> RecruitmentProcess.FORM_JOINT_REVIEW.equals(t.formKey()) && t.title().equals(c.getName()));
        assertThat(tasks.openTasks(fixtures.user("cc.minzheng")))
                .noneMatch(t -> RecruitmentProcess.FORM_JOINT_REVIEW.equals(t.formKey()));
        String organisation = fixtures.campaignTask("province.zuzhi", RecruitmentProcess.FORM_JOINT_REVIEW, c);
        assertThat(recruitment.jointReviewDepartment(fixtures.user("province.zuzhi"), organisation)).isEqualTo("ORGANIZATION");
        assertThatThrownBy(() -> recruitment.jointReview(fixtures.user("province.renshe"), organisation,
                RecruitmentProcess.DECISION_APPROVE, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recruitment.jointReview(fixtures.user("province.zuzhi"), organisation,
                RecruitmentProcess.DECISION_RETURN, ""))
                .hasMessage("recruitment.error.noteRequired");
        // one return sends the plan back with every opinion, each under its department's name
        recruitment.jointReview(fixtures.user("province.zuzhi"), organisation, RecruitmentProcess.DECISION_RETURN, "岗位专业要求过严，请调整。");
        // the staffing office decides through the Camunda Form: it shows the department, the plan and the opinion so far
        String staffing = fixtures.campaignTask("province.bianban", RecruitmentProcess.FORM_JOINT_REVIEW, c);
        var form = forms.open(fixtures.user("province.bianban"), staffing, java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(form.form().id()).isEqualTo(RecruitmentProcess.FORM_JOINT_REVIEW);
        String context = cn.jiceng.review.service.FormTemplate.render(form.form().components().get(0).text(), form.variables());
        assertThat(context).contains(c.getName()).contains("机构编制部门").contains("岗位 " + posts.size() + " 个")
                .contains("- 组织部门：岗位专业要求过严，请调整。");
        assertThat(cn.jiceng.review.service.FormTemplate.render(
                cn.jiceng.common.i18n.TranslationProvider.translate("form.jointReviewVerdict.Text_Context", java.util.Locale.ENGLISH),
                forms.open(fixtures.user("province.bianban"), staffing, java.util.Locale.ENGLISH).variables()))
                .contains("Staffing office");
        assertThatThrownBy(() -> forms.submit(fixtures.user("province.bianban"), staffing, Map.of("decision", "RETURN")))
                .hasMessage("recruitment.error.noteRequired");
        assertThatThrownBy(() -> forms.submit(fixtures.user("province.bianban"), staffing, Map.of("opinion", "x")))
                .hasFieldOrPropertyWithValue("messageKey", "workbench.form.required");
        forms.submit(fixtures.user("province.bianban"), staffing, Map.of("decision", "APPROVE", "opinion", "同意。"));
        assertThat(trail.ofTask(staffing)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("province.bianban");
            assertThat(e.opinion()).isEqualTo("同意。");
        });
        recruitment.jointReview(fixtures.user("province.renshe"),
                fixtures.campaignTask("province.renshe", RecruitmentProcess.FORM_JOINT_REVIEW, c),
                RecruitmentProcess.DECISION_APPROVE, "");
        assertThat(campaigns.findById(c.getId()).orElseThrow().getReviewOpinion())
                .contains("组织部门：岗位专业要求过严，请调整。").contains("机构编制部门：同意。");
        fixtures.filePlan(c);
        fixtures.approvePlan(c);

        // registration opened yesterday and closes in ten days: run both timers on the engine clock
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.getCode()).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        ClockUtil.setCurrentTime(Date.from(NOW.plusDays(11).toInstant()));
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());

        String ratio = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_RATIO_DECISION, c);
        assertThat(recruitment.postCounts(fixtures.user("cc.hr"), c.getId())).allMatch(pc -> !pc.ratioMet());
        assertThatThrownBy(() -> recruitment.decideRatios(fixtures.user("cc.hr"), ratio,
                List.of(new RecruitmentService.RatioDecision(posts.get(0).getId(), Post.Status.REDUCED, 3))))
                .hasMessage("recruitment.error.reduceOpenings");
        recruitment.decideRatios(fixtures.user("cc.hr"), ratio, List.of(
                new RecruitmentService.RatioDecision(posts.get(0).getId(), Post.Status.REDUCED, 1),
                new RecruitmentService.RatioDecision(posts.get(1).getId(), Post.Status.CANCELLED, null)));
        List<Post> after = recruitment.posts(c.getId());
        assertThat(after.get(0).getOpenings()).isEqualTo(1);
        assertThat(after.get(1).getStatus()).isEqualTo(Post.Status.CANCELLED);
        // a cancelled post opens the switching window (改报) on the campaign's timer
        assertThat(management.createJobQuery().processInstanceId(instance).timers().singleResult()).isNotNull();
        assertThat(campaigns.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.SWITCHING);
    }

    @Autowired
    CampaignRepository campaigns;
    @Autowired
    cn.jiceng.review.service.TaskFormService forms;
    @Autowired
    cn.jiceng.review.service.TrailService trail;

    @Autowired
    cn.jiceng.recruitment.service.ExportService exports;

    @Test
    void postCountsExportAsAnExcelSheetForHrOfTheCityOnly() throws IOException {
        Campaign c = campaign();
        importPosts(c);
        register("export.01", idNumber("22010320000101700"), "本科", "社会工作", LocalDate.of(2025, 6, 30));
        recruitment.apply("export.01", recruitment.posts(c.getId()).get(0).getId());
        byte[] xlsx = exports.postCounts(fixtures.user("cc.hr"), c.getId());
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("岗位代码");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P01");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.0);
        }
        assertThatThrownBy(() -> exports.postCounts(fixtures.user("jl.reviewer"), c.getId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
