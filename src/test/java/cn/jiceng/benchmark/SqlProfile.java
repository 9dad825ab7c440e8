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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which SQL statements a phase sends to MariaDB/MySQL, and how many of each per operation: the
 * server's general query log is switched on for the phase ({@code bench.sqlProfile=true}, needs the
 * SUPER privilege and a server on this machine), then its statements are grouped by shape (literals
 * replaced by {@code ?}, {@code IN} lists collapsed). A diagnostic, not a measurement: the general log
 * itself slows the server down, so a profiled run's rates are not comparable with others.
 */
final class SqlProfile {

    /** An entry of the general log: optional time stamp, connection id, command, text (continues on later lines). */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:\\d{6}\\s+\\d{1,2}:\\d{2}:\\d{2})?\\s+(\\d+)\\s+(Query|Execute|Prepare|Connect|Quit|Init DB|Close stmt)\\t(.*)$");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.|'')*'");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\b");
    private static final Pattern LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");

    private final JdbcTemplate jdbc;
    private final Path file;

    private SqlProfile(JdbcTemplate jdbc, Path file) {
        this.jdbc = jdbc;
        this.file = file;
    }

    /** The log goes to the temporary directory: the server (user mysql) must be able to write it. */
    static SqlProfile start(JdbcTemplate jdbc, String phase) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jiceng-general-" + phase + "-" + System.currentTimeMillis() + ".log");
        jdbc.execute("SET GLOBAL log_output = 'FILE'");
        jdbc.execute("SET GLOBAL general_log_file = '" + file + "'");
        jdbc.execute("SET GLOBAL general_log = ON");
        return new SqlProfile(jdbc, file);
    }

    /** Switches the log off and returns the statement shapes, most frequent first, per operation. */
    String stop(String phase, int operations, int top) throws IOException {
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
}
