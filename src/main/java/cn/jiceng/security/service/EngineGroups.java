package cn.jiceng.security.service;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How users' roles and units become process-engine groups, i.e. candidate groups of user tasks.
 * <ul>
 *   <li>{@code REVIEWER}: every reviewer, any unit (a role group);</li>
 *   <li>{@code REVIEWER@220103}: reviewers of unit 220103 (宽城区) only (a unit group): the candidate
 *       group a task gets so that exactly that level of that region sees it;</li>
 *   <li>{@code MEMBER_UNIT@220000#ORGANIZATION}: the member-unit accounts of one department kind at
 *       one unit (a department group), e.g. the province's organisation department for its part of
 *       a joint review (备案联审);</li>
 *   <li>{@code camunda-admin}: administrators, for the Camunda webapps.</li>
 * </ul>
 */
public final class EngineGroups {

    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String TYPE_ROLE = "ROLE";
    public static final String TYPE_UNIT = "UNIT";
    public static final String TYPE_DEPARTMENT = "DEPARTMENT";
    public static final String TYPE_SYSTEM = "SYSTEM";
    private static final char SEPARATOR = '@';
    private static final char DEPARTMENT_SEPARATOR = '#';

    private EngineGroups() {
    }

    public static String roleGroup(Role role) {
        return role.name();
    }

    /** The candidate group for a role at one unit, e.g. {@code unitGroup(REVIEWER, "220103")}. */
    public static String unitGroup(Role role, String unitCode) {
        return role.name() + SEPARATOR + unitCode;
    }

    /** The candidate group for a department of a role at one unit, e.g. {@code MEMBER_UNIT@220000#ORGANIZATION}. */
    public static String departmentGroup(Role role, String unitCode, Department department) {
        return unitGroup(role, unitCode) + DEPARTMENT_SEPARATOR + department.name();
    }

    public static List<String> groupsOf(AppUser user) {
        List<String> groups = new ArrayList<>();
        for (Role role : user.getRoles()) {
            groups.add(roleGroup(role));
            if (user.getUnitCode() != null) {
                groups.add(unitGroup(role, user.getUnitCode()));
                if (user.getDepartmentCode() != null) {
                    groups.add(departmentGroup(role, user.getUnitCode(), user.getDepartmentCode()));
                }
            }
        }
        if (user.hasRole(Role.ADMIN)) {
            groups.add(CAMUNDA_ADMIN);
        }
        groups.sort(String::compareTo);
        return groups;
    }

    /** A group id taken apart: its role and, for a unit group, its unit code; for a department group also the department. */
    public record ParsedGroup(String id, Role role, String unitCode, Department department) {
        public String type() {
            if (role == null) {
                return TYPE_SYSTEM;
            }
            if (department != null) {
                return TYPE_DEPARTMENT;
            }
            return unitCode == null ? TYPE_ROLE : TYPE_UNIT;
        }
    }

    public static Optional<ParsedGroup> parse(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        if (CAMUNDA_ADMIN.equals(groupId)) {
            return Optional.of(new ParsedGroup(groupId, null, null, null));
        }
        int at = groupId.indexOf(SEPARATOR);
        String roleName = at < 0 ? groupId : groupId.substring(0, at);
        String unit = at < 0 ? null : groupId.substring(at + 1);
        Department department = null;
        int hash = unit == null ? -1 : unit.indexOf(DEPARTMENT_SEPARATOR);
        if (hash >= 0) {
            Optional<Department> d = Department.ofCode(unit.substring(hash + 1));
            if (d.isEmpty()) {
                return Optional.empty();
            }
            department = d.get();
            unit = unit.substring(0, hash);
        }
        try {
            Role role = Role.valueOf(roleName);
            if (unit != null && !unit.matches("\\d{6,24}")) {
                return Optional.empty();
            }
            return Optional.of(new ParsedGroup(groupId, role, unit, department));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
