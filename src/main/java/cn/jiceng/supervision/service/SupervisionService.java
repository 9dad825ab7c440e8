package cn.jiceng.supervision.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.service.TrailService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.RegionScopeService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纪检监督: what a discipline inspector reads, all of it restricted to the units of their region and
 * none of it a write. The cases are the workbench's tasks (open and done) of the region's units, a
 * trail is a case's {@code wb_task_event} rows, the access log the {@code personal_data_access} rows
 * of viewers of the region's units. An administrator may read the same (their own region). Every
 * method refuses any other role; there is no method that changes anything.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    public static final int LIMIT = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionScopeService scope;
    private final TrailService trails;
    private final OrgUnitService orgUnits;

    public SupervisionService(NamedParameterJdbcTemplate jdbc, RegionScopeService scope, TrailService trails,
                              OrgUnitService orgUnits) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.trails = trails;
        this.orgUnits = orgUnits;
    }

    /** One task of a case in the region. */
    public record CaseStep(String taskId, String processInstanceId, String caseTitle, String stepName, String unitName,
                           String status, String assignee, Instant createdAt, Instant endedAt) {
    }

    /** One opening of personal data by a viewer of the region. */
    public record DataAccess(Instant at, String username, String unitCode, String subject, String field, String purpose) {
    }

    /** The region's case steps, newest first (at most {@value #LIMIT}). */
    public List<CaseStep> cases(AppUser inspector) {
        String path = regionOf(inspector);
        return jdbc.query("select task_id, process_instance_id, case_title, name, unit_name, status, assignee, created_at, ended_at"
                        + " from wb_task where unit_path like :p order by created_at desc, task_id",
                Map.of("p", path + "%"), (rs, n) -> new CaseStep(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .stream().limit(LIMIT).toList();
    }

    /** The trail of a case of the region; a case of another region is refused. */
    public List<TrailEntry> trail(AppUser inspector, String processInstanceId) {
        String path = regionOf(inspector);
        Integer inRegion = jdbc.queryForObject("select count(*) from wb_task where process_instance_id = :pi and unit_path like :p",
                Map.of("pi", processInstanceId == null ? "" : processInstanceId, "p", path + "%"), Integer.class);
        if (inRegion == null || inRegion == 0) {
            throw new AccessDeniedException("case " + processInstanceId + " is outside the inspector's region");
        }
        return trails.ofCase(processInstanceId);
    }

    /** Who of the region opened which personal data, for what purpose, newest first (at most {@value #LIMIT}). */
    public List<DataAccess> accessLog(AppUser inspector) {
        String path = regionOf(inspector);
        return jdbc.query("select a.accessed_at, a.username, a.unit_code, a.subject, a.field, a.purpose from personal_data_access a"
                        + " join org_unit u on u.code = a.unit_code where u.path like :p order by a.accessed_at desc, a.id desc",
                Map.of("p", path + "%"), (rs, n) -> new DataAccess(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .stream().limit(LIMIT).toList();
    }

    private String regionOf(AppUser user) {
        if (user == null || !(user.hasRole(Role.INSPECTOR) || user.hasRole(Role.ADMIN))) {
            throw new AccessDeniedException("supervision is for discipline inspectors and administrators");
        }
        if (user.hasRole(Role.ADMIN)) {
            return scope.scopePath(user).orElseThrow(() -> new AccessDeniedException("no region"));
        }
        // an inspector is not "staff" of RegionScopeService (that would open the regional services to them):
        // their region is their unit's subtree, read here only
        if (!user.isEnabled() || user.getUnitCode() == null) {
            throw new AccessDeniedException("an inspector without a unit has no region");
        }
        return orgUnits.findByCode(user.getUnitCode()).map(OrgUnit::getPath)
                .orElseThrow(() -> new AccessDeniedException("unknown unit " + user.getUnitCode()));
    }
}
