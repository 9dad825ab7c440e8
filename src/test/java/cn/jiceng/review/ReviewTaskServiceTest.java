package cn.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.review.process.SampleReviewProcess;
import cn.jiceng.review.service.QueuedTask;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@JicengSpringBootTest
class ReviewTaskServiceTest {

    @Autowired
    ReviewTaskService reviews;
    @Autowired
    UserService users;
    @Autowired
    HistoryService history;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    @Test
    void eachReviewerSeesOnlyTheCasesOfTheirOwnRegion() {
        reviews.startSampleReview("220103", "宽城区区域测试", "T-REGION-KC", OffsetDateTime.now().plusDays(3));
        reviews.startSampleReview("220102", "南关区区域测试", "T-REGION-NG", OffsetDateTime.now().plusDays(3));
        // tasks of other processes carry their unit elsewhere (null here): the region check is the unit's
        assertThat(reviews.openTasks(user("kc.reviewer"))).extracting(TaskSummary::unitCode).filteredOn(java.util.Objects::nonNull)
                .contains("220103").allMatch(code -> code.startsWith("220103"));
        assertThat(reviews.openTasks(user("ng.reviewer"))).extracting(TaskSummary::unitCode).filteredOn(java.util.Objects::nonNull)
                .contains("220102").allMatch(code -> code.startsWith("220102"));
        assertThat(reviews.openTasks(user("applicant"))).isEmpty();
    }

    @Test
    void reviewerCannotDecideATaskOfAnotherRegionEvenKnowingItsId() {
        String instance = reviews.startSampleReview("220103", "宽城区测试案件", "T-CROSS", OffsetDateTime.now().plusDays(3));
        TaskSummary task = reviews.openTasks(user("kc.reviewer")).stream()
                .filter(t -> t.title().equals("宽城区测试案件")).findFirst().orElseThrow();
        assertThatThrownBy(() -> reviews.decide(user("ng.reviewer"), task.id(), true, "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.openTasks(user("kc.reviewer"))).extracting(TaskSummary::id).contains(task.id());

        reviews.decide(user("kc.reviewer"), task.id(), true, "同意");
        assertThat(reviews.openTasks(user("kc.reviewer"))).extracting(TaskSummary::id).doesNotContain(task.id());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("reviewer")
                .singleResult()).extracting(HistoricVariableInstance::getValue).isEqualTo("kc.reviewer");
    }

    @Test
    void theQueueCheckReadsTheAskedProcessVariablesAndRefusesAReviewerOfAnotherRegion() {
        reviews.startSampleReview("220103", "宽城区变量测试", "T-VARS", OffsetDateTime.now().plusDays(3));
        TaskSummary task = reviews.openTasks(user("kc.reviewer")).stream()
                .filter(t -> t.title().equals("宽城区变量测试")).findFirst().orElseThrow();
        assertThat(task.unitName()).isEqualTo("宽城区");

        QueuedTask queued = reviews.checkQueue(user("kc.reviewer"), task.id(), SampleReviewProcess.VAR_TITLE, "noSuchVariable");
        assertThat(queued.task().getId()).isEqualTo(task.id());
        assertThat(queued.variable(SampleReviewProcess.VAR_TITLE)).isEqualTo("宽城区变量测试");
        assertThat(queued.variable(SampleReviewProcess.VAR_UNIT_CODE)).isEqualTo("220103");
        assertThat(queued.variable("noSuchVariable")).isNull();
        assertThatThrownBy(() -> reviews.checkQueue(user("ng.reviewer"), task.id(), SampleReviewProcess.VAR_TITLE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.checkQueue(user("applicant"), task.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void returningACaseRequiresAnOpinionAndChangesNothingWithoutOne() {
        reviews.startSampleReview("220102", "南关区退回测试", "T-RETURN", OffsetDateTime.now().plusDays(3));
        TaskSummary task = reviews.openTasks(user("ng.reviewer")).stream()
                .filter(t -> t.title().equals("南关区退回测试")).findFirst().orElseThrow();
        assertThatThrownBy(() -> reviews.decide(user("ng.reviewer"), task.id(), false, "  "))
                .hasMessage("review.error.opinionRequired");
        assertThatThrownBy(() -> reviews.decide(user("ng.reviewer"), task.id(), false, "x".repeat(1001)))
                .hasMessage("review.error.opinionTooLong");
        assertThat(reviews.openTasks(user("ng.reviewer"))).extracting(TaskSummary::id).contains(task.id());
        reviews.decide(user("ng.reviewer"), task.id(), false, "材料不全，请补充");
        assertThat(reviews.openTasks(user("ng.reviewer"))).extracting(TaskSummary::id).doesNotContain(task.id());
    }
}
