package cn.jiceng.security.process;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.domain.OrgUnitRepository;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.AppUserRepository;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.EngineGroups.ParsedGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The process engine's identity provider, read-only, backed by Jiceng's own user table: Cockpit,
 * the REST API and task candidate groups see exactly the users and groups of the application.
 * Groups are derived from roles and units as {@link EngineGroups} describes; there are no tenants.
 */
public class JicengIdentityProvider implements ReadOnlyIdentityProvider {

    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final UserFinder userFinder;

    JicengIdentityProvider(AppUserRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder,
                           UserFinder userFinder) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.userFinder = userFinder;
    }

    // ---- users

    @Override
    public User findUserById(String userId) {
        return users.findByUsername(userId).filter(AppUser::isEnabled).map(JicengIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new JicengUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), userFinder);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new JicengUserQuery(userFinder);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Jiceng's own table");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        return users.findByUsername(userId)
                .filter(AppUser::isEnabled)
                .map(u -> passwordEncoder.matches(password, u.getPasswordHash()))
                .orElse(false);
    }

    static User toUser(AppUser appUser) {
        UserEntity user = new UserEntity(appUser.getUsername());
        user.setFirstName(appUser.getDisplayName());
        user.setLastName("");
        user.setEmail(appUser.getEmail());
        return user;
    }

    // ---- groups

    @Override
    public Group findGroupById(String groupId) {
        return EngineGroups.parse(groupId).flatMap(this::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new JicengGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), this);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new JicengGroupQuery(this);
    }

    /** The group with a name people read, or empty if its unit does not exist. */
    Optional<Group> toGroup(ParsedGroup parsed) {
        String name;
        if (parsed.role() == null) {
            name = "Camunda administrators";
        } else if (parsed.unitCode() == null) {
            name = parsed.role().name();
        } else {
            Optional<OrgUnit> unit = units.findByCode(parsed.unitCode());
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            name = parsed.role().name() + " @ " + unit.get().getName()
                    + (parsed.department() == null ? "" : " · " + parsed.department().chineseName());
        }
        GroupEntity group = new GroupEntity(parsed.id());
        group.setName(name);
        group.setType(parsed.type());
        return Optional.of(group);
    }

    /** Groups of one user, or every group there is when {@code userId} is null. */
    List<Group> groups(String userId) {
        List<String> ids = new ArrayList<>();
        if (userId != null) {
            users.findByUsername(userId).filter(AppUser::isEnabled).ifPresent(u -> ids.addAll(EngineGroups.groupsOf(u)));
        } else {
            ids.add(EngineGroups.CAMUNDA_ADMIN);
            for (Role role : Role.values()) {
                ids.add(EngineGroups.roleGroup(role));
            }
            for (Object[] pair : users.roleUnitPairs()) {
                ids.add(EngineGroups.unitGroup((Role) pair[0], (String) pair[1]));
            }
            for (Object[] triple : users.roleUnitDepartmentTriples()) {
                ids.add(EngineGroups.departmentGroup((Role) triple[0], (String) triple[1], (Department) triple[2]));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (String id : ids) {
            EngineGroups.parse(id).flatMap(this::toGroup).ifPresent(groups::add);
        }
        return groups;
    }

    // ---- tenants: Jiceng has none

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new EmptyTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new EmptyTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // nothing held
    }
}
