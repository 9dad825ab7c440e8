package cn.jiceng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.notification.service.EscalationService;
import cn.jiceng.review.process.SampleReviewProcess;
import cn.jiceng.review.service.Notification;
import cn.jiceng.review.service.NotificationService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.service.TrailService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A review step past its due date: its timer escalates it once, to the level above. */
@JicengSpringBootTest
class EscalationTest {

    @Autowired
    ReviewTaskService reviews;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;
    @Autowired
    TrailService trail;
    @Autowired
    EscalationService escalation;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<Notification> of(String user, String kind, String taskId) {
        return notifications.latest(user, 200).stream()
                .filter(n -> n.kind().equals(kind) && taskId.equals(n.taskId())).toList();
    }

    @Test
    void overdueStreetReviewIsEscalatedOnceToTheCountyWithTrailAndFlag() {
        OffsetDateTime now = OffsetDateTime.now();
        String instance = reviews.startSampleReview("220103001", "超期测试：团山街道", "ESC-1", now.plusHours(2));
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers()
                .activityId(SampleReviewProcess.TASK_REVIEW).singleResult();
        assertThat(timer.getDuedate()).as("the escalation timer is the due date")
                .isEqualTo(tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate());
        assertThat(management.createJobQuery().timers().processInstanceId(instance).executable().count())
                .as("not due yet").isZero();

        ClockUtil.setCurrentTime(Date.from(now.plusHours(3).toInstant()));
        assertThat(management.createJobQuery().timers().processInstanceId(instance).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());

        // the county above the street (宽城区): its reviewers, not the street's own nor another county's
        assertThat(of("kc.reviewer", Notification.ESCALATION, taskId)).hasSize(1)
                .allSatisfy(n -> assertThat(n.message()).contains("超期测试：团山街道").contains("团山街道"));
        assertThat(of("ts.reviewer", Notification.ESCALATION, taskId)).isEmpty();
        assertThat(of("ng.reviewer", Notification.ESCALATION, taskId)).isEmpty();
        assertThat(jdbc.queryForObject("select escalated from wb_task where task_id = :id", Map.of("id", taskId),
                Boolean.class)).isTrue();
        assertThat(trail.ofCase(instance)).filteredOn(e -> TrailEntry.ESCALATE.equals(e.kind()))
                .singleElement().satisfies(e -> {
                    assertThat(e.taskId()).isEqualTo(taskId);
                    assertThat(e.actorUnitCode()).isEqualTo("220103001");
                    assertThat(e.target()).isEqualTo("宽城区");
                });
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task stays with the street").isEqualTo(1);

        // the date timer is gone; a second run (a retry, another node) changes nothing
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(escalation.escalate(taskId)).isEmpty();
        assertThat(of("kc.reviewer", Notification.ESCALATION, taskId)).hasSize(1);
        assertThat(trail.ofCase(instance)).filteredOn(e -> TrailEntry.ESCALATE.equals(e.kind())).hasSize(1);
    }

    @Test
    void aCountyReviewGoesUpToTheCityReviewersAndLeaders() {
        OffsetDateTime now = OffsetDateTime.now();
        String instance = reviews.startSampleReview("220103", "超期测试：宽城区", "ESC-2", now.plusHours(1));
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        ClockUtil.setCurrentTime(Date.from(now.plusHours(2).toInstant()));
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        assertThat(of("cc.reviewer", Notification.ESCALATION, taskId)).hasSize(1);
        assertThat(of("cc.leader", Notification.ESCALATION, taskId)).hasSize(1);
        assertThat(of("cc.hr", Notification.ESCALATION, taskId)).isEmpty();
        assertThat(of("kc.reviewer", Notification.ESCALATION, taskId)).isEmpty();
    }

    @Test
    void aFinishedTaskIsNotEscalated() {
        String instance = reviews.startSampleReview("220103001", "已办结", "ESC-3", OffsetDateTime.now().plusDays(1));
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        tasks.complete(taskId, Map.of(SampleReviewProcess.VAR_APPROVED, true));
        assertThat(management.createJobQuery().processInstanceId(instance).count()).as("the timer ends with the task").isZero();
        assertThat(escalation.escalate(taskId)).isEmpty();
    }

    @Test
    void newTasksAreAnnouncedToTheUnitsReviewersAtMostOncePerStepAndHourWhileUnread() {
        notifications.markAllRead("ts.reviewer");
        String first = taskOf(reviews.startSampleReview("220103001", "新任务一", "NEW-1", OffsetDateTime.now().plusDays(3)));
        assertThat(of("ts.reviewer", Notification.NEW_TASK, first)).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("新任务一"));
        assertThat(of("csh.reviewer", Notification.NEW_TASK, first)).as("the community below is not the street").isEmpty();
        assertThat(of("kc.reviewer", Notification.NEW_TASK, first)).isEmpty();

        String second = taskOf(reviews.startSampleReview("220103001", "新任务二", "NEW-2", OffsetDateTime.now().plusDays(3)));
        assertThat(of("ts.reviewer", Notification.NEW_TASK, second)).as("same step within the hour, first still unread")
                .isEmpty();

        notifications.markAllRead("ts.reviewer");
        String third = taskOf(reviews.startSampleReview("220103001", "新任务三", "NEW-3", OffsetDateTime.now().plusDays(3)));
        assertThat(of("ts.reviewer", Notification.NEW_TASK, third)).hasSize(1);
    }

    private String taskOf(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }
}
