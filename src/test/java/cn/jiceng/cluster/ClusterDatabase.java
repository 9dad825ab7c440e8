package cn.jiceng.cluster;

import cn.jiceng.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fresh MariaDB/MySQL database {@code jiceng_cluster_<time>} on the server of the MariaDB pass
 * ({@link TestDatabase#SERVER_URL}), for the application nodes a jar test starts. {@link #close()} drops
 * this database and no other. Also the test's own JDBC reads for its assertions.
 */
public final class ClusterDatabase implements AutoCloseable {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS");

    private final String name;

    private ClusterDatabase(String name) {
        this.name = name;
    }

    public static ClusterDatabase create() {
        String name = "jiceng_cluster_" + LocalDateTime.now().format(NAME_TIME);
        try (Connection c = DriverManager.getConnection(TestDatabase.SERVER_URL, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + TestDatabase.SERVER_URL, e);
        }
        return new ClusterDatabase(name);
    }

    public String name() {
        return name;
    }

    /** The JDBC URL the nodes get as {@code MYSQL_URL} (the {@code mysql} profile adds the driver settings). */
    public String url() {
        return TestDatabase.SERVER_URL + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url() + "?nullDatabaseMeansCurrent=true", TestDatabase.USER, TestDatabase.PASSWORD);
    }

    /** A single number (count, sum). */
    public long number(String sql, Object... args) {
        List<List<Object>> rows = rows(sql, args);
        Object value = rows.isEmpty() ? null : rows.get(0).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The first column of every row, as strings, in order. */
    public Set<String> strings(String sql, Object... args) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Object> row : rows(sql, args)) {
            out.add(row.get(0) == null ? null : row.get(0).toString());
        }
        return out;
    }

    public List<List<Object>> rows(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<Object>> out = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed on " + name + ": " + sql, e);
        }
    }

    /** Drops this test's database (only it); -Djiceng.test.keep-database=true keeps it for a look afterwards. */
    @Override
    public void close() {
        if (Boolean.getBoolean("jiceng.test.keep-database")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(TestDatabase.SERVER_URL, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + name, e);
        }
    }
}
