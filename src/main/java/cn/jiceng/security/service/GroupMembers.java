package cn.jiceng.security.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled users of engine groups, for notifications. Only unit groups ({@code REVIEWER@220103})
 * and department groups ({@code MEMBER_UNIT@220000#ORGANIZATION}) are resolved: a role-wide group
 * ({@code REVIEWER}) may have thousands of members and {@code camunda-admin} is no office, so both
 * are left out. All groups are resolved in one query.
 */
@Service
@Transactional(readOnly = true)
public class GroupMembers {

    private final NamedParameterJdbcTemplate jdbc;

    public GroupMembers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** User names of the enabled members of the unit and department groups among {@code groupIds}, sorted. */
    public List<String> usernames(Collection<String> groupIds) {
        Set<EngineGroups.ParsedGroup> groups = new LinkedHashSet<>();
        for (String id : groupIds) {
            Optional<EngineGroups.ParsedGroup> g = EngineGroups.parse(id);
            g.filter(p -> p.role() != null && p.unitCode() != null).ifPresent(groups::add);
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> terms = new ArrayList<>();
        int i = 0;
        for (EngineGroups.ParsedGroup g : groups) {
            String term = "(r.role = :r" + i + " and u.unit_code = :u" + i;
            p.addValue("r" + i, g.role().name()).addValue("u" + i, g.unitCode());
            if (g.department() != null) {
                term += " and u.department_code = :d" + i;
                p.addValue("d" + i, g.department().name());
            }
            terms.add(term + ")");
            i++;
        }
        return jdbc.queryForList("select distinct u.username from app_user u join app_user_role r on r.user_id = u.id"
                + " where u.enabled = true and (" + String.join(" or ", terms) + ") order by u.username", p, String.class);
    }
}
