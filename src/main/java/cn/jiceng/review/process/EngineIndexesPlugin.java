package cn.jiceng.review.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the index Camunda 7.24's schema lacks on {@code ACT_RU_TASK(PARENT_TASK_ID_)}: completing a
 * task looks up its sub-tasks by that column, so without it every completion scans all open tasks
 * (with 20,000 open reviews, MariaDB managed 18 completions/s instead of 47; see docs/performance.md
 * and camunda/camunda#36824). Runs after the engine has created or updated its schema (so not in
 * Flyway, which runs first). Several nodes may start at once: an index another node just created is
 * fine.
 */
@Component
public class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final String TABLE = "ACT_RU_TASK";
    static final String COLUMN = "PARENT_TASK_ID_";
    static final String INDEX = "ACT_IDX_TASK_PARENT";

    private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            if (hasIndexOn(connection, TABLE, COLUMN)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index " + INDEX + " on " + TABLE + " (" + COLUMN + ")");
                log.info("Created index {} on {}({})", INDEX, TABLE, COLUMN);
            }
        } catch (SQLException e) {
            // e.g. another node created it a moment ago; the engine works without it, only slower
            log.warn("Index {} on {}({}) not created: {}", INDEX, TABLE, COLUMN, e.getMessage());
        }
    }

    public static boolean hasIndexOn(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toLowerCase()}) {
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), null, name, false, true)) {
                while (rs.next()) {
                    if (column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
