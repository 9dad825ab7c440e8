package cn.jiceng.review.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes Camunda 7.24's schema lacks for the way this application uses it. Runs after the
 * engine has created or updated its schema (so not in Flyway, which runs first). Several nodes may
 * start at once: an index another node just created is fine.
 * <ul>
 * <li>{@code ACT_RU_TASK(PARENT_TASK_ID_)}: completing a task looks up its sub-tasks by that column,
 * so without it every completion scans all open tasks (with 20,000 open reviews, MariaDB managed 18
 * completions/s instead of 47; docs/performance.md and camunda/camunda#36824);</li>
 * <li>{@code ACT_RU_JOB(DUEDATE_)}: every review step has an escalation timer, so the job table holds
 * a timer per open task; the job executor's acquisition ({@code DUEDATE_ is null or DUEDATE_ <= now})
 * scanned all of them on every round (72,000 timers: 90–240 ms a round on MariaDB, 10 ms with the index);</li>
 * <li>{@code ACT_HI_PROCINST(START_USER_ID_)}: the workbench's 我发起的 (cases I started) tab and its
 * count read the cases a user started, which otherwise scans the whole process history.</li>
 * </ul>
 */
@Component
public class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    /** An index on one column of an engine table. */
    record EngineIndex(String table, String column, String name) {
    }

    static final List<EngineIndex> INDEXES = List.of(
            new EngineIndex("ACT_RU_TASK", "PARENT_TASK_ID_", "ACT_IDX_TASK_PARENT"),
            new EngineIndex("ACT_RU_JOB", "DUEDATE_", "ACT_IDX_JOB_DUEDATE"),
            new EngineIndex("ACT_HI_PROCINST", "START_USER_ID_", "ACT_IDX_HI_PRO_INST_START_USER"));

    private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DataSource dataSource = configuration.getDataSource();
        for (EngineIndex index : INDEXES) {
            try (Connection connection = dataSource.getConnection()) {
                if (hasIndexOn(connection, index.table(), index.column())) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create index " + index.name() + " on " + index.table() + " (" + index.column() + ")");
                    log.info("Created index {} on {}({})", index.name(), index.table(), index.column());
                }
            } catch (SQLException e) {
                // e.g. another node created it a moment ago; the engine works without it, only slower
                log.warn("Index {} on {}({}) not created: {}", index.name(), index.table(), index.column(), e.getMessage());
            }
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
