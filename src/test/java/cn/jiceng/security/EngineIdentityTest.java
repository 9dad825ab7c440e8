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
        assertThat(identity.createUserQuery().memberOfGroup("REVIEWER@220103").list()).extracting(User::getId)
                .containsExactly("kc.reviewer");
        assertThat(identity.createUserQuery().memberOfGroup("REVIEWER").count()).isGreaterThanOrEqualTo(7);
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
