package cn.jiceng.security.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that answers "may this user see this unit or case?" and "which units are in this
 * user's scope?". A staff user (reviewer, HR, leader, member unit, admin) sees their own unit and
 * everything below it; an administrator without a unit sees everything; an applicant sees no
 * region (only their own applications, which the owning feature checks by owner).
 * Every query of regional data filters by {@link #scopePath(AppUser)}.
 */
@Service
public class RegionScopeService {

    /** The path prefix that matches every unit. */
    public static final String EVERYTHING = "/";

    private static final Set<Role> STAFF = Set.of(Role.REVIEWER, Role.HR, Role.LEADER, Role.MEMBER_UNIT, Role.ADMIN);

    private final OrgUnitService orgUnits;

    public RegionScopeService(OrgUnitService orgUnits) {
        this.orgUnits = orgUnits;
    }

    /** The path prefix of the user's region, or empty if the user has no regional scope at all. */
    public Optional<String> scopePath(AppUser user) {
        if (!isStaff(user)) {
            return Optional.empty();
        }
        if (user.getUnitCode() == null) {
            return user.hasRole(Role.ADMIN) ? Optional.of(EVERYTHING) : Optional.empty();
        }
        return orgUnits.findByCode(user.getUnitCode()).map(OrgUnit::getPath);
    }

    /** The unit at the top of the user's scope; empty for a system-wide admin or a user without scope. */
    public Optional<OrgUnit> scopeRoot(AppUser user) {
        return scopePath(user).filter(p -> !EVERYTHING.equals(p)).flatMap(p -> orgUnits.findByCode(user.getUnitCode()));
    }

    /** True if the user may see data that belongs to the unit with this path. */
    public boolean canSeePath(AppUser user, String unitPath) {
        return unitPath != null && scopePath(user).map(unitPath::startsWith).orElse(false);
    }

    /** True if the unit exists and is in the user's region; one query (it runs on every task a reviewer opens). */
    public boolean canSeeUnit(AppUser user, String unitCode) {
        if (unitCode == null || !isStaff(user)) {
            return false;
        }
        if (user.getUnitCode() == null) {
            return user.hasRole(Role.ADMIN) && orgUnits.findByCode(unitCode).isPresent();
        }
        return orgUnits.isWithin(unitCode, user.getUnitCode());
    }

    /** A test of "in the user's region" for many units at once: the user's region is looked up once. */
    public Predicate<OrgUnit> visibleUnits(AppUser user) {
        return scopePath(user).<Predicate<OrgUnit>>map(path -> unit -> unit.getPath().startsWith(path)).orElse(unit -> false);
    }

    private static boolean isStaff(AppUser user) {
        return user != null && user.isEnabled() && user.getRoles().stream().anyMatch(STAFF::contains);
    }

    public void requireVisible(AppUser user, String unitCode) {
        if (!canSeeUnit(user, unitCode)) {
            throw new AccessDeniedException("unit " + unitCode + " is outside the user's region");
        }
    }

    /** The top units of the user's scope, for tree views: their own unit, or the roots for a system admin. */
    public List<OrgUnit> scopeRoots(AppUser user) {
        Optional<String> path = scopePath(user);
        if (path.isEmpty()) {
            return List.of();
        }
        if (EVERYTHING.equals(path.get())) {
            return orgUnits.roots();
        }
        return scopeRoot(user).map(List::of).orElse(List.of());
    }

    /** Every unit in the user's scope, parents before children. */
    public List<OrgUnit> unitsInScope(AppUser user) {
        return scopeRoots(user).stream().flatMap(root -> orgUnits.subtree(root).stream()).toList();
    }

    /**
     * A page of the units of the user's region whose name contains the text (or whose code starts
     * with it), ordered as a tree (by path): for a lazy picker that holds only the page it shows.
     */
    public List<OrgUnit> unitsInScope(AppUser user, String text, int offset, int limit) {
        return scopePath(user).map(path -> orgUnits.searchPage(path, text, offset, limit)).orElse(List.of());
    }

    public int countUnitsInScope(AppUser user, String text) {
        return scopePath(user).map(path -> (int) Math.min(Integer.MAX_VALUE, orgUnits.countSearch(path, text))).orElse(0);
    }

    /** The unit, if it lies in the user's region. */
    public Optional<OrgUnit> unitInScope(AppUser user, String code) {
        return code == null ? Optional.empty() : orgUnits.findByCode(code).filter(u -> canSeeUnit(user, u.getCode()));
    }
}
