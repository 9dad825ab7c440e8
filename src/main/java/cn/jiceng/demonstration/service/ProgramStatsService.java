package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.RegionScopeService;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures of a demonstration program for the leaders' dashboard: units per county and
 * stage, outcomes awarded (flags or levels), subsidies due per county, revocations and open
 * rectifications. One grouped statement each, filtered by the user's region (the unit path prefix
 * of {@link RegionScopeService}) after the program itself is checked by {@link ProgramService#program}.
 * Added for the screens beside the backend's services; it reads, never writes.
 */
@Service
@Transactional(readOnly = true)
public class ProgramStatsService {

    /** Units of a county in one stage (status). */
    public record CountyStage(String countyCode, String countyName, String status, long count) {
    }

    /** Units awarded an outcome (final outcome code and its name). */
    public record OutcomeCount(String outcome, String outcomeName, long count) {
    }

    /** Subsidies due to a county's awarded units (yuan; the county's share as its minimum and maximum). */
    public record CountySubsidy(String countyCode, String countyName, long awarded, BigDecimal city, BigDecimal countyMin,
                                BigDecimal countyMax) {
    }

    /** Dynamic management: titles revoked, rectifications open and done, weak units named. */
    public record Management(long revoked, long rectificationsOpen, long rectified, long weak) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ProgramService programs;
    private final RegionScopeService scope;

    public ProgramStatsService(NamedParameterJdbcTemplate jdbc, ProgramService programs, RegionScopeService scope) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.scope = scope;
    }

    private MapSqlParameterSource params(AppUser user, long programId) {
        programs.program(user, programId);
        String path = scope.scopePath(user).orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no region"));
        return new MapSqlParameterSource("program", programId).addValue("scope", path + "%");
    }

    /** Units per county and stage (the county's name from its plan row). */
    public List<CountyStage> stagesByCounty(AppUser user, long programId) {
        return jdbc.query("""
                select c.county_code, coalesce(max(p.county_name), c.county_code), c.status, count(*)
                from dem_candidate c left join dem_county_plan p on p.program_id = c.program_id and p.county_code = c.county_code
                where c.program_id = :program and c.unit_path like :scope
                group by c.county_code, c.status order by c.county_code, c.status""", params(user, programId),
                (rs, i) -> new CountyStage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /** Outcomes awarded (or, before the decision, the outcomes the scores give), most first. */
    public List<OutcomeCount> outcomes(AppUser user, long programId) {
        ProgramDefinition d = programs.definitionOf(user, programId);
        return jdbc.query("""
                select coalesce(final_outcome, outcome_code) as o, count(*) from dem_candidate
                where program_id = :program and unit_path like :scope and coalesce(final_outcome, outcome_code) is not null
                  and status <> 'WITHDRAWN'
                group by coalesce(final_outcome, outcome_code) order by count(*) desc, o""", params(user, programId),
                (rs, i) -> new OutcomeCount(rs.getString(1), ProgramContext.outcomeName(d, rs.getString(1)), rs.getLong(2)));
    }

    /** Subsidies due per county (awarded units only). */
    public List<CountySubsidy> subsidies(AppUser user, long programId) {
        return jdbc.query("""
                select c.county_code, coalesce(max(p.county_name), c.county_code), count(*), coalesce(sum(c.city_subsidy), 0),
                       coalesce(sum(c.county_subsidy_min), 0), coalesce(sum(c.county_subsidy_max), 0)
                from dem_candidate c left join dem_county_plan p on p.program_id = c.program_id and p.county_code = c.county_code
                where c.program_id = :program and c.unit_path like :scope and c.status = 'AWARDED'
                group by c.county_code order by c.county_code""", params(user, programId),
                (rs, i) -> new CountySubsidy(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)));
    }

    public Management management(AppUser user, long programId) {
        return jdbc.queryForObject("""
                select coalesce(sum(case when status = 'REVOKED' then 1 else 0 end), 0),
                       coalesce(sum(case when rectification_status = 'OPEN' then 1 else 0 end), 0),
                       coalesce(sum(case when rectification_status = 'RECTIFIED' then 1 else 0 end), 0),
                       coalesce(sum(case when weak then 1 else 0 end), 0)
                from dem_candidate where program_id = :program and unit_path like :scope""", params(user, programId),
                (rs, i) -> new Management(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }
}
