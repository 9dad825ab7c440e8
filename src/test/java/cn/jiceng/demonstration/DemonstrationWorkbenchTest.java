package cn.jiceng.demonstration;

import static cn.jiceng.demonstration.DemonstrationFixtures.NOW;
import static cn.jiceng.demonstration.DemonstrationFixtures.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.EvidenceKind;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.EvidenceInfo;
import cn.jiceng.demonstration.service.EvidenceService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.review.service.BulkResult;
import cn.jiceng.review.service.TaskFormService;
import cn.jiceng.review.service.TaskOperation;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demonstration steps in the workbench: the office's review of the counties' lists decided in
 * bulk and through its Camunda Form, the step's list fields and operations; evidence files checked by
 * type and size, readable within the region and audited.
 */
@JicengSpringBootTest
class DemonstrationWorkbenchTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    DefinitionService definitions;
    @Autowired
    ProgramService programs;
    @Autowired
    CandidateService candidates;
    @Autowired
    ScoringService scoring;
    @Autowired
    EvidenceService evidence;
    @Autowired
    WorkbenchService workbench;
    @Autowired
    TaskFormService forms;
    @Autowired
    PersonalDataAudit audit;
    @Autowired
    UserService users;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    DemonstrationFixtures f;

    @BeforeEach
    void fixtures() {
        f = new DemonstrationFixtures(definitions, programs, candidates, scoring, users, taskService, runtime, management);
        clock(NOW);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOfficeDecidesTheCountiesListsInBulkOrByItsFormAndEvidenceIsCheckedAndAudited() {
        ProgramSummary p = f.start("weihai-jingzhi-xingfu", "220100", 2028);
        String pi = f.instanceOf(p.id());
        programs.nominate(f.user("kc.reviewer"), p.id(), "220103001001", "TITLE", List.of());
        programs.nominate(f.user("ng.reviewer"), p.id(), "220102001001", "TITLE", List.of());
        for (Task t : f.tasks(pi, DemonstrationProcess.TASK_NOMINATE)) {
            programs.submitNominations(f.reviewerAt((String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_COUNTY_CODE)),
                    t.getId());
        }
        Task kc = f.countyTask(pi, DemonstrationProcess.TASK_OFFICE_REVIEW, "220103");
        var item = workbench.inQueue(f.user("cc.reviewer"), kc.getId());
        assertThat(item.subject()).isEqualTo("宽城区");
        assertThat(item.detail()).isEqualTo(p.name());
        assertThat(workbench.operations(item)).doesNotContain(TaskOperation.WITHDRAW).contains(TaskOperation.CLAIM);
        // 宽城区's list through the Camunda Form: a return needs an opinion, then approval
        assertThatThrownBy(() -> forms.submit(f.user("cc.reviewer"), kc.getId(), Map.of("approved", "false")))
                .isInstanceOf(InputRejectedException.class);
        forms.submit(f.user("cc.reviewer"), kc.getId(), Map.of("approved", "true", "opinion", "同意"));
        // the other counties' lists in bulk
        List<String> rest = f.tasks(pi, DemonstrationProcess.TASK_OFFICE_REVIEW).stream().map(Task::getId).toList();
        assertThat(rest).hasSize(2);
        List<BulkResult> results = workbench.decideBulk(f.user("cc.reviewer"), rest, true, "同意");
        assertThat(results).allMatch(BulkResult::done);
        assertThat(programs.nominations(f.user("cc.reviewer"), p.id())).extracting(Nomination::status)
                .containsOnly(CandidateStatus.CREATING);

        // evidence of the unit: PDF or JPEG by content, its own reviewer uploads, the region reads, every opening audited
        Nomination n = programs.nominations(f.user("kc.reviewer"), p.id(), "220103").get(0);
        assertThatThrownBy(() -> evidence.upload(f.user("csh.reviewer"), n.candidateId(), EvidenceKind.SELF_ASSESSMENT, "A1",
                "照片.png", PNG)).isInstanceOf(InputRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "demonstration.evidence.error.type");
        assertThatThrownBy(() -> evidence.upload(f.user("csh.reviewer"), n.candidateId(), EvidenceKind.SELF_ASSESSMENT, "A1",
                "大文件.pdf", new byte[(int) evidence.maxBytes() + 1])).isInstanceOf(InputRejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "demonstration.evidence.error.tooLarge");
        assertThatThrownBy(() -> evidence.upload(f.user("ts.reviewer"), n.candidateId(), EvidenceKind.SELF_ASSESSMENT, null,
                "台账.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
        EvidenceInfo file = evidence.upload(f.user("csh.reviewer"), n.candidateId(), EvidenceKind.SELF_ASSESSMENT, "A1",
                "../党建台账", PDF);
        assertThat(file.fileName()).isEqualTo("党建台账.pdf");
        assertThat(evidence.list(f.user("kc.reviewer"), n.candidateId())).extracting(EvidenceInfo::id).containsExactly(file.id());
        assertThatThrownBy(() -> evidence.list(f.user("ng.reviewer"), n.candidateId())).isInstanceOf(AccessDeniedException.class);
        assertThat(evidence.open(f.user("kc.reviewer"), file.id()).content()).isEqualTo(PDF);
        assertThat(audit.accessesTo("demonstration-unit:" + n.candidateId())).hasSize(1);
        evidence.remove(f.user("csh.reviewer"), file.id());
        assertThat(evidence.list(f.user("kc.reviewer"), n.candidateId())).isEmpty();
    }
}
