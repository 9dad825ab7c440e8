package cn.jiceng.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Chooses the database of a test run. By default H2 in memory. With {@code -Djiceng.test.db=mysql}
 * (the MariaDB pass), a fresh database on the server given by {@code jiceng.it.mysql.url/user/password},
 * created once per JVM and dropped when the JVM ends.
 */
public final class TestDatabase {

    public static final String SERVER_URL = System.getProperty("jiceng.it.mysql.url", "jdbc:mysql://127.0.0.1:3306/");
    public static final String USER = System.getProperty("jiceng.it.mysql.user", "root");
    public static final String PASSWORD = System.getProperty("jiceng.it.mysql.password", "");

    private static String database;

    private TestDatabase() {
    }

    public static boolean mysqlRequested() {
        return "mysql".equalsIgnoreCase(System.getProperty("jiceng.test.db", "h2"));
    }

    /** True if CI demands the MariaDB pass: an unreachable server is then an error, not a skip. */
    public static boolean mysqlRequired() {
        return Boolean.parseBoolean(System.getProperty("jiceng.it.require-mysql", "false"));
    }

    /** Why the server cannot be used, or empty if it can. */
    public static Optional<String> mysqlProblem() {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("MySQL/MariaDB at " + SERVER_URL + " is not reachable: " + e.getMessage());
        }
    }

    /** Creates the run's database (once) and returns its JDBC URL. */
    public static synchronized String freshMysqlDatabase() {
        String reuse = System.getProperty("jiceng.test.reuse-database", "");
        if (database == null && !reuse.isBlank()) {
            // a benchmark's kept database (jiceng.test.keep-database), measured again without rebuilding its data
            database = reuse;
        }
        if (database == null) {
            String name = "jiceng_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            execute("create database " + name + " character set utf8mb4 collate utf8mb4_bin");
            database = name;
            // -Djiceng.test.keep-database=true keeps it, to study a benchmark's data with EXPLAIN afterwards
            if (!Boolean.getBoolean("jiceng.test.keep-database")) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name)));
            }
        }
        return SERVER_URL + database;
    }

    /**
     * A second fresh database of its own (for a test that needs its own application context, such as
     * one whose connections go through a proxy), dropped when the JVM ends; returns its name.
     */
    public static String anotherMysqlDatabase(String purpose) {
        String name = "jiceng_test_" + purpose + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        execute("create database " + name + " character set utf8mb4 collate utf8mb4_bin");
        if (!Boolean.getBoolean("jiceng.test.keep-database")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name)));
        }
        return name;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + SERVER_URL, e);
        }
    }
}
