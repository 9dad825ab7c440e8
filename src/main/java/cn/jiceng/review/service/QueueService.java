package cn.jiceng.review.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.RegionScopeService;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's queues, read from the task projection: region-scoped by unit path prefix,
 * filtered, sorted on several columns and paged by key. Every query carries the user's region,
 * so no filter or typed id reaches a task outside it.
 */
@Service
@Transactional(readOnly = true)
public class QueueService {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String COLUMNS = "t.task_id, t.process_instance_id, t.process_key, t.step_key, t.name, t.form_key,"
            + " t.case_title, t.unit_code, t.unit_name, t.subject, t.detail, t.score, t.created_at, t.due_at, t.assignee,"
            + " t.owner_user, t.status, t.ended_at, t.ended_by, t.outcome, t.parent_task_id";
    static final RowMapper<WorkItem> ROW = QueueService::row;

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionScopeService scope;
    private final OrgUnitService orgUnits;

    public QueueService(NamedParameterJdbcTemplate jdbc, RegionScopeService scope, OrgUnitService orgUnits) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.orgUnits = orgUnits;
    }

    /** A page of the queue after the cursor (null: the first page). */
    public QueuePage page(AppUser user, Queue queue, QueueFilter filter, List<QueueSort> sort, QueuePage.Cursor after,
                          int limit) {
        return page(user, queue, filter, sort, after, 0, limit);
    }

    /** A page by offset, for a list that jumps (a scroll bar dragged far): slower deep in the list. */
    public QueuePage pageAt(AppUser user, Queue queue, QueueFilter filter, List<QueueSort> sort, int offset, int limit) {
        return page(user, queue, filter, sort, null, offset, limit);
    }

    private QueuePage page(AppUser user, Queue queue, QueueFilter filter, List<QueueSort> sort, QueuePage.Cursor after,
                           int offset, int limit) {
        List<QueueSort> order = sort == null || sort.isEmpty() ? defaultSort(queue) : sort;
        int rowsWanted = Math.max(1, Math.min(limit, 500));
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder();
        if (!where(user, queue, filter, p, where)) {
            return new QueuePage(List.of(), null);
        }
        List<Branch> branches = branches(queue, p);
        if (branches.isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        // the task id breaks ties in the direction of the last sort column, so that an index on
        // (…, column, task_id) is read in one direction
        boolean idAscending = order.get(order.size() - 1).ascending();
        if (after != null) {
            for (int i = 0; i < order.size(); i++) {
                p.addValue("c" + i, after.values().get(i));
            }
            p.addValue("cid", after.taskId());
        }
        String sql;
        if (branches.size() == 1) {
            sql = branches.get(0).sorted(order, idAscending, where.toString(), after) + page(rowsWanted, offset);
        } else {
            // each branch sorted and cut on its own index path, then merged: the database never joins or sorts a
            // whole group's tasks (a county's 5,000 of 100,000) to hand back one page
            StringBuilder union = new StringBuilder("select * from (");
            for (int i = 0; i < branches.size(); i++) {
                union.append(i == 0 ? "(" : " union (").append(branches.get(i).sorted(order, idAscending, where.toString(), after))
                        .append(" limit ").append(offset + rowsWanted).append(')');
            }
            StringBuilder outerOrder = new StringBuilder(" order by ");
            for (int i = 0; i < order.size(); i++) {
                outerOrder.append('k').append(i).append(order.get(i).ascending() ? " asc, " : " desc, ");
            }
            outerOrder.append("task_id").append(idAscending ? " asc" : " desc");
            sql = union.append(") q").append(outerOrder).append(page(rowsWanted, offset)).toString();
        }
        List<Object[]> keys = new ArrayList<>();
        List<WorkItem> rows = jdbc.query(sql, p, (rs, n) -> {
            Object[] k = new Object[order.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = rs.getObject("k" + i);
            }
            keys.add(k);
            return row(rs, n);
        });
        QueuePage.Cursor next = rows.size() < limit ? null
                : new QueuePage.Cursor(List.of(keys.get(keys.size() - 1)), rows.get(rows.size() - 1).taskId());
        return new QueuePage(rows, next);
    }

    private static String page(int rows, int offset) {
        return " limit " + rows + (offset > 0 ? " offset " + offset : "");
    }

    public long count(AppUser user, Queue queue, QueueFilter filter) {
        return count(user, queue, filter, "", new MapSqlParameterSource());
    }

    /** The queue's rows that also meet an extra condition on {@code t} (empty: none). */
    private long count(AppUser user, Queue queue, QueueFilter filter, String extra, MapSqlParameterSource p) {
        StringBuilder where = new StringBuilder();
        if (!where(user, queue, filter, p, where)) {
            return 0;
        }
        Long n = jdbc.queryForObject("select " + countOf(queue, where + extra), p, Long.class);
        return n == null ? 0 : n;
    }

    /** The count of the queue's rows as an expression ("count(*) from …" or a sub-query). */
    private static String countOf(Queue queue, String where) {
        List<Branch> branches = branches(queue);
        if (branches.size() == 1) {
            return branches.get(0).distinct ? "count(distinct t.task_id)" + branches.get(0).from(where)
                    : "count(*)" + branches.get(0).from(where);
        }
        StringBuilder union = new StringBuilder("count(*) from (");
        for (int i = 0; i < branches.size(); i++) {
            union.append(i == 0 ? "" : " union ").append("select t.task_id").append(branches.get(i).from(where));
        }
        return union.append(") q").toString();
    }

    /** The count of every tab, unfiltered. */
    public Map<Queue, Long> counts(AppUser user) {
        Map<Queue, Long> counts = new EnumMap<>(Queue.class);
        // one round trip: the tabs' counts as sub-queries of one statement (their parameters agree)
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> parts = new java.util.ArrayList<>();
        for (Queue q : Queue.values()) {
            StringBuilder where = new StringBuilder();
            if (!where(user, q, QueueFilter.NONE, p, where)) {
                for (Queue each : Queue.values()) {
                    counts.put(each, 0L);
                }
                return counts;
            }
            parts.add("(select " + countOf(q, where.toString()) + ") as c_" + q.name().toLowerCase(Locale.ROOT));
        }
        jdbc.query("select " + String.join(", ", parts), p, (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            int i = 1;
            for (Queue q : Queue.values()) {
                counts.put(q, rs.getLong(i++));
            }
        });
        return counts;
    }

    /** Open tasks I may act on that are due within the next days (0: overdue only). */
    public long dueWithin(AppUser user, int days) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("until", Timestamp.from(now().plusSeconds(days * 86_400L)));
        return count(user, Queue.TODO, QueueFilter.NONE, " and t.due_at < :until", p);
    }

    /** A task row of the user's region, whatever its queue (for the trail of a copied or finished case). */
    public Optional<WorkItem> inRegion(AppUser user, String taskId) {
        Optional<String> path = scope.scopePath(user);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from wb_task t where t.task_id = :id and t.unit_path >= :scopeFrom"
                        + " and t.unit_path < :scopeTo", Map.of("id", taskId, "scopeFrom", path.get(), "scopeTo", upperBound(path.get())),
                ROW).stream().findFirst();
    }

    /** All rows of a case (process instance), oldest first. */
    public List<WorkItem> ofCase(String processInstanceId) {
        return jdbc.query("select " + COLUMNS + " from wb_task t where t.process_instance_id = :pi order by t.created_at, t.task_id",
                Map.of("pi", processInstanceId), ROW);
    }

    /** Whether the case was copied to the user (抄送). */
    public boolean copiedTo(AppUser user, String processInstanceId) {
        Long n = jdbc.queryForObject("select count(*) from wb_case_copy where process_instance_id = :pi and username = :me",
                Map.of("pi", processInstanceId, "me", user.getUsername()), Long.class);
        return n != null && n > 0;
    }

    /** The steps that occur in the projection, for the filter's choice (process key, step key, a name). */
    public List<StepRef> steps() {
        // the distinct steps from the step index alone (not a scan of every task), then one row of each for its form
        List<String[]> keys = jdbc.query("select process_key, step_key from wb_task group by process_key, step_key"
                + " order by process_key, step_key", Map.of(), (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        return keys.stream().map(k -> new StepRef(k[0], k[1], jdbc.query(
                "select form_key from wb_task where process_key = :process and step_key = :step limit 1",
                Map.of("process", k[0], "step", k[1]), rs -> rs.next() ? rs.getString(1) : null))).toList();
    }

    private boolean where(AppUser user, Queue queue, QueueFilter filter, MapSqlParameterSource p, StringBuilder where) {
        Optional<String> path = scope.scopePath(user);
        if (path.isEmpty()) {
            return false;
        }
        p.addValue("scopeFrom", path.get()).addValue("scopeTo", upperBound(path.get())).addValue("me", user.getUsername());
        where.append("t.unit_path >= :scopeFrom and t.unit_path < :scopeTo and ");
        switch (queue) {
            case TODO -> {
                p.addValue("groups", EngineGroups.groupsOf(user));
                where.append("t.status = 'OPEN' and (t.assignee = :me or t.assignee is null)");
            }
            case MINE -> where.append("t.status = 'OPEN' and t.assignee = :me");
            case CLAIMABLE -> {
                p.addValue("groups", EngineGroups.groupsOf(user));
                where.append("t.status = 'OPEN' and t.assignee is null");
            }
            case DONE -> where.append("t.status = 'COMPLETED' and t.ended_by = :me");
            case COPIED -> where.append("t.task_id in (select cc.task_id from wb_case_copy cc where cc.username = :me)");
            case STARTED -> where.append("t.process_instance_id in (select h.ID_ from ACT_HI_PROCINST h where h.START_USER_ID_ = :me)");
            default -> throw new IllegalArgumentException(queue.name());
        }
        QueueFilter f = filter == null ? QueueFilter.NONE : filter;
        if (f.processKey() != null) {
            where.append(" and t.process_key = :process");
            p.addValue("process", f.processKey());
        }
        if (f.stepKey() != null) {
            where.append(" and t.step_key = :step");
            p.addValue("step", f.stepKey());
        }
        if (f.unitCode() != null) {
            Optional<OrgUnit> unit = orgUnits.findByCode(f.unitCode());
            if (unit.isEmpty()) {
                return false;
            }
            where.append(" and t.unit_path >= :unitFrom and t.unit_path < :unitTo");
            p.addValue("unitFrom", unit.get().getPath()).addValue("unitTo", upperBound(unit.get().getPath()));
        }
        if (f.overdue() != null) {
            p.addValue("now", Timestamp.from(now()));
            where.append(f.overdue() ? " and t.status = 'OPEN' and t.due_at < :now" : " and (t.due_at is null or t.due_at >= :now)");
        }
        if (f.createdFrom() != null) {
            where.append(" and t.created_at >= :from");
            p.addValue("from", Timestamp.from(f.createdFrom().atStartOfDay(BEIJING).toInstant()));
        }
        if (f.createdTo() != null) {
            where.append(" and t.created_at < :to");
            p.addValue("to", Timestamp.from(f.createdTo().plusDays(1).atStartOfDay(BEIJING).toInstant()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and t.search_text like :text");
            p.addValue("text", "%" + f.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return true;
    }

    /**
     * Where a queue's rows come from: 待办 and 待认领 start from the reviewer's own candidate rows (and, for
     * 待办, from the tasks assigned to them), so the database reads only those, not the whole region.
     * For a page, each of the user's groups is a branch of its own ({@code c.group_id = :g0}) that sorts on
     * the candidate row's copy of the sort keys where it has one (due, received: V21's indexes), so a
     * group's candidates are read in index order and the read stops at the page; the branches are merged
     * ({@code union} drops a task met through two groups). For a count, one branch over all the groups
     * ({@code in (:groups)}, distinct).
     */
    private record Branch(String tables, String condition, boolean distinct, Map<QueueSort.Column, String> own, String id) {
        String from(String where) {
            return " from " + tables + " where " + condition + where;
        }

        String sql(QueueSort.Column column) {
            return own.getOrDefault(column, column.sql);
        }

        /** This branch's rows after the cursor (if any), sorted, with the sort keys as k0, k1 …. */
        String sorted(List<QueueSort> order, boolean idAscending, String where, QueuePage.Cursor after) {
            StringBuilder select = new StringBuilder(COLUMNS);
            StringBuilder by = new StringBuilder(" order by ");
            for (int i = 0; i < order.size(); i++) {
                QueueSort s = order.get(i);
                select.append(", ").append(sql(s.column())).append(" as k").append(i);
                by.append(sql(s.column())).append(s.ascending() ? " asc, " : " desc, ");
            }
            by.append(id).append(idAscending ? " asc" : " desc");
            String keyset = after == null ? "" : " and " + keyset(order, idAscending);
            return "select " + (distinct ? "distinct " : "") + select + from(where + keyset) + by;
        }

        /**
         * Rows strictly after the cursor: (a > x) or (a = x and b > y) or … or (… and id > z), led by
         * {@code a >= x} where the first column is never null, a range the index can start from.
         */
        private String keyset(List<QueueSort> order, boolean idAscending) {
            StringBuilder or = new StringBuilder("(");
            QueueSort first = order.get(0);
            if (first.column().notNull) {
                or.append(sql(first.column())).append(first.ascending() ? " >= :c0" : " <= :c0").append(" and (");
            }
            int n = order.size();
            for (int i = 0; i <= n; i++) {
                if (i > 0) {
                    or.append(" or ");
                }
                or.append('(');
                for (int j = 0; j < i; j++) {
                    or.append(sql(order.get(j).column())).append(" = :c").append(j).append(" and ");
                }
                if (i < n) {
                    QueueSort s = order.get(i);
                    or.append(sql(s.column())).append(s.ascending() ? " > :c" : " < :c").append(i);
                } else {
                    or.append(id).append(idAscending ? " > :cid" : " < :cid");
                }
                or.append(')');
            }
            return or.append(first.column().notNull ? "))" : ")").toString();
        }
    }

    private static final Map<QueueSort.Column, String> CANDIDATE_SORT =
            Map.of(QueueSort.Column.DUE, "c.due_sort", QueueSort.Column.CREATED, "c.created_at");
    private static final String CANDIDATE_TABLES = "wb_task_candidate c join wb_task t on t.task_id = c.task_id";
    private static final Branch CANDIDATES = new Branch(CANDIDATE_TABLES, "c.group_id in (:groups) and ", true, Map.of(),
            "t.task_id");
    private static final Branch ASSIGNED = new Branch("wb_task t", "t.assignee = :me and t.status = 'OPEN' and ", false,
            Map.of(), "t.task_id");
    private static final Branch ALL = new Branch("wb_task t", "", false, Map.of(), "t.task_id");

    /** A page's branches: one per group of the user (bound as :g0, :g1 … in {@code p}), and my own tasks for 待办. */
    private static List<Branch> branches(Queue queue, MapSqlParameterSource p) {
        if (queue != Queue.TODO && queue != Queue.CLAIMABLE) {
            return List.of(ALL);
        }
        List<Branch> branches = new ArrayList<>();
        List<?> groups = (List<?>) p.getValue("groups");
        for (int i = 0; i < groups.size(); i++) {
            p.addValue("g" + i, groups.get(i));
            branches.add(new Branch(CANDIDATE_TABLES, "c.group_id = :g" + i + " and ", false, CANDIDATE_SORT, "c.task_id"));
        }
        if (queue == Queue.TODO) {
            branches.add(ASSIGNED);
        }
        return branches;
    }

    /** A count's branches. */
    private static List<Branch> branches(Queue queue) {
        return switch (queue) {
            case TODO -> List.of(CANDIDATES, ASSIGNED);
            case CLAIMABLE -> List.of(CANDIDATES);
            default -> List.of(ALL);
        };
    }

    /**
     * The first path after every path below this one: a unit path ends with '/', and '0' is the
     * character after '/', so "this unit and below" is {@code path >= p and path < upperBound(p)},
     * a range on the index whatever the database does with LIKE and a bound parameter.
     */
    static String upperBound(String path) {
        if (!path.endsWith("/")) {
            throw new IllegalArgumentException("unit path without a trailing '/': " + path);
        }
        return path.substring(0, path.length() - 1) + '0';
    }

    private static List<QueueSort> defaultSort(Queue queue) {
        return queue == Queue.DONE ? QueueSort.LATEST_ENDED : QueueSort.DEFAULT;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static WorkItem row(ResultSet rs, int n) throws SQLException {
        BigDecimal score = rs.getBigDecimal("score");
        return new WorkItem(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("process_key"),
                rs.getString("step_key"), rs.getString("name"), rs.getString("form_key"), rs.getString("case_title"),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("subject"), rs.getString("detail"), score,
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("due_at")), rs.getString("assignee"),
                rs.getString("owner_user"), rs.getString("status"), instant(rs.getTimestamp("ended_at")),
                rs.getString("ended_by"), rs.getString("outcome"), rs.getString("parent_task_id"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
