package cn.jiceng.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which SQL statements a phase sends to MariaDB/MySQL, and how many of each per operation: the
 * server's general query log is switched on for the phase ({@code bench.sqlProfile=true}, needs the
 * SUPER privilege and a server on this machine), then its statements are grouped by shape (literals
 * replaced by {@code ?}, {@code IN} lists collapsed). A diagnostic, not a measurement: the general log
 * itself slows the server down, so a profiled run's rates are not comparable with others.
 * <p>
 * {@code bench.sqlProfile=timed} reads the slow query log with a threshold of zero instead: the same
 * shapes, with the server's time and the rows it examined per statement, which is what shows a
 * statement that scans (the pool's connections are renewed so that they take the new threshold).
 */
final class SqlProfile {

    /** An entry of the general log: optional time stamp, connection id, command, text (continues on later lines). */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:\\d{6}\\s+\\d{1,2}:\\d{2}:\\d{2})?\\s+(\\d+)\\s+(Query|Execute|Prepare|Connect|Quit|Init DB|Close stmt)\\t(.*)$");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.|'')*'");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\b");
    private static final Pattern LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");

    private static final Pattern SLOW_STATS = Pattern.compile(
            "^# Query_time: ([\\d.]+)\\s+Lock_time: [\\d.]+\\s+Rows_sent: \\d+\\s+Rows_examined: (\\d+).*");

    private final JdbcTemplate jdbc;
    private final Path file;
    private final boolean timed;

    private SqlProfile(JdbcTemplate jdbc, Path file, boolean timed) {
        this.jdbc = jdbc;
        this.file = file;
        this.timed = timed;
    }

    /** The mode asked for by {@code bench.sqlProfile}: {@code true} (counts) or {@code timed}; null when off. */
    static SqlProfile fromProperty(JdbcTemplate jdbc, String phase) {
        String mode = System.getProperty("bench.sqlProfile", "false");
        if ("timed".equals(mode)) {
            return startTimed(jdbc, phase);
        }
        return Boolean.parseBoolean(mode) ? start(jdbc, phase) : null;
    }

    /** Every statement with its time: the slow query log at a threshold of zero. */
    static SqlProfile startTimed(JdbcTemplate jdbc, String phase) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jiceng-slow-" + phase + "-" + System.currentTimeMillis() + ".log");
        jdbc.execute("SET GLOBAL log_output = 'FILE'");
        jdbc.execute("SET GLOBAL slow_query_log_file = '" + file + "'");
        jdbc.execute("SET GLOBAL long_query_time = 0");
        jdbc.execute("SET GLOBAL slow_query_log = ON");
        renewConnections(jdbc);
        return new SqlProfile(jdbc, file, true);
    }

    /** A session copies long_query_time when it connects: idle connections are closed now, busy ones when returned. */
    private static void renewConnections(JdbcTemplate jdbc) {
        DataSource ds = jdbc.getDataSource();
        if (ds instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** The log goes to the temporary directory: the server (user mysql) must be able to write it. */
    static SqlProfile start(JdbcTemplate jdbc, String phase) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jiceng-general-" + phase + "-" + System.currentTimeMillis() + ".log");
        jdbc.execute("SET GLOBAL log_output = 'FILE'");
        jdbc.execute("SET GLOBAL general_log_file = '" + file + "'");
        jdbc.execute("SET GLOBAL general_log = ON");
        return new SqlProfile(jdbc, file, false);
    }

    /** Switches the log off and returns the statement shapes, most frequent first, per operation. */
    String stop(String phase, int operations, int top) throws IOException {
        if (timed) {
            return stopTimed(phase, operations, top);
        }
        jdbc.execute("SET GLOBAL general_log = OFF");
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        StringBuilder current = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    if (current != null) {
                        counts.merge(shape(current.toString()), 1L, Long::sum);
                        total++;
                    }
                    current = m.group(2).equals("Query") || m.group(2).equals("Execute") ? new StringBuilder(m.group(3)) : null;
                } else if (current != null) {
                    current.append(' ').append(line);
                }
            }
        }
        if (current != null) {
            counts.merge(shape(current.toString()), 1L, Long::sum);
            total++;
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "SQL statements of %s: %,d in all, %.1f per operation (%d operations; general log %s)%n",
                phase, total, total / (double) operations, operations, file));
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(top, sorted.size()))) {
            out.append(String.format(Locale.ROOT, "  %6.2f  %s%n", e.getValue() / (double) operations, e.getKey()));
        }
        return out.toString();
    }

    static String shape(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip();
        s = STRING.matcher(s).replaceAll("?");
        s = NUMBER.matcher(s).replaceAll("?");
        s = LIST.matcher(s).replaceAll("(?…)");
        return s.length() > 150 ? s.substring(0, 150) + "…" : s;
    }

    private String stopTimed(String phase, int operations, int top) throws IOException {
        jdbc.execute("SET GLOBAL slow_query_log = OFF");
        jdbc.execute("SET GLOBAL long_query_time = 10");
        renewConnections(jdbc);
        return summarizeSlowLog(file, jdbc.queryForObject("select database()", String.class), phase, operations, top);
    }

    /** The statements of one database in a slow log (threshold zero), grouped by shape, most server time first. */
    static String summarizeSlowLog(Path file, String schema, String phase, int operations, int top) throws IOException {
        Map<String, double[]> byShape = new HashMap<>(); // count, seconds, rows examined
        double[] totals = new double[2]; // seconds, statements
        // an entry: "# User@Host", "# Thread_id … Schema: …", "# Query_time … Rows_examined: n", further "#" lines,
        // then "SET timestamp=…;" (and "use …;") and the statement's lines
        String currentSchema = null;
        double seconds = 0;
        long examined = 0;
        StringBuilder sql = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                boolean next = line.startsWith("# User@Host") || line.startsWith("# Time:");
                if (next && sql != null) {
                    if (schema.equals(currentSchema)) {
                        add(byShape, totals, sql.toString(), seconds, examined);
                    }
                    sql = null;
                }
                if (line.startsWith("#")) {
                    int at = line.indexOf("Schema: ");
                    if (at >= 0) {
                        currentSchema = line.substring(at + 8).split("\\s+")[0];
                    }
                    Matcher m = SLOW_STATS.matcher(line);
                    if (m.matches()) {
                        seconds = Double.parseDouble(m.group(1));
                        examined = Long.parseLong(m.group(2));
                        sql = new StringBuilder();
                    }
                } else if (sql != null && !line.startsWith("SET timestamp=") && !line.startsWith("use ")) {
                    sql.append(' ').append(line);
                }
            }
        }
        if (sql != null && schema.equals(currentSchema)) {
            add(byShape, totals, sql.toString(), seconds, examined);
        }
        double totalSeconds = totals[0];
        long total = (long) totals[1];
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(byShape.entrySet());
        sorted.sort((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "SQL statements of %s: %,d in all, %.1f per operation, server time %.1f ms per operation (%d operations; slow log %s)%n"
                        + "  per op  ms/op   rows/stmt  shape%n",
                phase, total, total / (double) operations, totalSeconds * 1000 / operations, operations, file));
        for (Map.Entry<String, double[]> e : sorted.subList(0, Math.min(top, sorted.size()))) {
            double[] a = e.getValue();
            out.append(String.format(Locale.ROOT, "  %6.2f %6.2f %10.1f  %s%n", a[0] / operations, a[1] * 1000 / operations,
                    a[2] / a[0], e.getKey()));
        }
        return out.toString();
    }

    /** Counts one statement of the slow log under its shape (blank entries, e.g. a bare "use", are left out). */
    private static void add(Map<String, double[]> byShape, double[] totals, String sql, double seconds, long examined) {
        if (sql.isBlank()) {
            return;
        }
        double[] a = byShape.computeIfAbsent(shape(sql), k -> new double[3]);
        a[0]++;
        a[1] += seconds;
        a[2] += examined;
        totals[0] += seconds;
        totals[1]++;
    }
}
