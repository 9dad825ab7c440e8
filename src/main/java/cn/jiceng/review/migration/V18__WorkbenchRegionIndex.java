package cn.jiceng.review.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * One covering index for every region-wide read of the task projection: the leaders' dashboards
 * (open tasks per step, per unit, overdue per reviewer) and the queues' region scans read it
 * alone, without a row lookup per task (docs/performance.md, the workbench benchmark at 100,000
 * open tasks: 566 ms → about 100 ms for "open tasks per step" at the province). It replaces
 * {@code ix_wb_task_path} and {@code ix_wb_task_open_due}, its prefixes: with them beside it,
 * MariaDB chose the narrower index and looked up every row.
 *
 * <p>To fit MySQL's 3,072-byte key (utf8mb4: 4 bytes a character) process and step keys narrow
 * to 100 characters (the longest in our processes has 22). The column change is written per
 * database (MySQL {@code MODIFY}, H2 {@code ALTER COLUMN}), hence a Java migration, registered
 * as a Spring bean with the SQL ones, like {@code V14_1}. Frozen like every migration.
 */
@Component
public class V18__WorkbenchRegionIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean mysql = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
        try (Statement s = c.createStatement()) {
            if (mysql) {
                s.execute("alter table wb_task modify process_key varchar(100) not null, modify step_key varchar(100) not null");
            } else {
                s.execute("alter table wb_task alter column process_key set data type varchar(100)");
                s.execute("alter table wb_task alter column step_key set data type varchar(100)");
            }
            String on = mysql ? " on wb_task" : ""; // H2's index names are schema-wide
            s.execute("drop index ix_wb_task_path" + on);
            s.execute("drop index ix_wb_task_open_due" + on);
            s.execute("create index ix_wb_task_region on wb_task"
                    + " (status, unit_path, process_key, step_key, due_at, assignee, ended_at)");
        }
    }
}
