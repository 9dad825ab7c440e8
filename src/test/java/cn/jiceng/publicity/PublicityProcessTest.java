package cn.jiceng.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import cn.jiceng.publicity.domain.ObjectionStatus;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.DeterminePublicityOutcomesDelegate;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.process.PublishNoticeDelegate;
import cn.jiceng.publicity.service.ObjectionForm;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The publicity sub-process end to end with the real services: the period counted in working
 * days (across the 2026 National Day holiday), objections during the period, the four outcomes,
 * answers after the period, and the investigation of a suspended entry. Time moves on the
 * engine's clock.
 */
@JicengSpringBootTest
class PublicityProcessTest {

    /** Monday 2026-09-28, 09:00 Beijing time. 5 working days: Sep 28, 29, 30, Oct 8, 9 (Oct 1-7 off). */
    private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-09-28T09:00:00+08:00[Asia/Shanghai]");

    @Autowired
    cn.jiceng.review.service.TaskFormService forms;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PublicityService publicity;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(PUBLISHED.toInstant()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reset();
    }

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private ProcessInstance startPublicity(String businessKey, String... names) {
        List<PublishRequest.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            entries.add(new PublishRequest.Entry("ref-" + (i + 1), names[i], "岗位" + (i + 1)));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(PublicityProcess.VAR_TITLE, "宽城区拟聘用人员公示 " + businessKey);
        vars.put(PublicityProcess.VAR_BODY, "根据有关规定，现将拟聘用人员予以公示。");
        vars.put(PublicityProcess.VAR_UNIT_CODE, "220103");
        vars.put(PublicityProcess.VAR_CONTACT, "0431-12345678");
        vars.put(PublicityProcess.VAR_WORKING_DAYS, 5);
        vars.put(PublicityProcess.VAR_ENTRIES, PublishNoticeDelegate.toJson(entries));
        return runtime.startProcessInstanceByKey(PublicityProcess.PROCESS_ID, businessKey, vars);
    }

    private PublicNotice notice(ProcessInstance instance) {
        String noticeNo = publicity.publicNotices().stream()
                .filter(n -> n.title().endsWith(instance.getBusinessKey())).findFirst().orElseThrow().noticeNo();
        return publicity.publicNotice(noticeNo).orElseThrow();
    }

    private String object(PublicNotice notice, int entrySeq, String reason, String client) {
        Long entryId = notice.entries().get(entrySeq - 1).id();
        return publicity.fileObjection(new ObjectionForm(notice.noticeNo(), entryId, "王晓明", "13812345678", reason), client);
    }

    private List<TaskSummary> objectionTasks(String user, PublicNotice notice) {
        return tasks.openTasks(user(user)).stream()
                .filter(t -> PublicityProcess.FORM_HANDLE_OBJECTION.equals(t.formKey()))
                .filter(t -> t.title().equals(notice.title()))
                .toList();
    }

    private void endPeriod(ProcessInstance instance) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-10-10T00:00:01+08:00[Asia/Shanghai]").toInstant()));
        execute(job(PublicityProcess.TIMER_PERIOD_END, instance));
    }

    @Test
    void noticeRunsFiveWorkingDaysAcrossNationalDayAndEndsWithoutObjections() {
        ProcessInstance instance = startPublicity("P-CLEAN", "张三", "李四");
        assertThat(instance).isWaitingAt(PublicityProcess.TIMER_PERIOD_END);
        PublicNotice notice = notice(instance);
        assertThat(notice.startDate()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(notice.endDate()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(notice.acceptingObjections()).isTrue();
        assertThat(notice.calendarWarning()).isFalse();
        assertThat(job(PublicityProcess.TIMER_PERIOD_END, instance).getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.parse("2026-10-09T23:59:59+08:00").toInstant()));

        endPeriod(instance);

        assertThat(instance).isEnded().hasPassed(PublicityProcess.TASK_CLOSE_PERIOD, PublicityProcess.TASK_DETERMINE_OUTCOMES)
                .hasNotPassed(PublicityProcess.EVENT_OBJECTIONS_SETTLED);
        Map<String, Object> vars = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue() == null ? "" : v.getValue(),
                        (a, b) -> a));
        assertThat(DeterminePublicityOutcomesDelegate.outcomes((String) vars.get(PublicityProcess.VAR_OUTCOMES)))
                .containsExactly(Map.entry("ref-1", "NO_OBJECTION"), Map.entry("ref-2", "NO_OBJECTION"));
        assertThat(vars.get(PublicityProcess.VAR_ANY_CANCELLED)).isEqualTo(false);
        assertThat(publicity.publicNotice(notice.noticeNo()).orElseThrow().entries())
                .extracting(PublicNotice.Entry::outcome).containsOnly(PublicityOutcome.NO_OBJECTION);
    }

    @Test
    void severalObjectionsLeadToEachOfTheFourOutcomesAndASuspendedEntryIsInvestigated() {
        ProcessInstance instance = startPublicity("P-FOUR", "赵一", "钱二", "孙三", "李四");
        PublicNotice notice = notice(instance);
        AppUser reviewer = user("kc.reviewer");

        String onSecond = object(notice, 2, "反映其工作经历表述不准确。", "10.0.0.1");
        object(notice, 3, "反映其学历证书存疑。", "10.0.0.2");
        object(notice, 3, "反映其并非本地户籍。", "10.0.0.3");
        object(notice, 4, "反映其存在违纪情况，需进一步核实。", "10.0.0.4");
        List<TaskSummary> queue = objectionTasks("kc.reviewer", notice);
        assertThat(queue).hasSize(4).allSatisfy(t -> assertThat(t.due()).isNotNull());
        assertThat(objectionTasks("ng.reviewer", notice)).as("the neighbouring county sees none").isEmpty();

        // the first answer comes while the period still runs
        TaskSummary second = queue.stream()
                .filter(t -> publicity.objectionForTask(reviewer, t.id()).receiptNo().equals(onSecond)).findFirst().orElseThrow();
        // through the step's Camunda Form: its text shows the objection and the entry it concerns
        var form = forms.open(reviewer, second.id(), java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(form.form().id()).isEqualTo(PublicityProcess.FORM_HANDLE_OBJECTION);
        assertThat(cn.jiceng.review.service.FormTemplate.render(form.form().components().get(0).text(), form.variables()))
                .contains(notice.title()).contains(notice.entries().get(1).name()).contains("反映其工作经历表述不准确。")
                .contains("王晓明");
        assertThat(form.variables()).containsEntry("maskedPhone", "138****5678");
        assertThatThrownBy(() -> forms.submit(reviewer, second.id(), Map.of("outcome", "NO_IMPACT")))
                .hasFieldOrPropertyWithValue("messageKey", "workbench.form.required");
        assertThatThrownBy(() -> forms.submit(user("ng.reviewer"), second.id(), Map.of("outcome", "NO_IMPACT", "reply", "越权")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        forms.submit(reviewer, second.id(), Map.of("outcome", "NO_IMPACT", "reply", "经核实，工作经历属实，不影响聘用。"));
        assertThat(publicity.receipt(onSecond).orElseThrow().reply()).contains("不影响聘用");

        endPeriod(instance);
        assertThat(instance).isWaitingAt(PublicityProcess.EVENT_OBJECTIONS_SETTLED);
        assertThatThrownBy(() -> object(notice, 1, "期满后的异议", "10.0.0.9"))
                .hasMessage("publicity.error.periodEnded");

        for (TaskSummary t : objectionTasks("kc.reviewer", notice)) {
            String reason = publicity.objectionForTask(reviewer, t.id()).reason();
            if (reason.contains("学历")) {
                publicity.answerObjection(reviewer, t.id(), PublicityOutcome.CANCELLED, "经核实学历证书不实，取消聘用资格。");
            } else if (reason.contains("户籍")) {
                publicity.answerObjection(reviewer, t.id(), PublicityOutcome.NO_IMPACT, "该岗位不限户籍。");
            } else {
                publicity.answerObjection(reviewer, t.id(), PublicityOutcome.SUSPENDED, "正在调查，暂缓聘用。");
            }
        }

        assertThat(instance).isEnded().hasPassed(PublicityProcess.EVENT_OBJECTIONS_SETTLED, PublicityProcess.TASK_DETERMINE_OUTCOMES);
        assertThat(publicity.publicNotice(notice.noticeNo()).orElseThrow().entries()).extracting(PublicNotice.Entry::outcome)
                .containsExactly(PublicityOutcome.NO_OBJECTION, PublicityOutcome.NO_IMPACT, PublicityOutcome.CANCELLED,
                        PublicityOutcome.SUSPENDED);

        // the suspended entry's investigation is a task of the same unit; its end is final
        TaskSummary investigation = tasks.openTasks(reviewer).stream()
                .filter(t -> PublicityProcess.FORM_CONCLUDE_INVESTIGATION.equals(t.formKey())).findFirst().orElseThrow();
        assertThat(publicity.objectionForTask(reviewer, investigation.id()).status()).isEqualTo(ObjectionStatus.INVESTIGATING);
        assertThatThrownBy(() -> publicity.concludeInvestigation(reviewer, investigation.id(), PublicityOutcome.SUSPENDED, "仍在调查"))
                .hasMessage("publicity.error.finalOutcomeRequired");
        publicity.concludeInvestigation(reviewer, investigation.id(), PublicityOutcome.NO_IMPACT, "经调查，反映问题不属实。");
        assertThat(publicity.publicNotice(notice.noticeNo()).orElseThrow().entries().get(3).outcome())
                .isEqualTo(PublicityOutcome.NO_IMPACT);
    }

    @Test
    void badObjectionsGetAClearMessageAndStoreNothing() {
        ProcessInstance instance = startPublicity("P-BAD", "周五");
        PublicNotice notice = notice(instance);
        Long entry = notice.entries().get(0).id();
        String client = "10.1.1.1";
        Map<ObjectionForm, String> bad = new java.util.LinkedHashMap<>();
        bad.put(new ObjectionForm(notice.noticeNo(), entry, "王晓明", "13812345678", "   "), "publicity.error.reasonRequired");
        bad.put(new ObjectionForm(notice.noticeNo(), entry, "王晓明", "13812345678", "长".repeat(10_000)), "publicity.error.tooLong");
        bad.put(new ObjectionForm(notice.noticeNo(), entry, "<script>alert(1)</script>", "13812345678", "理由"), "publicity.error.markup");
        bad.put(new ObjectionForm(notice.noticeNo(), entry, "王晓明", "13812345678", "<img src=x onerror=alert(1)>"), "publicity.error.markup");
        bad.put(new ObjectionForm(notice.noticeNo(), entry, "王晓明", "12345", "理由"), "publicity.error.phone");
        bad.put(new ObjectionForm(notice.noticeNo(), null, "王晓明", "13812345678", "理由"), "publicity.error.entryRequired");
        bad.put(new ObjectionForm("GS-NONE", entry, "王晓明", "13812345678", "理由"), "publicity.error.noNotice");
        bad.forEach((form, key) -> assertThatThrownBy(() -> publicity.fileObjection(form, client)).hasMessage(key));
        assertThat(objectionTasks("kc.reviewer", notice)).isEmpty();

        // three objections per notice and day from one client, then a clear refusal
        for (int i = 0; i < 3; i++) {
            object(notice, 1, "第" + (i + 1) + "条反映", "10.2.2.2");
        }
        assertThatThrownBy(() -> object(notice, 1, "第4条反映", "10.2.2.2")).hasMessage("publicity.error.rateLimited");
        assertThat(objectionTasks("kc.reviewer", notice)).hasSize(3);
    }

    @Test
    void reviewerOfAnotherRegionCannotAnswerAnObjectionEvenWithItsTaskId() {
        ProcessInstance instance = startPublicity("P-SCOPE", "吴六");
        PublicNotice notice = notice(instance);
        object(notice, 1, "反映情况", "10.3.3.3");
        TaskSummary task = objectionTasks("kc.reviewer", notice).get(0);
        assertThatThrownBy(() -> publicity.answerObjection(user("ng.reviewer"), task.id(), PublicityOutcome.NO_IMPACT, "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publicity.revealPhone(user("ng.reviewer"), task.id(), "核查异议")).isInstanceOf(AccessDeniedException.class);
        assertThat(publicity.objectionForTask(user("kc.reviewer"), task.id()).maskedPhone()).isEqualTo("138****5678");
        assertThat(publicity.revealPhone(user("kc.reviewer"), task.id(), "核查异议")).isEqualTo("13812345678");
    }
}
