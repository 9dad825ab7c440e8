package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The leading group's step reaches its leader through the workbench: in the queue, readable, its form's data. */
@JicengSpringBootTest
class DecisionStepAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkbenchService workbench;
    @Autowired
    ProgramService programs;
    @Autowired
    UserService users;
    @Autowired
    TaskService taskService;

    @Test
    void theLeaderOpensTheDecisionFromTheWorkbench() {
        ProgramSummary p = AnnouncedPrograms.meihaoAtDecision(context, 2026);
        AppUser leader = users.findByUsername("dem.leader.220103").orElseThrow();
        String taskId = taskService.createTaskQuery().taskDefinitionKey(DemonstrationProcess.TASK_LEADING_GROUP_DECISION)
                .processVariableValueEquals(DemonstrationProcess.VAR_PROGRAM_ID, p.id()).singleResult().getId();
        WorkItem item = workbench.inQueue(leader, taskId);
        assertThat(item.formKey()).isEqualTo(DemonstrationProcess.FORM_DECISION);
        assertThat(item.caseTitle()).isEqualTo(p.name());
        assertThat(workbench.readable(leader, taskId).taskId()).isEqualTo(taskId);
        assertThat(programs.decisionView(leader, taskId).proposed()).hasSize(1);
    }
}
