package cn.jiceng.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On-disk size of every table of the application's database, grouped into Camunda history
 * ({@code ACT_HI_*}), Camunda runtime ({@code ACT_RU_*}), other engine tables ({@code ACT_GE_*},
 * {@code ACT_RE_*}, {@code ACT_ID_*}) and the application's own (domain) tables.
 * <ul>
 *   <li>MariaDB/MySQL: {@code ANALYZE TABLE} on each table (refreshes InnoDB's persistent
 *       statistics), then {@code information_schema.TABLES.DATA_LENGTH + INDEX_LENGTH}: the pages
 *       allocated to the clustered index and the secondary indexes.</li>
 *   <li>H2: {@code CHECKPOINT SYNC}, then {@code DISK_SPACE_USED(table)} per table (the MVStore
 *       pages of the table and its indexes); the size of the database file is reported as well.</li>
 * </ul>
 */
final class TableSizes {

    enum Group { HISTORY, RUNTIME, ENGINE_OTHER, DOMAIN }

    record Snapshot(Map<String, Long> bytesByTable, long fileBytes) {

        long group(Group group) {
            return bytesByTable.entrySet().stream().filter(e -> groupOf(e.getKey()) == group)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        Map<String, Long> growthSince(Snapshot before) {
            Map<String, Long> growth = new LinkedHashMap<>();
            bytesByTable.forEach((table, bytes) -> {
                long d = bytes - before.bytesByTable.getOrDefault(table, 0L);
                if (d != 0) {
                    growth.put(table, d);
                }
            });
            return growth;
        }
    }

    private TableSizes() {
    }

    static Group groupOf(String table) {
        String t = table.toUpperCase(Locale.ROOT);
        if (t.startsWith("ACT_HI_")) {
            return Group.HISTORY;
        }
        if (t.startsWith("ACT_RU_")) {
            return Group.RUNTIME;
        }
        if (t.startsWith("ACT_")) {
            return Group.ENGINE_OTHER;
        }
        return Group.DOMAIN;
    }

    static Snapshot measure(JdbcTemplate jdbc, boolean mysql, java.nio.file.Path h2File) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        if (mysql) {
            List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                    + "where table_schema = database() and table_type = 'BASE TABLE' order by table_name", String.class);
            for (String t : tables) {
                jdbc.queryForList("analyze table `" + t + "`");
            }
            jdbc.query("select table_name, data_length + index_length from information_schema.tables "
                    + "where table_schema = database() and table_type = 'BASE TABLE' order by table_name",
                    rs -> {
                        sizes.put(rs.getString(1), rs.getLong(2));
                    });
            return new Snapshot(withoutFlyway(sizes), -1);
        }
        jdbc.execute("CHECKPOINT SYNC");
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name", String.class);
        for (String t : new ArrayList<>(tables)) {
            Long bytes = jdbc.queryForObject("call disk_space_used(?)", Long.class, "PUBLIC.\"" + t + "\"");
            sizes.put(t, bytes == null ? 0 : bytes);
        }
        long file = -1;
        try {
            file = java.nio.file.Files.size(h2File);
        } catch (java.io.IOException e) {
            // reported as -1
        }
        return new Snapshot(withoutFlyway(sizes), file);
    }

    private static Map<String, Long> withoutFlyway(Map<String, Long> sizes) {
        sizes.keySet().removeIf(t -> t.equalsIgnoreCase("flyway_schema_history"));
        return sizes;
    }
}
