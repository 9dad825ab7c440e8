package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.RegionScopeService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@JicengSpringBootTest
class RegionScopeServiceTest {

    @Autowired
    RegionScopeService scope;
    @Autowired
    UserService users;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    @Test
    void nanguanReviewerNeverSeesKuanchengUnits() {
        AppUser nanguan = user("ng.reviewer");
        assertThat(scope.canSeeUnit(nanguan, "220102")).isTrue();
        assertThat(scope.canSeeUnit(nanguan, "220103")).isFalse();
        assertThat(scope.canSeeUnit(nanguan, "220103001001")).isFalse();
        assertThat(scope.unitsInScope(nanguan)).allMatch(u -> u.getCode().startsWith("220102"));
        assertThatThrownBy(() -> scope.requireVisible(nanguan, "220103001")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void countyReviewerSeesEveryStreetAndCommunityOfTheCountyButNotTheCityAbove() {
        AppUser kuancheng = user("kc.reviewer");
        assertThat(scope.canSeeUnit(kuancheng, "220103001")).isTrue();
        assertThat(scope.canSeeUnit(kuancheng, "220103001001")).isTrue();
        assertThat(scope.canSeeUnit(kuancheng, "220100")).isFalse();
        assertThat(scope.scopeRoots(kuancheng)).extracting(OrgUnit::getCode).containsExactly("220103");
    }

    @Test
    void cityUserSeesAllCountiesOfTheCityAndNoOtherCity() {
        AppUser changchun = user("cc.reviewer");
        assertThat(scope.canSeeUnit(changchun, "220102")).isTrue();
        assertThat(scope.canSeeUnit(changchun, "220103001001")).isTrue();
        assertThat(scope.canSeeUnit(changchun, "220200")).isFalse();
        assertThat(scope.unitsInScope(changchun)).noneMatch(u -> u.getCode().startsWith("2202"));
    }

    @Test
    void communityReviewerSeesOnlyTheirCommunity() {
        AppUser community = user("csh.reviewer");
        assertThat(scope.unitsInScope(community)).extracting(OrgUnit::getCode).allMatch(c -> c.startsWith("220103001001"));
        assertThat(scope.canSeeUnit(community, "220103001002")).isFalse();
    }

    @Test
    void provinceUsersSeeTheWholeProvince() {
        assertThat(scope.canSeeUnit(user("province.leader"), "220200")).isTrue();
        assertThat(scope.canSeeUnit(user("admin"), "220103001001")).isTrue();
    }

    @Test
    void applicantsHaveNoRegionalScope() {
        AppUser applicant = user("applicant");
        assertThat(scope.scopePath(applicant)).isEmpty();
        assertThat(scope.unitsInScope(applicant)).isEmpty();
        assertThat(scope.canSeeUnit(applicant, "220000")).isFalse();
    }

    @Test
    void unknownUnitsAndNullUsersAreNeverVisible() {
        assertThat(scope.canSeeUnit(user("admin"), "999999")).isFalse();
        assertThat(scope.canSeeUnit(null, "220000")).isFalse();
    }

    @Test
    void theRegionTestForAWholeListAgreesWithTheSingleUnitCheckForEveryUnitAndUser() {
        var everyUnit = scope.unitsInScope(user("admin"));
        assertThat(everyUnit).hasSizeGreaterThan(20);
        for (String name : new String[] {"ng.reviewer", "kc.reviewer", "cc.reviewer", "csh.reviewer", "province.leader",
                "admin", "applicant"}) {
            AppUser u = user(name);
            var visible = scope.visibleUnits(u);
            for (OrgUnit unit : everyUnit) {
                assertThat(visible.test(unit)).as("%s sees %s", name, unit.getCode())
                        .isEqualTo(scope.canSeeUnit(u, unit.getCode()));
            }
        }
    }
}
