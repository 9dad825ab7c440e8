package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static cn.jiceng.recruitment.RecruitmentFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.audit.domain.PersonalDataAccess;
import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.privacy.crypto.PersonalDataCipher;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.service.ObjectionCase;
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
import cn.jiceng.recruitment.service.ApplicationCase;
import cn.jiceng.recruitment.service.ExamService;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.recruitment.service.SelectionService;
import cn.jiceng.recruitment.service.SelectionService.Result;
import cn.jiceng.recruitment.service.SelectionService.Verdict;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.LogCapture;
import cn.jiceng.testsupport.PlaintextScan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data under PIPL, end to end: an applicant with a known ID number and phone registers,
 * applies, is reviewed (the reviewer opens the full ID number on a stated purpose), takes the exams,
 * passes the physical exam and the inspection, is on the publicity notice, against which an objector
 * with a known phone objects (the owning unit opens the phone on a purpose), and is hired; the
 * campaign closes, its Excel exports are made. Then every table of the database (the application's
 * and Camunda's ACT_*, every character and binary column) and everything the application logged
 * during the cycle is searched for the plaintext ID number and phones: none is found. On H2, and on
 * MariaDB in the MariaDB pass.
 */
@JicengSpringBootTest
class PersonalDataScanTest {

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
    ExportService exports;
    @Autowired
    PersonalDataAudit audit;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.flywaydb.core.Flyway flyway;

    RecruitmentFixtures fixtures;

    /** The applicant's ID number (with an X check character) and phones no other test uses. */
    static final String ID_NUMBER = findIdWithX();
    static final String PHONE = "13587654321";
    static final String OBJECTOR_PHONE = "15912348765";

    /** An ID number with check character X, so that the scan covers the letter too. */
    private static String findIdWithX() {
        for (int seq = 900; seq < 1000; seq++) {
            String id = idNumber("22010319950315" + seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException("no ID number with X");
    }

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

    private byte[] scores(long applicationId, String score) throws IOException {
        Application a = applications.findById(applicationId).orElseThrow();
        return xlsx(List.of(List.of("准考证号", "姓名", "成绩"), List.of(a.getAdmissionNo(), "", score)));
    }

    @Test
    void afterADemoRecruitmentCycleNoTableAndNoLogLineHoldsThePlaintextIdNumberOrPhone() throws Exception {
        List<String> needles = List.of(ID_NUMBER, ID_NUMBER.toLowerCase(), PHONE, OBJECTOR_PHONE);
        try (LogCapture log = LogCapture.open()) {
            LoggerFactory.getLogger(PersonalDataScanTest.class).info("personal-data scan: log capture on");
            cycle();
            assertThat(log.lines()).as("the capture works").anyMatch(l -> l.contains("personal-data scan: log capture on"));
            List<String> leaking = log.lines().stream().filter(l -> needles.stream().anyMatch(l::contains)).toList();
            assertThat(leaking).as("log lines with a plaintext ID number or phone").isEmpty();
        }
        try (Connection c = dataSource.getConnection()) {
            PlaintextScan.Result scan = PlaintextScan.scan(c, needles);
            assertThat(scan.findings()).as("plaintext personal data in the tables").isEmpty();
            // the scan saw the engine's tables and ours, with values in them
            assertThat(scan.tables()).isGreaterThan(50);
            assertThat(scan.values()).isGreaterThan(1000);
        }
        // the control: the scan does find what is there, e.g. the applicant's login
        try (Connection c = dataSource.getConnection()) {
            assertThat(PlaintextScan.scan(c, List.of("pii.scan.applicant")).findings()).isNotEmpty();
        }
        // stored under the current key, with the hash of the ID number
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Object> row = jdbc.queryForMap("select id_number_enc, id_number_hash, phone_enc from rec_applicant "
                + "where username = 'pii.scan.applicant'");
        assertThat((String) row.get("id_number_enc")).startsWith(cipher.currentKeyId() + ":");
        assertThat(row.get("id_number_hash")).isEqualTo(cipher.hash(ID_NUMBER));
        assertThat(cipher.decrypt((String) row.get("phone_enc"))).isEqualTo(PHONE);
        // the Java migration is part of the application's Flyway run
        assertThat(List.of(flyway.info().applied())).filteredOn(m -> "14.1".equals(m.getVersion().getVersion()))
                .singleElement().satisfies(m -> assertThat(m.getState().isApplied()).isTrue());
    }

    private void cycle() throws IOException {
        at(NOW);
        AppUser hr = fixtures.user("cc.hr");
        AppUser county = fixtures.user("kc.reviewer");
        Campaign c = fixtures.createCampaign("CC-PII1", "长春市个人信息扫描批次", 91, NOW.minusDays(1).toInstant(),
                NOW.plusDays(10).toInstant());
        Post post = fixtures.importPosts(c, List.of(List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "社区治理专干", "1",
                "大专及以上", "不限", "35", "", "否", ""))).get(0);
        fixtures.filePlan(c);
        fixtures.approvePlan(c);
        String instance = c.getProcessInstanceId();
        runTimer(instance);

        // registration: the login may not be the ID number; the ID number is unique through its hash
        assertThatThrownBy(() -> recruitment.registerApplicant(new NewApplicant(ID_NUMBER, "Applicant#2026", "林晓燕",
                ID_NUMBER, PHONE, "本科", "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103")))
                .hasMessage("privacy.error.loginIsPersonalData");
        recruitment.registerApplicant(new NewApplicant("pii.scan.applicant", "Applicant#2026", "林晓燕", ID_NUMBER, PHONE,
                "本科", "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103"));
        assertThatThrownBy(() -> recruitment.registerApplicant(new NewApplicant("pii.scan.twice", "Applicant#2026", "林晓燕",
                ID_NUMBER.toLowerCase(), PHONE, "本科", "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103")))
                .hasMessage("recruitment.error.idRegistered");
        assertThat(recruitment.applicantByIdNumber(" " + ID_NUMBER.toLowerCase())).get()
                .extracting(a -> a.getUsername()).isEqualTo("pii.scan.applicant");

        long application = recruitment.apply("pii.scan.applicant", post.getId()).getId();
        assertThat(recruitment.myApplications("pii.scan.applicant").get(0).maskedIdNumber())
                .isEqualTo(ID_NUMBER.substring(0, 6) + "********" + ID_NUMBER.substring(14));

        // qualification review: masked, opened on a purpose (audited with the reviewer's unit), approved
        TaskSummary review = fixtures.taskOf("kc.reviewer", application);
        ApplicationCase seen = recruitment.applicationForTask(county, review.id());
        assertThat(seen.maskedPhone()).isEqualTo("135****4321");
        assertThat(seen.maskedIdNumber()).doesNotContain(ID_NUMBER.substring(6, 14));
        assertThatThrownBy(() -> recruitment.revealIdNumber(county, review.id(), "  "))
                .hasMessage("privacy.error.purposeRequired");
        assertThat(recruitment.revealIdNumber(county, review.id(), "核对报名人员身份（资格审查）")).isEqualTo(ID_NUMBER);
        long applicantId = applications.findWithDetailsById(application).orElseThrow().getApplicant().getId();
        PersonalDataAccess access = audit.accessesTo("applicant:" + applicantId).get(0);
        assertThat(List.of(access.getUsername(), access.getUnitCode(), access.getField(), access.getPurpose()))
                .containsExactly("kc.reviewer", "220103", "idNumber", "核对报名人员身份（资格审查）");
        recruitment.review(county, review.id(), RecruitmentProcess.DECISION_APPROVE, "");
        recruitment.review(fixtures.user("cc.reviewer"), fixtures.taskOf("cc.reviewer", application).id(),
                RecruitmentProcess.DECISION_APPROVE, "");
        assertThat(recruitment.status(application)).isEqualTo(ApplicationStatus.QUALIFIED);

        // registration closes; the post is kept; exams
        at(NOW.plusDays(11));
        runTimer(instance);
        recruitment.decideRatios(hr, fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_RATIO_DECISION, c), List.of());
        assertThat(selection.admitToExam(hr, fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_PREPARE_EXAM, c))).isEqualTo(1);
        String written = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_WRITTEN_SCORES, c);
        selection.importScores(hr, written, scores(application, "82"));
        selection.confirmScores(hr, written);
        String interview = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_INTERVIEW_SCORES, c);
        selection.importScores(hr, interview, scores(application, "78"));
        selection.confirmScores(hr, interview);
        selection.recordVerdicts(hr, fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_PHYSICAL_EXAM, c),
                List.of(new Verdict(application, Result.PASS, null)));
        selection.recordVerdicts(hr, fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_INSPECTION, c),
                List.of(new Verdict(application, Result.PASS, null)));

        // publicity: an objection under real name; the owning unit opens the phone on a purpose and answers
        PublicNotice notice = publicity.publicNotices().stream()
                .filter(n -> n.title().startsWith(c.getName()) && n.acceptingObjections()).findFirst()
                .map(n -> publicity.publicNotice(n.noticeNo()).orElseThrow()).orElseThrow();
        assertThat(notice.entries().toString()).doesNotContain(ID_NUMBER).doesNotContain(PHONE);
        String receipt = publicity.fileObjection(new ObjectionForm(notice.noticeNo(), notice.entries().get(0).id(), "王晓明",
                OBJECTOR_PHONE, "反映该考生工作经历需核实。"), "198.51.100.9");
        assertThat(publicity.receipt(receipt).orElseThrow().maskedObjectorName()).isEqualTo("王*明");
        TaskSummary objection = tasks.openTasks(fixtures.user("cc.reviewer")).stream()
                .filter(t -> PublicityProcess.FORM_HANDLE_OBJECTION.equals(t.formKey()) && t.title().equals(notice.title()))
                .findFirst().orElseThrow();
        ObjectionCase oc = publicity.objectionForTask(fixtures.user("cc.reviewer"), objection.id());
        assertThat(oc.maskedPhone()).isEqualTo("159****8765");
        assertThatThrownBy(() -> publicity.revealPhone(fixtures.user("cc.reviewer"), objection.id(), null))
                .hasMessage("privacy.error.purposeRequired");
        assertThat(publicity.revealPhone(fixtures.user("cc.reviewer"), objection.id(), "核查异议")).isEqualTo(OBJECTOR_PHONE);
        assertThat(audit.accessesTo("objection:" + oc.objectionId())).singleElement()
                .extracting(PersonalDataAccess::getUnitCode, PersonalDataAccess::getPurpose)
                .containsExactly("220100", "核查异议");
        publicity.answerObjection(fixtures.user("cc.reviewer"), objection.id(), PublicityOutcome.NO_IMPACT,
                "经核实，工作经历属实。");
        at(NOW.plusDays(40));
        runTimer(runtime.createProcessInstanceQuery().superProcessInstanceId(instance).singleResult().getId());
        assertThat(applications.findById(application).orElseThrow().getStage()).isEqualTo(SelectionStatus.HIRED);

        // exports and lists carry no ID number or phone
        List<byte[]> workbooks = List.of(exports.results(hr, c.getId()), exports.postCounts(hr, c.getId()),
                exports.scoreTemplate(hr, c.getId(), ExamService.Kind.WRITTEN));
        for (byte[] workbook : workbooks) {
            String text = text(workbook);
            assertThat(text).contains("P01").doesNotContain(ID_NUMBER).doesNotContain(PHONE).doesNotContain(OBJECTOR_PHONE);
        }
        assertThat(selection.report(c.getId()).toString()).doesNotContain(ID_NUMBER).doesNotContain(PHONE);

        String close = fixtures.campaignTask("cc.hr", RecruitmentProcess.FORM_CLOSE, c);
        selection.closeCampaign(hr, close, false);
        assertThat(campaigns.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.CLOSED);
    }

    private static String text(byte[] workbook) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(cell.toString()).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
