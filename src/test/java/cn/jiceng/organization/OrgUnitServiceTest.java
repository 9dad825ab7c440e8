package cn.jiceng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.domain.UnitType;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JicengSpringBootTest
class OrgUnitServiceTest {

    @Autowired
    OrgUnitService units;

    @Test
    void demoTreeIsRootedAtJilinWithEnoughUnitsAtEachLevelToShowScoping() {
        OrgUnit jilin = units.getByCode("220000");
        assertThat(jilin.getName()).isEqualTo("吉林省");
        assertThat(units.subtreeAtLevel(jilin, OrgLevel.CITY)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(units.subtreeAtLevel(jilin, OrgLevel.COUNTY)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(units.subtreeAtLevel(jilin, OrgLevel.STREET)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(units.subtreeAtLevel(jilin, OrgLevel.COMMUNITY)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(units.subtreeAtLevel(jilin, OrgLevel.COMMUNITY)).anyMatch(u -> u.getType() == UnitType.VILLAGE);
    }

    @Test
    void subtreeOfACountyHoldsItsStreetsAndCommunitiesButNothingOfItsNeighbour() {
        OrgUnit kuancheng = units.getByCode("220103");
        var subtree = units.subtree(kuancheng);
        assertThat(subtree).extracting(OrgUnit::getName).contains("宽城区", "团山街道", "长山花园社区");
        assertThat(subtree).allMatch(u -> u.getCode().startsWith("220103"));
        assertThat(subtree).noneMatch(u -> u.getName().equals("南关区"));
        assertThat(units.countSubtree(kuancheng)).isEqualTo(subtree.size());
    }

    @Test
    void subtreeListsParentsBeforeChildren() {
        var subtree = units.subtree(units.getByCode("220100"));
        assertThat(subtree.get(0).getCode()).isEqualTo("220100");
        for (int i = 1; i < subtree.size(); i++) {
            OrgUnit unit = subtree.get(i);
            int parentIndex = subtree.stream().map(OrgUnit::getCode).toList().indexOf(unit.getParentCode());
            assertThat(parentIndex).as("parent of %s listed before it", unit.getCode()).isBetween(0, i - 1);
        }
    }

    @Test
    void ancestryOfACommunityRunsFromProvinceDownToIt() {
        OrgUnit community = units.getByCode("220103001001");
        assertThat(units.ancestry(community)).extracting(OrgUnit::getName)
                .containsExactly("吉林省", "长春市", "宽城区", "团山街道", "长山花园社区");
        assertThat(units.ancestorAtLevel(community, OrgLevel.COUNTY)).map(OrgUnit::getName).contains("宽城区");
        assertThat(community.getPath()).isEqualTo("/220000/220100/220103/220103001/220103001001/");
    }

    @Test
    void searchFindsUnitsByNameOnlyInsideTheGivenSubtree() {
        assertThat(units.search(units.getByCode("220103"), "长山")).extracting(OrgUnit::getCode).contains("220103001001");
        assertThat(units.search(units.getByCode("220102"), "长山")).isEmpty();
    }
}
