package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine (candidate groups, webapps, REST) sees the application's users and groups. */
@JicengSpringBootTest
class EngineIdentityTest {

    @Autowired
    IdentityService identity;

    @Test
    void engineFindsApplicationUsersAndChecksTheirBcryptPasswords() {
        User user = identity.createUserQuery().userId("kc.reviewer").singleResult();
        assertThat(user).isNotNull();
        assertThat(user.getFirstName()).contains("宽城区");
        assertThat(identity.checkPassword("kc.reviewer", DemoData.PASSWORD)).isTrue();
        assertThat(identity.checkPassword("kc.reviewer", "kc.reviewer")).isFalse();
        assertThat(identity.checkPassword("demo", "demo")).isFalse();
        assertThat(identity.createUserQuery().userId("demo").count()).isZero();
    }

    @Test
    void groupsAreDerivedFromRoleAndUnit() {
        assertThat(identity.createGroupQuery().groupMember("kc.reviewer").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("REVIEWER", "REVIEWER@220103");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .contains("camunda-admin", "ADMIN");
        // other tests of the shared context may add reviewers at 宽城区; never one of another unit
        assertThat(identity.createUserQuery().memberOfGroup("REVIEWER@220103").list()).extracting(User::getId)
                .contains("kc.reviewer").doesNotContain("ng.reviewer", "ts.reviewer", "cc.reviewer");
        assertThat(identity.createUserQuery().memberOfGroup("REVIEWER").count()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void memberUnitAccountsOfADepartmentFormTheirOwnDepartmentGroup() {
        assertThat(identity.createGroupQuery().groupMember("province.zuzhi").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("MEMBER_UNIT", "MEMBER_UNIT@220000", "MEMBER_UNIT@220000#ORGANIZATION");
        assertThat(identity.createUserQuery().memberOfGroup("MEMBER_UNIT@220000#ORGANIZATION").list()).extracting(User::getId)
                .containsExactly("province.zuzhi");
        assertThat(identity.createUserQuery().memberOfGroup("MEMBER_UNIT@220000#STAFFING").list()).extracting(User::getId)
                .containsExactly("province.bianban");
        Group organisation = identity.createGroupQuery().groupId("MEMBER_UNIT@220000#ORGANIZATION").singleResult();
        assertThat(organisation.getName()).contains("吉林省").contains("组织部门");
        assertThat(organisation.getType()).isEqualTo("DEPARTMENT");
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .contains("MEMBER_UNIT@220000#HUMAN_RESOURCES", "MEMBER_UNIT@220100#CIVIL_AFFAIRS");
        assertThat(identity.createGroupQuery().groupId("MEMBER_UNIT@220000#NO_SUCH_DEPARTMENT").singleResult()).isNull();
    }

    @Test
    void userQueriesPageAndFilterLikeTheBuiltInProvider() {
        long all = identity.createUserQuery().count();
        assertThat(all).isGreaterThanOrEqualTo(DemoData.USERS.size());
        assertThat(identity.createUserQuery().orderByUserId().asc().listPage(0, 3)).hasSize(3)
                .extracting(User::getId).isSorted();
        assertThat(identity.createUserQuery().userIdIn("cc.hr", "cc.leader").count()).isEqualTo(2);
    }
}
