package cn.jiceng.security.service;

import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.AppUserRepository;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and maintains user accounts. Passwords are stored as BCrypt hashes only. */
@Service
@Transactional
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final OrgUnitService orgUnits;
    private final RegionScopeService scope;
    private final LoginThrottleService throttle;

    public UserService(AppUserRepository users, PasswordEncoder passwordEncoder, OrgUnitService orgUnits,
                       RegionScopeService scope, LoginThrottleService throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.throttle = throttle;
    }

    /**
     * An administrator creates a staff account (reviewer, HR, leader, member unit, administrator) in a
     * unit of their own region; applicants register themselves. An account without a unit only by an
     * administrator of the whole system. Every field is checked; nothing is created if one is wrong.
     */
    public AppUser createStaff(AppUser admin, NewUser spec) {
        if (admin == null || !admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators create accounts");
        }
        if (spec.roles() == null || spec.roles().isEmpty()) {
            throw new InvalidUserException("user.error.roles");
        }
        if (spec.roles().contains(Role.APPLICANT)) {
            throw new InvalidUserException("user.error.staffRoles");
        }
        boolean visible = spec.unitCode() == null
                ? scope.scopePath(admin).filter(RegionScopeService.EVERYTHING::equals).isPresent()
                : scope.canSeeUnit(admin, spec.unitCode());
        if (!visible && spec.unitCode() != null && orgUnits.findByCode(spec.unitCode()).isEmpty()) {
            throw new InvalidUserException("user.error.unknownUnit");
        }
        if (!visible) {
            throw new AccessDeniedException("unit " + spec.unitCode() + " is outside the administrator's region");
        }
        PasswordPolicy.checkStaff(spec.username(), spec.password());
        return create(spec);
    }

    public AppUser create(NewUser spec) {
        String username = spec.username() == null ? "" : spec.username().trim();
        if (!username.matches("[A-Za-z0-9_.\\-]{3,64}")) {
            throw new InvalidUserException("user.error.username");
        }
        if (users.existsByUsername(username)) {
            throw new InvalidUserException("user.error.exists");
        }
        checkPassword(username, spec.password());
        if (spec.displayName() == null || spec.displayName().isBlank()) {
            throw new InvalidUserException("user.error.displayName");
        }
        if (spec.roles() == null || spec.roles().isEmpty()) {
            throw new InvalidUserException("user.error.roles");
        }
        if (spec.unitCode() == null && !Set.of(Role.ADMIN, Role.APPLICANT).containsAll(spec.roles())) {
            throw new InvalidUserException("user.error.unitRequired");
        }
        if (spec.unitCode() != null && orgUnits.findByCode(spec.unitCode()).isEmpty()) {
            throw new InvalidUserException("user.error.unknownUnit");
        }
        if (spec.departmentCode() != null && (spec.unitCode() == null || !spec.roles().contains(Role.MEMBER_UNIT))) {
            throw new InvalidUserException("user.error.departmentForMemberUnits");
        }
        AppUser user = new AppUser(username, passwordEncoder.encode(spec.password()), spec.displayName().trim(),
                spec.unitCode(), spec.roles());
        user.setEmail(spec.email());
        user.setDepartment(spec.department());
        user.setDepartmentCode(spec.departmentCode());
        return users.save(user);
    }

    public void changePassword(String username, String newPassword) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new InvalidUserException("user.error.unknown"));
        checkPassword(username, newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /**
     * A signed-in user changes their own password: the current one must be right, the new one must
     * differ from it and meet the rules (the staff policy for staff accounts, {@link #checkPassword}
     * for applicants). Clears a reset's "must change". Audited.
     */
    public void changeOwnPassword(AppUser me, String currentPassword, String newPassword) {
        if (me == null) {
            throw new AccessDeniedException("not logged in");
        }
        AppUser user = users.findByUsername(me.getUsername()).orElseThrow(() -> new InvalidUserException("user.error.unknown"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidUserException("user.error.currentPasswordWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidUserException("user.error.passwordUnchanged");
        }
        checkFor(user, newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        throttle.audit(cn.jiceng.security.domain.SecurityEvent.Type.PASSWORD_CHANGED, user.getUsername(), null, null, null);
    }

    /**
     * An administrator of the account's region sets a new password; the user must change it at the
     * next login. Staff accounts get the staff policy. Lifts a lock too. Audited.
     */
    public void resetPassword(AppUser admin, String username, String newPassword) {
        AppUser target = throttle.requireAdministrable(admin, username);
        AppUser user = users.findByUsername(target.getUsername()).orElseThrow();
        checkFor(user, newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(true);
        throttle.audit(cn.jiceng.security.domain.SecurityEvent.Type.PASSWORD_RESET, user.getUsername(), null,
                admin.getUsername(), "must change at next login");
        throttle.unlockAccount(admin, user.getUsername());
    }

    private static void checkFor(AppUser user, String password) {
        if (user.getRoles().stream().anyMatch(r -> r != Role.APPLICANT)) {
            PasswordPolicy.checkStaff(user.getUsername(), password);
        } else {
            checkPassword(user.getUsername(), password);
        }
    }

    /** Rules every password must meet: long enough and never the user name (nor a case variant of it). */
    static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUserException("user.error.passwordShort");
        }
        if (password.equalsIgnoreCase(username) || password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidUserException("user.error.passwordIsUsername");
        }
    }

    /**
     * Retention rule for an applicant's login: disabled, display name and e-mail cleared (the user
     * name stays: it is referenced by the engine's history and the trails).
     */
    public void anonymise(String username, String displayName) {
        users.findByUsername(username).ifPresent(user -> {
            user.setDisplayName(displayName);
            user.setEmail(null);
            user.setEnabled(false);
        });
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** The enabled accounts of one unit. */
    @Transactional(readOnly = true)
    public List<AppUser> usersAt(String unitCode) {
        return users.findByUnitCodeAndEnabledTrueOrderByUsername(unitCode);
    }

    /** The accounts a user may administer: those of the units in their region. */
    @Transactional(readOnly = true)
    public List<AppUser> usersInScope(AppUser viewer) {
        return scope.scopePath(viewer).map(users::findInRegion).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return users.existsByRolesContaining(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /**
     * A new account. {@code department} is the office's own name (e.g. 吉林省委组织部); {@code departmentCode}
     * the kind of department of a member-unit account, which decides its joint-review tasks.
     */
    public record NewUser(String username, String password, String displayName, String unitCode, Set<Role> roles,
                          String email, String department, Department departmentCode) {
        public NewUser(String username, String password, String displayName, String unitCode, Set<Role> roles) {
            this(username, password, displayName, unitCode, roles, null, null, null);
        }
    }
}
