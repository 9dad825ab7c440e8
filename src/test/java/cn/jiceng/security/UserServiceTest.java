package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.demo.DemoData;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.InvalidUserException;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@JicengSpringBootTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void demoUsersCoverEveryRoleAndLevelWithBcryptPasswords() {
        for (DemoData.DemoUser demo : DemoData.USERS) {
            AppUser user = users.findByUsername(demo.username()).orElseThrow();
            assertThat(user.getPasswordHash()).startsWith("$2");
            assertThat(encoder.matches(DemoData.PASSWORD, user.getPasswordHash())).isTrue();
            assertThat(encoder.matches(demo.username(), user.getPasswordHash())).as("user name is not the password").isFalse();
        }
        assertThat(DemoData.USERS).flatExtracting(u -> u.roles()).contains(Role.values());
    }

    @Test
    void camundaDefaultDemoAccountDoesNotExist() {
        assertThat(users.findByUsername("demo")).isEmpty();
    }

    @Test
    void passwordContainingTheUserNameIsRefused() {
        assertThatThrownBy(() -> users.create(new UserService.NewUser("zhang.san", "zhang.san", "张三", "220102",
                Set.of(Role.REVIEWER))))
                .isInstanceOf(InvalidUserException.class).hasMessage("user.error.passwordIsUsername");
        assertThatThrownBy(() -> users.create(new UserService.NewUser("li.si", "xxli.si2026", "李四", "220102",
                Set.of(Role.REVIEWER))))
                .isInstanceOf(InvalidUserException.class);
        assertThat(users.findByUsername("zhang.san")).isEmpty();
    }

    @Test
    void shortPasswordUnknownUnitAndDuplicateNameAreRefused() {
        assertThatThrownBy(() -> users.create(new UserService.NewUser("wang.wu", "short1", "王五", "220102",
                Set.of(Role.REVIEWER)))).isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> users.create(new UserService.NewUser("wang.wu", "Longenough#1", "王五", "999999",
                Set.of(Role.REVIEWER)))).isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> users.create(new UserService.NewUser("wang.wu", "Longenough#1", "王五", null,
                Set.of(Role.REVIEWER)))).isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> users.create(new UserService.NewUser("kc.reviewer", "Longenough#1", "重名", "220103",
                Set.of(Role.REVIEWER)))).isInstanceOf(InvalidUserException.class);
        assertThat(users.findByUsername("wang.wu")).isEmpty();
    }

    @Test
    void aDepartmentKindIsOnlyForMemberUnitAccountsWithAUnit() {
        assertThatThrownBy(() -> users.create(new UserService.NewUser("zhao.liu", "Longenough#1", "赵六", "220100",
                Set.of(Role.REVIEWER), null, "长春市公安局", Department.PUBLIC_SECURITY)))
                .isInstanceOf(InvalidUserException.class).hasMessage("user.error.departmentForMemberUnits");
        assertThat(users.findByUsername("zhao.liu")).isEmpty();
        var created = users.create(new UserService.NewUser("zhao.liu", "Longenough#1", "赵六", "220100",
                Set.of(Role.MEMBER_UNIT), null, "长春市公安局", Department.PUBLIC_SECURITY));
        assertThat(created.getDepartmentCode()).isEqualTo(Department.PUBLIC_SECURITY);
        assertThat(EngineGroups.groupsOf(created)).contains("MEMBER_UNIT@220100#PUBLIC_SECURITY");
    }

    @Test
    void administratorsCreateStaffAccountsOnlyInTheirRegionAndNeverApplicants() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        var staff = new UserService.NewUser("chen.qi", "Longenough#1", "陈七", "220000", Set.of(Role.MEMBER_UNIT), null,
                "吉林省公安厅", Department.PUBLIC_SECURITY);
        assertThatThrownBy(() -> users.createStaff(users.findByUsername("kc.reviewer").orElseThrow(), staff))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createStaff(admin, new UserService.NewUser("chen.qi", "Longenough#1", "陈七", "220000",
                Set.of(Role.APPLICANT)))).hasMessage("user.error.staffRoles");
        assertThatThrownBy(() -> users.createStaff(admin, new UserService.NewUser("chen.qi", "Longenough#1", "陈七", "999999",
                Set.of(Role.REVIEWER)))).hasMessage("user.error.unknownUnit");
        assertThatThrownBy(() -> users.createStaff(admin, new UserService.NewUser("chen.qi", "Longenough#1", "陈七", null,
                Set.of(Role.ADMIN)))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.findByUsername("chen.qi")).isEmpty();

        AppUser created = users.createStaff(admin, staff);
        assertThat(EngineGroups.groupsOf(created)).contains("MEMBER_UNIT@220000#PUBLIC_SECURITY");

        AppUser countyAdmin = users.create(new UserService.NewUser("kc.admin", "Longenough#1", "宽城区管理员", "220103",
                Set.of(Role.ADMIN)));
        assertThatThrownBy(() -> users.createStaff(countyAdmin, new UserService.NewUser("ng.new", "Longenough#1", "南关新人",
                "220102", Set.of(Role.REVIEWER)))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.createStaff(countyAdmin, new UserService.NewUser("kc.new", "Longenough#1", "宽城新人", "220103002",
                Set.of(Role.LEADER))).getUnitCode()).isEqualTo("220103002");
    }

    @Test
    void usersInScopeOfACountyReviewerAreOnlyThoseOfTheCounty() {
        AppUser kc = users.findByUsername("kc.reviewer").orElseThrow();
        assertThat(users.usersInScope(kc)).extracting(AppUser::getUsername)
                .contains("kc.reviewer", "ts.reviewer", "csh.reviewer")
                .doesNotContain("ng.reviewer", "cc.reviewer", "admin");
    }
}
