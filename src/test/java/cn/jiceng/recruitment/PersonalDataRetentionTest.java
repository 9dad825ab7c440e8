package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.process.PublishNoticeDelegate;
import cn.jiceng.publicity.domain.Objection;
import cn.jiceng.publicity.domain.ObjectionRepository;
import cn.jiceng.publicity.service.ObjectionForm;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.recruitment.domain.Applicant;
import cn.jiceng.recruitment.domain.ApplicantRepository;
import cn.jiceng.recruitment.domain.ApplicationDocumentRepository;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.DocumentKind;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention rule on the engine clock: the nightly timer of the process personalDataRetention
 * (a Camunda timer start event, not a scheduler) anonymises the applicants whose campaigns closed
 * more than jiceng.retention.applicant-days (3 years) ago and the objectors of notices ended that
 * long ago; an applicant who also applied to a running campaign, and recent ones, are left alone.
 * The "old" campaign and notice are made old by moving their dates back in the tables.
 */
@JicengSpringBootTest
class PersonalDataRetentionTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ApplicationDocumentService documents;
    @Autowired
    ApplicationDocumentRepository documentRows;
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
    HistoryService history;
    @Autowired
    ApplicantRepository applicants;
    @Autowired
    ObjectionRepository objections;
    @Autowired
    DataSource dataSource;

    RecruitmentFixtures fixtures;

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

    private Post openCampaign(String code, int batch) throws IOException {
        Campaign c = fixtures.createCampaign(code, "长春市保存期限测试" + code, batch, NOW.minusDays(1).toInstant(),
                NOW.plusDays(10).toInstant());
        Post post = fixtures.importPosts(c, List.of(List.of("长山花园社区", "220103001001", "社区治理专干", "P01", "社区治理专干", "1",
                "大专及以上", "不限", "35", "", "否", ""))).get(0);
        fixtures.filePlan(c);
        fixtures.approvePlan(c);
        management.executeJob(management.createJobQuery().processInstanceId(c.getProcessInstanceId()).timers().singleResult()
                .getId());
        return post;
    }

    private void register(String username, String first17, String phone) {
        recruitment.registerApplicant(new NewApplicant(username, "Applicant#2026", "保存期限", idNumber(first17), phone, "本科",
                "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103"));
    }

    private Applicant applicant(String username) {
        return applicants.findByUsername(username).orElseThrow();
    }

    @Test
    void theNightlyTimerAnonymisesApplicantsOfCampaignsClosedLongAgoAndObjectorsOfNoticesEndedLongAgo() throws IOException {
        at(NOW);
        Post old = openCampaign("CC-RET1", 81);
        Post running = openCampaign("CC-RET2", 82);
        register("ret.old", "22010319940101771", "13500007711");
        register("ret.both", "22010319940101772", "13500007712");
        register("ret.never", "22010319940101773", "13500007713");
        register("ret.recent", "22010319940101774", "13500007714");
        long oldApplication = recruitment.apply("ret.old", old.getId()).getId();
        documents.upload("ret.old", oldApplication, DocumentKind.ID_CARD, "身份证.pdf", PDF);
        recruitment.apply("ret.both", old.getId());
        recruitment.apply("ret.both", running.getId());

        // an objection to a notice
        List<PublishRequest.Entry> entries = List.of(new PublishRequest.Entry("ret-1", "保存期限", "岗位1"));
        Map<String, Object> vars = new HashMap<>();
        vars.put(PublicityProcess.VAR_TITLE, "宽城区拟聘用人员公示 RET");
        vars.put(PublicityProcess.VAR_BODY, "根据有关规定，现将拟聘用人员予以公示。");
        vars.put(PublicityProcess.VAR_UNIT_CODE, "220103");
        vars.put(PublicityProcess.VAR_CONTACT, "0431-12345678");
        vars.put(PublicityProcess.VAR_WORKING_DAYS, 5);
        vars.put(PublicityProcess.VAR_ENTRIES, PublishNoticeDelegate.toJson(entries));
        String publicityInstance = runtime.startProcessInstanceByKey(PublicityProcess.PROCESS_ID, "RET", vars).getId();
        PublicNotice notice = publicity.publicNotices().stream().filter(n -> n.title().endsWith(" RET")).findFirst()
                .map(n -> publicity.publicNotice(n.noticeNo()).orElseThrow()).orElseThrow();
        String receipt = publicity.fileObjection(new ObjectionForm(notice.noticeNo(), notice.entries().get(0).id(), "赵保存",
                "13600007715", "反映情况"), "198.51.100.21");

        // four years ago: CC-RET1 closed, ret.old / ret.both / ret.never registered, the notice ended
        Timestamp fourYearsAgo = Timestamp.from(NOW.minusYears(4).toInstant());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update rec_campaign set status = 'CLOSED', closed_at = ? where id = ?", fourYearsAgo,
                old.getCampaign().getId());
        jdbc.update("update rec_applicant set created_at = ? where username in ('ret.old', 'ret.both', 'ret.never')",
                fourYearsAgo);
        jdbc.update("update publicity_notice set ends_at = ? where notice_no = ?", fourYearsAgo, notice.noticeNo());
        runtime.deleteProcessInstance(publicityInstance, "test: the notice ended long ago");

        // the nightly timer: waiting, due at 02:30; fired on the engine clock
        Job timer = management.createJobQuery().processDefinitionKey("personalDataRetention").timers().singleResult();
        assertThat(timer).as("the retention process waits at its timer start event").isNotNull();
        Date due = timer.getDuedate();
        assertThat(ZonedDateTime.ofInstant(due.toInstant(), java.time.ZoneId.of("Asia/Shanghai")).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(2, 30));
        ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isZero();
        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());

        Applicant gone = applicant("ret.old");
        assertThat(gone.isAnonymised()).isTrue();
        assertThat(gone.getName()).isEqualTo(Applicant.ANONYMISED_NAME);
        assertThat(gone.getIdNumber()).isNull();
        assertThat(gone.getPhone()).isNull();
        assertThat(jdbc.queryForMap("select id_number_enc, id_number_hash, phone_enc from rec_applicant where username = 'ret.old'"))
                .allSatisfy((k, v) -> assertThat(v).isNull());
        assertThat(documentRows.countCurrent(oldApplication)).isZero();
        assertThat(users.findByUsername("ret.old").orElseThrow().isEnabled()).isFalse();
        assertThat(users.findByUsername("ret.old").orElseThrow().getDisplayName()).isEqualTo(Applicant.ANONYMISED_NAME);
        assertThat(applicant("ret.never").isAnonymised()).as("registered four years ago, never applied").isTrue();
        assertThat(applicant("ret.both").isAnonymised()).as("also in a running campaign").isFalse();
        assertThat(applicant("ret.both").getIdNumber()).isEqualTo(idNumber("22010319940101772"));
        assertThat(applicant("ret.recent").isAnonymised()).isFalse();
        assertThat(applicant("ret.recent").getPhone()).isEqualTo("13500007714");
        // the ID number is free again: the hash went with it
        register("ret.again", "22010319940101771", "13500007711");

        Objection objection = objections.findByReceiptNo(receipt).orElseThrow();
        assertThat(objection.getObjectorPhone()).isNull();
        assertThat(objection.getObjectorName()).isEqualTo(Objection.ANONYMISED_NAME);
        assertThat(objection.getReason()).isEqualTo("反映情况");

        // it ran as a process instance without variables, and the timer waits for the next night
        var run = history.createHistoricProcessInstanceQuery().processDefinitionKey("personalDataRetention").finished()
                .orderByProcessInstanceStartTime().desc().list().get(0);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).count()).isZero();
        Job next = management.createJobQuery().processDefinitionKey("personalDataRetention").timers().singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(due.toInstant().plus(Duration.ofDays(1)));
    }
}
