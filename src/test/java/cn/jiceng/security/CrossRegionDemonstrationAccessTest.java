package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.EvidenceService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demo's demonstration programs belong to 运城市 (山西省). Users of 吉林省 (a county reviewer, a
 * city leader, the discipline inspector of 长春市) and an applicant try them by their typed ids:
 * the program id and the ids of its program units (candidates). Every read is refused; 运城市's own
 * office sees them.
 */
@JicengSpringBootTest
class CrossRegionDemonstrationAccessTest {

    @Autowired
    ProgramService programs;
    @Autowired
    CandidateService candidates;
    @Autowired
    EvidenceService evidence;
    @Autowired
    UserService users;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    @Test
    void usersOfAnotherProvinceCannotReadAProgramOrItsUnitsByTheirIds() {
        AppUser office = user("yc.reviewer");
        List<ProgramSummary> own = programs.programs(office);
        assertThat(own).as("the demo programs of 运城市").isNotEmpty();
        long programId = own.get(0).id();
        List<Long> unitIds = programs.nominations(office, programId).stream().map(Nomination::candidateId).toList();

        for (String outsider : List.of("kc.reviewer", "cc.leader", "cc.inspector", "applicant")) {
            AppUser who = user(outsider);
            assertThat(programs.programs(who)).as(outsider).noneMatch(p -> p.id() == programId);
            assertThatThrownBy(() -> programs.program(who, programId)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.counties(who, programId)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.nominations(who, programId)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.awardList(who, programId)).as(outsider).isInstanceOf(AccessDeniedException.class);
            for (long unitId : unitIds) {
                assertThatThrownBy(() -> candidates.candidate(who, unitId)).as(outsider + " unit " + unitId)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> evidence.list(who, unitId)).as(outsider + " evidence of " + unitId)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(programs.program(office, programId).id()).isEqualTo(programId);
    }
}
