package cn.jiceng.demonstration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemonstrationDemo;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's two demonstration programs, seeded through the real services, stand where the demo says. */
@JicengSpringBootTest
class DemonstrationDemoTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserService users;
    @Autowired
    ReviewTaskService reviews;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private ProgramSummary program(AppUser user, String definitionCode) {
        return programs.programs(user).stream().filter(p -> p.definitionCode().equals(definitionCode)).findFirst().orElseThrow();
    }

    @Test
    void yunchengIsInItsInspectionWithOneUnitFullyScoredAndOneHalfWay() {
        AppUser office = user("yc.reviewer");
        ProgramSummary p = program(office, DemonstrationDemo.YUNCHENG);
        assertThat(p.status()).isEqualTo(ProgramStatus.INSPECTING);
        List<Nomination> units = programs.nominations(office, p.id());
        assertThat(units).hasSize(4);
        Nomination huaidong = units.stream().filter(n -> n.unitName().equals("槐东社区")).findFirst().orElseThrow();
        assertThat(huaidong.score()).isNotNull();
        assertThat(huaidong.flagCount()).isEqualTo(5);
        assertThat(units).allMatch(n -> n.status() == CandidateStatus.INSPECTING);
        // 槐东 waits for the county's acceptance; 东花园 has three of five sheets open, 南城 five
        long scoring = reviews.openTasks(user("yh.pg3")).stream()
                .filter(t -> DemonstrationProcess.FORM_SCORE.equals(t.formKey())).count();
        assertThat(scoring).isEqualTo(3 + 5);
        assertThat(reviews.openTasks(user("yh.reviewer")).stream().anyMatch(t -> t.title().startsWith("槐东社区"))).isTrue();
        assertThat(programs.quotaAttainment(office, p.id())).isNotEmpty();
    }

    @Test
    void changchunIsAtNominationWithTwoNeighbourhoodsOnKuanchengsList() {
        AppUser kc = user("kc.reviewer");
        ProgramSummary p = program(kc, DemonstrationDemo.CHANGCHUN);
        assertThat(p.status()).isEqualTo(ProgramStatus.NOMINATING);
        assertThat(programs.nominations(kc, p.id(), "220103")).extracting(Nomination::unitName)
                .containsExactlyInAnyOrder("长山花园一期小区", "团山小区");
        assertThat(reviews.openTasks(user("ng.reviewer")).stream()
                .anyMatch(t -> DemonstrationProcess.FORM_NOMINATE.equals(t.formKey()) && t.title().equals(p.name()))).isTrue();
    }

    @Test
    void changchunsAcceptedNeighbourhoodsGoOnToTheCommunitysSelfAssessmentAndTheDistrictsScorers() {
        AppUser office = user("cc.reviewer");
        ProgramSummary p = program(office, DemonstrationDemo.CHANGCHUN);
        assertThat(programs.nominations(office, p.id())).filteredOn(n -> n.countyCode().equals("220103"))
                .allMatch(n -> n.status() == CandidateStatus.CREATING || n.status() == CandidateStatus.INSPECTING);
        assertThat(reviews.openTasks(user("csh.reviewer")))
                .anyMatch(t -> DemonstrationProcess.FORM_SELF.equals(t.formKey()) && t.title().equals("长山花园一期小区 · " + p.name()));
        for (String scorer : List.of("kc.reviewer", "kc.pg1", "kc.pg2")) {
            assertThat(reviews.openTasks(user(scorer))).as(scorer)
                    .anyMatch(t -> DemonstrationProcess.FORM_SCORE.equals(t.formKey()) && t.title().equals("团山小区 · " + p.name()));
        }
    }

    @Test
    void jilinsVillagesWaitForTheCitysAndTheProvincesAcceptance() {
        AppUser office = user("province.reviewer");
        ProgramSummary p = program(office, DemonstrationDemo.JILIN);
        assertThat(programs.nominations(office, p.id())).extracting(Nomination::unitName).containsExactlyInAnyOrder("红旗村", "兴隆村");
        assertThat(reviews.openTasks(user("jl.reviewer"))).anyMatch(t -> t.title().equals("兴隆村 · " + p.name()));
        assertThat(reviews.openTasks(office)).anyMatch(t -> t.title().equals("红旗村 · " + p.name()));
    }

    @Test
    void tuanshanStreetNominatesForKuanchengsMeihaoProgram() {
        AppUser street = user("ts.reviewer");
        ProgramSummary p = program(street, DemonstrationDemo.MEIHAO);
        assertThat(reviews.openTasks(street))
                .anyMatch(t -> DemonstrationProcess.FORM_NOMINATE.equals(t.formKey()) && t.title().equals(p.name()));
    }
}
