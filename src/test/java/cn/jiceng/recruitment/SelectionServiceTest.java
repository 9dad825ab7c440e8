package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static cn.jiceng.recruitment.RecruitmentFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.service.ObjectionForm;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.SelectionStatus;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.recruitment.service.SelectionService;
import cn.jiceng.recruitment.service.SelectionService.Result;
import cn.jiceng.recruitment.service.SelectionService.Verdict;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small campaign from the plan to the hire with the real services, BPMN, DMN and the real
 * publicity sub-process: a cancelled post and a switch (改报), both score imports, the ranking, a
 * re-examination that fails and its promotion, an objection upheld during the publicity and its
 * promotion, hiring, the closing report and the supplementary campaign for the unfilled opening.
 */
@JicengSpringBootTest
class SelectionServiceTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    SelectionService selection;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    PublicityService publicity;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    cn.jiceng.recruitment.service.ExportService exports;

    RecruitmentFixtures fixtures;

    static int counter;

    @BeforeEach
    void fixtures() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static void at(ZonedDateTime t) {
        ClockUtil.setCurrentTime(Date.from(t.toInstant()));
    }

    private void runTimer(String processInstanceId) {
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult().getId());
    }

    private String applicant(String username, int seq) {
        String first17 = "220103" + "1996" + "0101" + String.format("%03d", seq);
        recruitment.registerApplicant(new NewApplicant(username, "Applicant#2026", "候选" + "甲乙丙丁戊己庚辛壬癸".charAt(seq % 10),
                idNumber(first17), "13900001111", "本科", "吉林大学", "社会工作",
                LocalDate.of(2025, 6, 30), "220103"));
        return username;
    }

    private void qualify(long applicationId, String countyReviewer) {
        recruitment.review(fixtures.user(countyReviewer), fixtures.taskOf(countyReviewer, applicationId).id(),
                RecruitmentProcess.DECISION_APPROVE, "");
        recruitment.review(fixtures.user("cc.reviewer"), fixtures.taskOf("cc.reviewer", applicationId).id(),
                RecruitmentProcess.DECISION_APPROVE, "");
        assertThat(recruitment.status(applicationId)).isEqualTo(ApplicationStatus.QUALIFIED);
    }

    private byte[] scores(Map<Long, String> byApplication) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("准考证号", "姓名", "成绩"));
        byApplication.forEach((id, score) -> {
            Application a = applications.findById(id).orElseThrow();
            rows.add(List.of(a.getAdmissionNo(), "", score));
        });
        return xlsx(rows);
    }

    private SelectionStatus stage(long applicationId) {
        return applications.findById(applicationId).orElseThrow().getStage();
    }

    private List<Verdict> verdicts(Object... idResultNote) {
        List<Verdict> list = new ArrayList<>();
        for (int i = 0; i < idResultNote.length; i += 3) {
            list.add(new Verdict((Long) idResultNote[i], (Result) idResultNote[i + 1], (String) idResultNote[i + 2]));
        }
        return list;
    }

    private String physicalTask(Campaign c) {
        return fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_PHYSICAL_EXAM, c);
    }

    private String inspectionTask(Campaign c) {
        return fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_INSPECTION, c);
    }

    private String publicityOf(String campaignInstance) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(campaignInstance).singleResult().getId();
    }

    private PublicNotice notice(Campaign c) {
        String no = publicity.publicNotices().stream()
                .filter(n -> n.title().startsWith(c.getName()) && n.acceptingObjections()).findFirst().orElseThrow().noticeNo();
        return publicity.publicNotice(no).orElseThrow();
    }

    @Test
    void smallCampaignRunsFromThePlanThroughSwitchingExamsSelectionAndPublicityToHireAndASupplementaryCampaign()
            throws IOException {
        at(NOW);
        counter++;
        String p = "sel" + counter + ".";
        Campaign c = fixtures.createCampaign("CC-S" + counter, "长春市选拔测试" + counter, 20 + counter,
                NOW.minusDays(1).toInstant(), NOW.plusDays(10).toInstant());
        Map<String, Post> posts = new LinkedHashMap<>();
        fixtures.importPosts(c, List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "社区治理专干", "3", "大专及以上", "不限", "35", "", "否", ""),
                List.of("团山社区", "", "社区治理专干", "P02", "", "1", "本科", "不限", "35", "", "", ""),
                List.of("南岭街道", "220102001", "社区治理专干", "P03", "", "2", "本科", "不限", "35", "", "", ""),
                List.of("长山花园社区", "220103001001", "社区治理专干", "P04", "", "1", "本科", "不限", "35", "", "", "")))
                .forEach(post -> posts.put(post.getPostCode(), post));
        fixtures.filePlan(c);
        fixtures.approvePlan(c);
        String instance = c.getProcessInstanceId();
        runTimer(instance);

        // six applicants to P01, one to P03 (qualified); one to P04 still in review when P04 is cancelled
        List<Long> a = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            a.add(recruitment.apply(applicant(p + "a" + i, counter * 20 + i), posts.get("P01").getId()).getId());
        }
        long b1 = recruitment.apply(applicant(p + "b1", counter * 20 + 7), posts.get("P03").getId()).getId();
        long c1 = recruitment.apply(applicant(p + "c1", counter * 20 + 8), posts.get("P04").getId()).getId();
        a.forEach(id -> qualify(id, "kc.reviewer"));
        qualify(b1, "ng.reviewer");

        at(NOW.plusDays(11));
        runTimer(instance);
        // registration closed: the campaign stands at the opening-ratio decision, not "qualification review"
        assertThat(campaigns.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.RATIO_DECISION);
        recruitment.decideRatios(fixtures.user("cc.hr"), fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_RATIO_DECISION, c),
                List.of(new RecruitmentService.RatioDecision(posts.get("P01").getId(), Post.Status.REDUCED, 2),
                        new RecruitmentService.RatioDecision(posts.get("P02").getId(), Post.Status.CANCELLED, null),
                        new RecruitmentService.RatioDecision(posts.get("P04").getId(), Post.Status.CANCELLED, null)));
        assertThat(recruitment.status(c1)).isEqualTo(ApplicationStatus.POST_CANCELLED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(c1)).count()).isZero();

        // 改报: the applicant of the cancelled post switches to P01 within the window; others may not apply
        assertThatThrownBy(() -> recruitment.apply(p + "a1", posts.get("P03").getId()))
                .hasMessage("recruitment.error.registrationClosed");
        assertThatThrownBy(() -> recruitment.apply(p + "c1", posts.get("P02").getId()))
                .hasMessage("recruitment.error.postCancelled");
        assertThat(recruitment.apply(p + "c1", posts.get("P01").getId()).getId()).isEqualTo(c1);
        qualify(c1, "kc.reviewer");
        at(NOW.plusDays(20));
        runTimer(instance);
        assertThat(campaigns.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.QUALIFICATION);

        // exams: admission numbers, written scores, shortlist (3 × 2 openings), interview scores, ranking
        assertThat(selection.admitToExam(fixtures.user("cc.hr"),
                fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_PREPARE_EXAM, c))).isEqualTo(8);
        String written = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_WRITTEN_SCORES, c);
        assertThatThrownBy(() -> selection.confirmScores(fixtures.user("cc.hr"), written)).hasMessage("selection.error.noScores");
        Map<Long, String> w = new LinkedHashMap<>();
        String[] writtenScores = {"90", "88", "85", "80", "75", "70"};
        for (int i = 0; i < 6; i++) {
            w.put(a.get(i), writtenScores[i]);
        }
        w.put(c1, "60");
        w.put(b1, "80");
        assertThat(selection.importScores(fixtures.user("cc.hr"), written, scores(w))).isEqualTo(8);
        selection.confirmScores(fixtures.user("cc.hr"), written);
        assertThat(recruitment.myApplications(p + "a1").get(0).results().writtenScore()).isEqualByComparingTo("90");

        String interview = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_INTERVIEW_SCORES, c);
        assertThatThrownBy(() -> selection.importScores(fixtures.user("cc.hr"), interview, scores(Map.of(c1, "90"))))
                .isInstanceOf(ImportRejectedException.class);
        Map<Long, String> iv = new LinkedHashMap<>();
        String[] interviewScores = {"80", "85", "70", "60", "60", "50"};
        for (int i = 0; i < 6; i++) {
            iv.put(a.get(i), interviewScores[i]);
        }
        iv.put(b1, "75");
        selection.importScores(fixtures.user("cc.hr"), interview, scores(iv));
        selection.confirmScores(fixtures.user("cc.hr"), interview);
        // totals: a2 86.5, a1 85, a3 77.5, a4 70, a5 67.5, a6 60
        assertThat(applications.findById(a.get(1)).orElseThrow().getRank()).isEqualTo(1);
        assertThat(applications.findById(a.get(0)).orElseThrow().getRank()).isEqualTo(2);
        assertThat(recruitment.myApplications(p + "a2").get(0).results().rank()).isEqualTo(1);

        // physical exam in rank order: a2 and a1 for P01 (2 openings), b1 for P03
        String physical = physicalTask(c);
        assertThat(selection.candidatesForTask(fixtures.user("cc.hr"), physical)).extracting(SelectionService.Candidate::applicationId)
                .containsExactlyInAnyOrder(a.get(1), a.get(0), b1);
        assertThatThrownBy(() -> selection.recordVerdicts(fixtures.user("cc.hr"), physical, verdicts(a.get(1), Result.PASS, null)))
                .hasMessage("selection.error.missingVerdicts");
        assertThatThrownBy(() -> selection.recordVerdicts(fixtures.user("province.reviewer"), physical, List.of()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        selection.recordVerdicts(fixtures.user("cc.hr"), physical,
                verdicts(a.get(1), Result.PASS, null, a.get(0), Result.REEXAM, null, b1, Result.PASS, null));
        String reexam = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_REEXAM, c);
        assertThatThrownBy(() -> selection.recordVerdicts(fixtures.user("cc.hr"), reexam, verdicts(a.get(0), Result.FAIL, "")))
                .hasMessage("selection.error.noteRequired");
        selection.recordVerdicts(fixtures.user("cc.hr"), reexam, verdicts(a.get(0), Result.FAIL, "复检血压不合格"));
        assertThat(stage(a.get(0))).isEqualTo(SelectionStatus.PHYSICAL_FAILED);

        // 递补: a3 is promoted to the physical exam, then all pass the inspection
        String promoted = physicalTask(c);
        assertThat(selection.candidatesForTask(fixtures.user("cc.hr"), promoted)).extracting(SelectionService.Candidate::applicationId)
                .containsExactly(a.get(2));
        selection.recordVerdicts(fixtures.user("cc.hr"), promoted, verdicts(a.get(2), Result.PASS, null));
        selection.recordVerdicts(fixtures.user("cc.hr"), inspectionTask(c),
                verdicts(a.get(1), Result.PASS, null, a.get(2), Result.PASS, null, b1, Result.PASS, null));

        // publicity of the proposed hires; an objection against a2 is verified → cancelled
        PublicNotice first = notice(c);
        assertThat(first.entries()).hasSize(3);
        assertThat(first.entries().toString()).doesNotContain("220103");
        String a2Number = applications.findById(a.get(1)).orElseThrow().getAdmissionNo();
        PublicNotice.Entry a2Entry = first.entries().stream().filter(e -> e.detail().contains(a2Number)).findFirst().orElseThrow();
        publicity.fileObjection(new ObjectionForm(first.noticeNo(), a2Entry.id(), "王晓明", "13812345678",
                "该考生学历证书存疑，请核查。"), "198.51.100.7");
        TaskSummary objection = tasks.openTasks(fixtures.user("cc.reviewer")).stream()
                .filter(t -> PublicityProcess.FORM_HANDLE_OBJECTION.equals(t.formKey()) && t.title().equals(first.title()))
                .findFirst().orElseThrow();
        publicity.answerObjection(fixtures.user("cc.reviewer"), objection.id(), PublicityOutcome.CANCELLED, "经核实学历证书不实，取消聘用资格。");
        at(NOW.plusDays(40));
        runTimer(publicityOf(instance));
        assertThat(stage(a.get(1))).isEqualTo(SelectionStatus.PUBLICITY_CANCELLED);
        assertThat(stage(a.get(2))).isEqualTo(SelectionStatus.PUBLICITY_PASSED);

        // the vacancy goes to a4, who passes both stages and a second publicity
        String again = physicalTask(c);
        selection.recordVerdicts(fixtures.user("cc.hr"), again, verdicts(a.get(3), Result.PASS, null));
        selection.recordVerdicts(fixtures.user("cc.hr"), inspectionTask(c), verdicts(a.get(3), Result.PASS, null));
        assertThat(notice(c).entries()).hasSize(1);
        at(NOW.plusDays(60));
        runTimer(publicityOf(instance));

        // hired; P03 has one opening unfilled → close with a supplementary campaign
        assertThat(List.of(stage(a.get(2)), stage(a.get(3)), stage(b1))).containsOnly(SelectionStatus.HIRED);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                exports.results(fixtures.user("cc.hr"), c.getId())))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).startsWith("P01");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("PUBLICITY_CANCELLED");
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                exports.scoreTemplate(fixtures.user("cc.hr"), c.getId(), cn.jiceng.recruitment.service.ExamService.Kind.INTERVIEW)))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(7);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("成绩");
        }
        assertThatThrownBy(() -> exports.results(fixtures.user("jl.reviewer"), c.getId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        String close = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_CLOSE, c);
        List<SelectionService.PostOutcome> report = selection.reportForTask(fixtures.user("cc.hr"), close);
        assertThat(report).extracting(SelectionService.PostOutcome::postCode, SelectionService.PostOutcome::hired,
                SelectionService.PostOutcome::unfilled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P01", 2L, 0), org.assertj.core.groups.Tuple.tuple("P02", 0L, 0),
                org.assertj.core.groups.Tuple.tuple("P03", 1L, 1), org.assertj.core.groups.Tuple.tuple("P04", 0L, 0));
        selection.closeCampaign(fixtures.user("cc.hr"), close, true);
        Campaign closed = campaigns.findById(c.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.getReport()).contains("hired 3", "unfilled 1");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

        Campaign supplementary = campaigns.findByCode(c.getCode() + "-S1").orElseThrow();
        assertThat(supplementary.getParentCampaignId()).isEqualTo(c.getId());
        assertThat(recruitment.posts(supplementary.getId())).extracting(Post::getPostCode, Post::getOpenings)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P03", 1));
        fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_FILE_PLAN, supplementary);
    }

    @Test
    void rulesAreCheckedAsAWholeAndFixedOnceThePlanIsFiled() throws IOException {
        at(NOW);
        counter++;
        Campaign c = fixtures.createCampaign("CC-R" + counter, "长春市规则测试" + counter, 40 + counter,
                NOW.plusDays(1).toInstant(), NOW.plusDays(10).toInstant());
        cn.jiceng.recruitment.service.CampaignRules defaults = cn.jiceng.recruitment.service.CampaignRules.of(c);
        var badWeights = new cn.jiceng.recruitment.service.CampaignRules(Campaign.ReviewLevel.STREET, 3,
                new java.math.BigDecimal("2"), 5, 2, new java.math.BigDecimal("0.6"), new java.math.BigDecimal("0.6"),
                Campaign.TieBreak.INTERVIEW, 7, false, true, true);
        assertThatThrownBy(() -> recruitment.updateRules(fixtures.user("cc.hr"), c.getId(), badWeights))
                .hasMessage("recruitment.error.weights");
        assertThat(cn.jiceng.recruitment.service.CampaignRules.of(campaigns.findById(c.getId()).orElseThrow()))
                .isEqualTo(defaults);
        var good = new cn.jiceng.recruitment.service.CampaignRules(Campaign.ReviewLevel.STREET, 3,
                new java.math.BigDecimal("2"), 5, 2, new java.math.BigDecimal("0.4"), new java.math.BigDecimal("0.6"),
                Campaign.TieBreak.INTERVIEW, 7, false, true, true);
        assertThatThrownBy(() -> recruitment.updateRules(fixtures.user("kc.reviewer"), c.getId(), good))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        recruitment.updateRules(fixtures.user("cc.hr"), c.getId(), good);
        Campaign saved = campaigns.findById(c.getId()).orElseThrow();
        assertThat(saved.getTieBreak()).isEqualTo(Campaign.TieBreak.INTERVIEW);
        assertThat(saved.promotesAfter(Campaign.SelectionStage.PHYSICAL)).isFalse();
        assertThat(saved.getOpeningRatio()).isEqualByComparingTo("2");

        fixtures.importPosts(c, List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "社区治理专干", "1", "大专及以上", "不限", "35", "", "否", "")));
        fixtures.filePlan(c);
        assertThatThrownBy(() -> recruitment.updateRules(fixtures.user("cc.hr"), c.getId(), defaults))
                .hasMessage("recruitment.error.rulesFixed");
    }

    @Test
    void registrationDatesMoveWithTheRulesUntilThePlanIsFiledAndTheTimersTakeTheNewDates() throws IOException {
        at(NOW);
        counter++;
        Campaign c = fixtures.createCampaign("CC-W" + counter, "长春市报名时间测试" + counter, 40 + counter,
                NOW.plusDays(1).toInstant(), NOW.plusDays(10).toInstant());
        var rules = cn.jiceng.recruitment.service.CampaignRules.of(c);
        var hr = fixtures.user("cc.hr");
        assertThatThrownBy(() -> recruitment.updateRules(hr, c.getId(), rules, NOW.plusDays(5).toInstant(),
                NOW.plusDays(4).toInstant())).hasMessage("recruitment.error.registrationWindow");
        assertThatThrownBy(() -> recruitment.updateRules(hr, c.getId(), rules, NOW.minusDays(5).toInstant(),
                NOW.minusDays(1).toInstant())).hasMessage("recruitment.error.registrationOver");
        assertThat(campaigns.findById(c.getId()).orElseThrow().getRegistrationStart()).isEqualTo(NOW.plusDays(1).toInstant());

        recruitment.updateRules(hr, c.getId(), rules, NOW.plusDays(3).toInstant(), NOW.plusDays(13).toInstant());
        Campaign moved = campaigns.findById(c.getId()).orElseThrow();
        assertThat(moved.getRegistrationStart()).isEqualTo(NOW.plusDays(3).toInstant());
        assertThat(moved.getRegistrationEnd()).isEqualTo(NOW.plusDays(13).toInstant());

        fixtures.importPosts(c, List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "社区治理专干", "1", "大专及以上", "不限", "35", "", "否", "")));
        fixtures.filePlan(c);
        assertThatThrownBy(() -> recruitment.updateRules(hr, c.getId(), rules, NOW.plusDays(4).toInstant(),
                NOW.plusDays(14).toInstant())).hasMessage("recruitment.error.rulesFixed");
        fixtures.approvePlan(c);
        var timer = management.createJobQuery().processInstanceId(c.getProcessInstanceId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(NOW.plusDays(3).toInstant()));
    }
}
