package cn.jiceng.testsupport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches every table of the connection's own database (the application's and Camunda's ACT_*
 * alike, found through JDBC metadata) for plaintext: every character and binary column, text,
 * CLOB and BLOB included, row by row. Binary values are searched as bytes, so a string inside a
 * serialized variable or a deployed resource is found too.
 */
public final class PlaintextScan {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    /** What was scanned and what was found. */
    public record Result(int tables, int columns, long values, List<String> findings) {
    }

    private PlaintextScan() {
    }

    public static Result scan(Connection c, Collection<String> needles) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        String q = md.getIdentifierQuoteString().trim();
        Map<String, Map<String, Boolean>> tables = new LinkedHashMap<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.put(rs.getString("TABLE_NAME"), new LinkedHashMap<>());
            }
        }
        int columns = 0;
        for (Map.Entry<String, Map<String, Boolean>> t : tables.entrySet()) {
            try (ResultSet rs = md.getColumns(catalog, schema, t.getKey(), "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (TEXT.contains(type) || BINARY.contains(type)) {
                        t.getValue().put(rs.getString("COLUMN_NAME"), BINARY.contains(type));
                        columns++;
                    }
                }
            }
        }
        List<byte[]> needleBytes = needles.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
        List<String> findings = new ArrayList<>();
        long values = 0;
        for (Map.Entry<String, Map<String, Boolean>> t : tables.entrySet()) {
            if (t.getValue().isEmpty()) {
                continue;
            }
            List<String> cols = new ArrayList<>(t.getValue().keySet());
            String sql = "select " + String.join(", ", cols.stream().map(col -> q + col + q).toList()) + " from " + q
                    + t.getKey() + q;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    for (int i = 0; i < cols.size(); i++) {
                        byte[] value = t.getValue().get(cols.get(i)) ? rs.getBytes(i + 1) : utf8(rs.getString(i + 1));
                        if (value == null) {
                            continue;
                        }
                        values++;
                        for (int n = 0; n < needleBytes.size(); n++) {
                            if (indexOf(value, needleBytes.get(n)) >= 0) {
                                findings.add(t.getKey() + "." + cols.get(i) + " holds " + needles.toArray()[n]);
                            }
                        }
                    }
                }
            }
        }
        return new Result(tables.size(), columns, values, findings);
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
