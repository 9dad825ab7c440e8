package cn.jiceng.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUnitCodeAndEnabledTrueOrderByUsername(String unitCode);

    boolean existsByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    boolean existsByRolesContaining(Role role);

    /** Users of the units under a path prefix; with the prefix "/" also the users without a unit. */
    @Query("select u from AppUser u where u.unitCode in (select o.code from OrgUnit o where o.path like concat(:path, '%'))"
            + " or (:path = '/' and u.unitCode is null) order by u.username")
    List<AppUser> findInRegion(@Param("path") String path);

    /** The distinct (role, unit) pairs held by enabled users: the engine's unit groups. */
    @Query("select distinct r, u.unitCode from AppUser u join u.roles r where u.enabled = true and u.unitCode is not null")
    List<Object[]> roleUnitPairs();

    /** The distinct (role, unit, department) triples held by enabled users with a department: the department groups. */
    @Query("select distinct r, u.unitCode, u.departmentCode from AppUser u join u.roles r "
            + "where u.enabled = true and u.unitCode is not null and u.departmentCode is not null")
    List<Object[]> roleUnitDepartmentTriples();
}
