package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.dashboard.ui.ProgramDashboardView;
import cn.jiceng.demonstration.ui.DefinitionEditorView;
import cn.jiceng.demonstration.ui.DefinitionsView;
import cn.jiceng.demonstration.ui.ProgramView;
import cn.jiceng.demonstration.ui.ProgramsView;
import cn.jiceng.demonstration.ui.PublicAwardsView;
import cn.jiceng.security.ui.OrgTreeView;
import cn.jiceng.review.ui.WorkbenchView;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.ui.LoginView;
import cn.jiceng.security.ui.UsersView;
import cn.jiceng.shell.ui.HomeView;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which roles may open which view (the same annotations drive the menu). */
class ViewAccessTest {

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();
    private final Principal someone = () -> "someone";

    private boolean allowed(Class<?> view, Role... roles) {
        Set<String> granted = java.util.Arrays.stream(roles).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        return checker.hasAccess(view, someone, granted::contains);
    }

    private boolean allowedAnonymously(Class<?> view) {
        return checker.hasAccess(view, null, role -> false);
    }

    @Test
    void onlyTheLoginViewIsOpenToAnonymousUsers() {
        assertThat(allowedAnonymously(LoginView.class)).isTrue();
        assertThat(allowedAnonymously(HomeView.class)).isFalse();
        assertThat(allowedAnonymously(WorkbenchView.class)).isFalse();
        assertThat(allowedAnonymously(OrgTreeView.class)).isFalse();
        assertThat(allowedAnonymously(UsersView.class)).isFalse();
    }

    @Test
    void userAdministrationIsForAdminsOnly() {
        assertThat(allowed(UsersView.class, Role.ADMIN)).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                assertThat(allowed(UsersView.class, role)).as(role.name()).isFalse();
            }
        }
    }

    @Test
    void applicantsSeeTheHomePageButNoStaffViews() {
        assertThat(allowed(HomeView.class, Role.APPLICANT)).isTrue();
        assertThat(allowed(WorkbenchView.class, Role.APPLICANT)).isFalse();
        assertThat(allowed(OrgTreeView.class, Role.APPLICANT)).isFalse();
    }

    @Test
    void staffRolesReachTheirTaskListAndTheOrganisationTree() {
        for (Role role : new Role[] {Role.REVIEWER, Role.HR, Role.LEADER, Role.MEMBER_UNIT, Role.ADMIN}) {
            assertThat(allowed(WorkbenchView.class, role)).as(role.name()).isTrue();
            assertThat(allowed(OrgTreeView.class, role)).as(role.name()).isTrue();
        }
    }

    @Test
    void demonstrationProgramsAreForStaffAndTheirAwardListIsPublic() {
        for (Class<?> view : new Class<?>[] {ProgramsView.class, ProgramView.class}) {
            assertThat(allowedAnonymously(view)).isFalse();
            assertThat(allowed(view, Role.APPLICANT)).isFalse();
            assertThat(allowed(view, Role.HR)).isFalse();
            for (Role role : new Role[] {Role.REVIEWER, Role.LEADER, Role.MEMBER_UNIT, Role.ADMIN}) {
                assertThat(allowed(view, role)).as(view.getSimpleName() + " " + role).isTrue();
            }
        }
        assertThat(allowedAnonymously(PublicAwardsView.class)).isTrue();
        assertThat(allowedAnonymously(ProgramDashboardView.class)).isFalse();
        for (Role role : Role.values()) {
            boolean expected = role == Role.ADMIN || role == Role.REVIEWER || role == Role.LEADER;
            assertThat(allowed(ProgramDashboardView.class, role)).as("ProgramDashboardView " + role).isEqualTo(expected);
        }
    }

    /** The level check (province, city or county) is DefinitionService.mayEdit, applied by the views on entering. */
    @Test
    void programDefinitionsAreForAdministratorsReviewersAndLeaders() {
        for (Class<?> view : new Class<?>[] {DefinitionsView.class, DefinitionEditorView.class}) {
            assertThat(allowedAnonymously(view)).isFalse();
            for (Role role : Role.values()) {
                boolean expected = role == Role.ADMIN || role == Role.REVIEWER || role == Role.LEADER;
                assertThat(allowed(view, role)).as(view.getSimpleName() + " " + role).isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyAdministratorsOpenThePersonalDataKeysAndAccessLog() {
        assertThat(allowed(cn.jiceng.privacy.ui.PersonalDataView.class, Role.ADMIN)).isTrue();
        assertThat(allowedAnonymously(cn.jiceng.privacy.ui.PersonalDataView.class)).isFalse();
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                assertThat(allowed(cn.jiceng.privacy.ui.PersonalDataView.class, role)).as(role.name()).isFalse();
            }
        }
    }
}
