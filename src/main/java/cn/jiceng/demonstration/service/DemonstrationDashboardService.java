package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.CountyPlanRepository;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.security.domain.AppUser;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program view of the leaders' dashboard: each figure is one grouped statement over
 * {@code dem_candidate}, filtered by the program and the viewer's region (unit path prefix), plus the
 * quota attainment (two statements); whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class DemonstrationDashboardService {

    private final ProgramContext ctx;
    private final CountyPlanRepository plans;
    private final ProgramService programs;
    private final NamedParameterJdbcTemplate jdbc;

    public DemonstrationDashboardService(ProgramContext ctx, CountyPlanRepository plans, ProgramService programs,
                                         NamedParameterJdbcTemplate jdbc) {
        this.ctx = ctx;
        this.plans = plans;
        this.programs = programs;
        this.jdbc = jdbc;
    }

    public ProgramDashboard dashboard(AppUser user, long programId) {
        Program p = ctx.program(programId);
        ctx.requireVisible(user, p);
        String scope = ctx.scope.scopePath(user).orElseThrow(() -> new AccessDeniedException("no region"));
        String path = scope.startsWith(p.getOfficeUnitPath()) ? scope : p.getOfficeUnitPath();
        ProgramDefinition d = ctx.definition(p);
        MapSqlParameterSource args = new MapSqlParameterSource("program", programId).addValue("path", path + "%");
        Map<String, String> countyNames = new HashMap<>();
        plans.findByProgramIdOrderByCountyCode(programId).forEach(c -> countyNames.put(c.getCountyCode(), c.getCountyName()));
        List<ProgramDashboard.StageCount> stages = jdbc.query("select county_code, status, count(*) from dem_candidate"
                + " where program_id = :program and unit_path like :path group by county_code, status order by county_code, status",
                args, (rs, i) -> new ProgramDashboard.StageCount(rs.getString(1), countyNames.getOrDefault(rs.getString(1), rs.getString(1)),
                        CandidateStatus.valueOf(rs.getString(2)), rs.getLong(3)));
        List<ProgramDashboard.OutcomeCount> outcomes = jdbc.query("select final_outcome, count(*), sum(city_subsidy),"
                + " sum(county_subsidy_min) from dem_candidate where program_id = :program and unit_path like :path"
                + " and status = 'AWARDED' group by final_outcome order by final_outcome", args,
                (rs, i) -> new ProgramDashboard.OutcomeCount(rs.getString(1), ProgramContext.outcomeName(d, rs.getString(1)),
                        rs.getLong(2), zero(rs.getBigDecimal(3)), zero(rs.getBigDecimal(4))));
        Map<String, Object> totals = jdbc.queryForMap("select"
                + " sum(case when weak = true then 1 else 0 end) as weak_units,"
                + " sum(case when rectification_status = 'OPEN' then 1 else 0 end) as open_rect,"
                + " sum(case when rectification_status = 'RECTIFIED' then 1 else 0 end) as done_rect,"
                + " sum(case when status = 'REVOKED' then 1 else 0 end) as revoked_units"
                + " from dem_candidate where program_id = :program and unit_path like :path", args);
        BigDecimal city = outcomes.stream().map(ProgramDashboard.OutcomeCount::citySubsidy).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal county = outcomes.stream().map(ProgramDashboard.OutcomeCount::countySubsidyMin).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProgramDashboard(p.getId(), p.getName(), p.getStatus(), stages, programs.quotaAttainment(user, programId),
                outcomes, city, county, count(totals, "weak_units"), count(totals, "open_rect"), count(totals, "done_rect"),
                count(totals, "revoked_units"));
    }

    private static long count(Map<String, Object> row, String key) {
        Object v = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .filter(Objects::nonNull).findFirst().orElse(0);
        return ((Number) v).longValue();
    }

    private static BigDecimal zero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

}
