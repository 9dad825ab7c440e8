package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.ScoreLine;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lines of score sheets ({@code dem_score}), read and written per sheet in one statement each: a
 * sheet of 200 items is one select, or one delete and one multi-row insert. Plain JDBC: the lines
 * have no identity of their own and JPA would write them one by one.
 */
@Component
class ScoreLines {

    /** Rows per insert statement (5 parameters each, well below every driver's limit). */
    static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    ScoreLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, ScoreLine> load(long sheetId) {
        Map<String, ScoreLine> out = new LinkedHashMap<>();
        jdbc.query("select indicator_code, points, passed, remark from dem_score where sheet_id = ?", rs -> {
            Object passed = rs.getObject(3);
            out.put(rs.getString(1), new ScoreLine(rs.getString(1), rs.getBigDecimal(2),
                    passed == null ? null : rs.getBoolean(3), rs.getString(4)));
        }, sheetId);
        return out;
    }

    /** The lines of several sheets, by sheet id, in one statement. */
    Map<Long, Map<String, ScoreLine>> loadAll(Collection<Long> sheetIds) {
        Map<Long, Map<String, ScoreLine>> out = new HashMap<>();
        if (sheetIds.isEmpty()) {
            return out;
        }
        sheetIds.forEach(id -> out.put(id, new LinkedHashMap<>()));
        String in = String.join(",", java.util.Collections.nCopies(sheetIds.size(), "?"));
        jdbc.query("select sheet_id, indicator_code, points, passed, remark from dem_score where sheet_id in (" + in + ")",
                rs -> {
                    Object passed = rs.getObject(4);
                    out.get(rs.getLong(1)).put(rs.getString(2), new ScoreLine(rs.getString(2), rs.getBigDecimal(3),
                            passed == null ? null : rs.getBoolean(4), rs.getString(5)));
                }, sheetIds.toArray());
        return out;
    }

    /** Replaces every line of the sheet. */
    void replace(long sheetId, Collection<ScoreLine> lines) {
        jdbc.update("delete from dem_score where sheet_id = ?", sheetId);
        List<ScoreLine> list = new ArrayList<>(lines);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<ScoreLine> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into dem_score (sheet_id, indicator_code, points, passed, remark) values ");
            Object[] args = new Object[chunk.size() * 5];
            int[] types = new int[chunk.size() * 5];
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)");
                ScoreLine l = chunk.get(i);
                int k = i * 5;
                args[k] = sheetId;
                types[k] = Types.BIGINT;
                args[k + 1] = l.indicatorCode();
                types[k + 1] = Types.VARCHAR;
                args[k + 2] = l.points();
                types[k + 2] = Types.DECIMAL;
                args[k + 3] = l.passed();
                types[k + 3] = Types.BOOLEAN;
                args[k + 4] = l.comment();
                types[k + 4] = Types.VARCHAR;
            }
            jdbc.update(sql.toString(), args, types);
        }
    }

    /** Deletes the lines of the sheets of a candidate (never used on submitted sheets; for tests and re-scoring). */
    void deleteSheet(long sheetId) {
        jdbc.update("delete from dem_score where sheet_id = ?", sheetId);
    }

    static BigDecimal scale(BigDecimal b) {
        return b == null ? null : b.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
