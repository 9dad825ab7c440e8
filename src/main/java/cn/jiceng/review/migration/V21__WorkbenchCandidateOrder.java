package cn.jiceng.review.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * A group's queue page read in index order: the candidate rows carry the task's received time
 * beside its due date, and two indexes, one per sort a reviewer starts from (due then received,
 * and received), let the database read a group's candidates already sorted and stop at the page,
 * instead of joining and sorting all of a county's ~5,000 candidate rows per page
 * (docs/performance.md, the workbench benchmark: 26–38 ms → under 1 ms for the first page in
 * {@code ANALYZE} at 100,000 open tasks). {@code ix_wb_task_candidate_group} is a prefix of the new
 * due index and goes. A Java migration because H2's and MySQL's {@code drop index} differ (as in V18).
 * Frozen like every migration.
 */
@Component
public class V21__WorkbenchCandidateOrder extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean mysql = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
        try (Statement s = c.createStatement()) {
            s.execute("alter table wb_task_candidate add column created_at timestamp(3) null");
            s.execute("update wb_task_candidate set created_at = (select t.created_at from wb_task t"
                    + " where t.task_id = wb_task_candidate.task_id)");
            // a candidate row without its task (never written so, but be safe): now, so the column can be not null
            s.execute("update wb_task_candidate set created_at = current_timestamp where created_at is null");
            if (mysql) {
                s.execute("alter table wb_task_candidate modify created_at timestamp(3) not null default current_timestamp(3)");
            } else {
                s.execute("alter table wb_task_candidate alter column created_at set not null");
            }
            String on = mysql ? " on wb_task_candidate" : "";
            s.execute("drop index ix_wb_task_candidate_group" + on);
            s.execute("create index ix_wb_task_candidate_due on wb_task_candidate (group_id, due_sort, created_at, task_id)");
            s.execute("create index ix_wb_task_candidate_created on wb_task_candidate (group_id, created_at, task_id)");
        }
    }
}
