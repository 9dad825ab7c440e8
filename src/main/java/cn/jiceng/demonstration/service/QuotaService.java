package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.OutcomeValue;
import cn.jiceng.demonstration.domain.Program;
import cn.jiceng.demonstration.domain.ProgramDefinition;
import cn.jiceng.demonstration.domain.ProgramDefinition.Quota;
import cn.jiceng.demonstration.domain.QuotaBasis;
import cn.jiceng.demonstration.domain.QuotaScope;
import cn.jiceng.demonstration.service.QuotaStatus.Attainment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotas of a program: counts of nominations by target outcome (while nominating) or of awarded units
 * by final outcome (once decided), per county and for the program, against the definition's
 * bounds. A minimum count never asks for more units than the scope has (a county without villages
 * meets "3 five-flag villages" with none). Each evaluation is two grouped statements (the counts by county and outcome, the target
 * units per county), whatever the number of counties and quotas.
 */
@Service
@Transactional(readOnly = true)
public class QuotaService {

    /** What is counted: the nominations' targets, the outcomes the scores give, or the final outcomes. */
    public enum Basis { TARGETS, FINAL }

    /** One group of counted candidates: outcome, attributes, weak, how many, in which county. */
    record Group(String county, String outcome, List<String> attributes, boolean weak, long count) {
        OutcomeValue value() {
            return OutcomeValue.of(outcome, weak, attributes);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public QuotaService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The groups counted for a program (optionally one county), by basis. */
    List<Group> groups(long programId, String county, Basis basis) {
        String outcome = basis == Basis.TARGETS ? "target_outcome" : "final_outcome";
        String where = basis == Basis.TARGETS
                ? "status not in ('WITHDRAWN', 'EXCLUDED')"
                : "(status = 'AWARDED' or weak = true)";
        MapSqlParameterSource p = new MapSqlParameterSource("program", programId);
        String countyFilter = "";
        if (county != null) {
            countyFilter = " and county_code = :county";
            p.addValue("county", county);
        }
        return jdbc.query("select county_code, " + outcome + ", attributes, weak, count(*) from dem_candidate"
                + " where program_id = :program" + countyFilter + " and " + where
                + " group by county_code, " + outcome + ", attributes, weak", p,
                (rs, i) -> new Group(rs.getString(1), rs.getString(2) == null ? OutcomeValue.NONE : rs.getString(2),
                        rs.getString(3) == null ? List.of() : Arrays.asList(rs.getString(3).split(",")), rs.getBoolean(4),
                        rs.getLong(5)));
    }

    /** The number of target units (level and types of the definition) below each of the given units, by code; one statement. */
    Map<String, Long> targetUnits(ProgramDefinition d, Collection<String> unitCodes) {
        Map<String, Long> out = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return out;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("level", d.targetLevel()).addValue("codes", unitCodes);
        String types = "";
        if (d.targetTypes() != null && !d.targetTypes().isEmpty()) {
            types = " and u.unit_type in (:types)";
            p.addValue("types", d.targetTypes());
        }
        jdbc.query("select c.code, count(u.id) from org_unit c join org_unit u on u.path like concat(c.path, '%')"
                + " where c.code in (:codes) and u.unit_level = :level" + types + " group by c.code", p,
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /**
     * The quota statuses of the program for the given counties (code to name and path; all of the
     * program's for the program-wide quotas). {@code extra} is a group not stored yet (a nomination
     * being checked), {@code minus} one to leave out (its previous target); {@code settled} turns
     * "at risk" into "missed".
     */
    List<QuotaStatus> evaluate(Program program, ProgramDefinition d, Map<String, String[]> counties, List<Group> groups,
                               Map<String, String[]> allCounties, boolean settled, Group extra, Group minus) {
        List<Group> all = new ArrayList<>(groups);
        if (extra != null) {
            all.add(extra);
        }
        if (minus != null) {
            all.add(new Group(minus.county(), minus.outcome(), minus.attributes(), minus.weak(), -minus.count()));
        }
        List<String> codes = new ArrayList<>();
        boolean needUnits = d.quotaList().stream().anyMatch(q -> q.min() != null
                || q.basisOrUnits() == QuotaBasis.UNITS && (q.minShare() != null || q.maxShare() != null));
        if (needUnits) {
            codes.addAll(counties.keySet());
            codes.add(program.getOfficeUnitCode());
        }
        Map<String, Long> units = targetUnits(d, codes);
        List<QuotaStatus> out = new ArrayList<>();
        for (Quota q : d.quotaList()) {
            if (q.scope() == QuotaScope.PROGRAM) {
                out.add(status(q, program.getOfficeUnitCode(), null, all, units.getOrDefault(program.getOfficeUnitCode(), 0L), settled));
            } else {
                for (var county : counties.entrySet()) {
                    if (applies(q, county.getKey())) {
                        List<Group> mine = all.stream().filter(g -> county.getKey().equals(g.county())).toList();
                        out.add(status(q, county.getKey(), county.getValue()[0], mine,
                                units.getOrDefault(county.getKey(), 0L), settled));
                    }
                }
            }
        }
        return out;
    }

    static boolean applies(Quota q, String county) {
        if (q.counties() != null && !q.counties().isEmpty()) {
            return q.counties().contains(county);
        }
        return q.exceptCounties() == null || !q.exceptCounties().contains(county);
    }

    private static QuotaStatus status(Quota q, String unitCode, String unitName, Collection<Group> groups, long units,
                                      boolean settled) {
        long count = groups.stream().filter(g -> g.value().matches(q.select())).mapToLong(Group::count).sum();
        long nominated = groups.stream().filter(g -> !OutcomeValue.NONE.equals(g.outcome()) || g.weak())
                .mapToLong(Group::count).sum();
        long denominator = q.basisOrUnits() == QuotaBasis.UNITS ? units : nominated;
        BigDecimal share = denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(denominator), 6, java.math.RoundingMode.HALF_UP);
        Attainment a;
        if (q.max() != null && count > q.max() || q.maxShare() != null && denominator > 0 && share.compareTo(q.maxShare()) > 0) {
            a = Attainment.EXCEEDED;
        } else if (q.min() != null && count < Math.min(q.min(), units)
                || q.minShare() != null && share.compareTo(q.minShare()) < 0) {
            a = settled ? Attainment.MISSED : Attainment.AT_RISK;
        } else {
            a = Attainment.MET;
        }
        return new QuotaStatus(q.code(), q.name(), q.scope(), unitCode, unitName, q.isHard(), q.min(), q.max(),
                q.minShare(), q.maxShare(), q.basisOrUnits(), count, denominator, a);
    }

    static boolean sameQuota(QuotaStatus a, QuotaStatus b) {
        return a.code().equals(b.code()) && Objects.equals(a.unitCode(), b.unitCode());
    }

}
