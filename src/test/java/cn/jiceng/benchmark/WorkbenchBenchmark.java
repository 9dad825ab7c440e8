package cn.jiceng.benchmark;

import cn.jiceng.dashboard.service.DashboardFocus;
import cn.jiceng.dashboard.service.DashboardService;
import cn.jiceng.review.process.SampleReviewProcess;
import cn.jiceng.review.service.BulkResult;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueuePage;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.review.service.QueueSort;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbench benchmark (issue #10): many open tasks spread over the demo tree, started through the
 * real sample-review process (so the projection is written by the engine's listeners), then a
 * county reviewer's queue read from the projection against the equivalent Camunda {@code TaskQuery}
 * (candidate groups, a process-variable filter, a sort), first page and a page deep in the list; the
 * tab counts; and a bulk approval. Prints a table per database.
 *
 * <p>Not a test: {@code ./mvnw -Pbenchmark verify -Dbench.main=cn.jiceng.benchmark.WorkbenchBenchmark}
 * (docs/performance.md). System properties: {@code bench.tasks} (default 2,000; the documented run
 * 100,000), {@code bench.bulk} (1,000), {@code bench.db} (h2, mysql or both), {@code bench.threads},
 * {@code bench.repeats} (timed repetitions per query), {@code bench.heapDump} (where to keep the heap dump taken
 * after the measured round of UI sessions; without it the dump is deleted once measured), {@code bench.reuse} with {@code jiceng.test.reuse-database} (measure again the
 * tasks of a database an earlier run kept with {@code jiceng.test.keep-database}; no tasks are started).
 */
public final class WorkbenchBenchmark {

    static final String REVIEWER = "kc.reviewer";
    static final String COUNTY = "220103";
    static final String LEADER = "province.leader";
    static final int PAGE = 50;
    /** Untimed runs of each query before the timed ones (statement caches, the JIT's compiled code). */
    static final int WARMUPS = Integer.getInteger("bench.warmups", 30);
    /** The deep page: the 41st page of 50 rows. */
    static final int DEEP_OFFSET = 2000;

    record Config(int tasks, int bulk, List<String> databases, int threads, int repeats, Path outDir, int sessions) {
        static Config fromSystemProperties() {
            String db = System.getProperty("bench.db", "both").toLowerCase(Locale.ROOT);
            List<String> dbs = switch (db) {
                case "both" -> List.of("mysql", "h2");
                case "h2", "mysql" -> List.of(db);
                default -> throw new IllegalArgumentException("bench.db must be h2, mysql or both, not " + db);
            };
            return new Config(Integer.getInteger("bench.tasks", 2000), Integer.getInteger("bench.bulk", 1000), dbs,
                    Integer.getInteger("bench.threads", 4), Integer.getInteger("bench.repeats", 30),
                    Path.of(System.getProperty("bench.outDir", "target/benchmark")), Integer.getInteger("bench.sessions", 10));
        }
    }

    /** Milliseconds of the timed repetitions of one query. */
    record Timing(String what, double p50, double p95, double max, int rows) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", what, p50, p95, max, rows);
        }
    }

    record Result(String database, int tasks, int queueSize, double startedPerSecond, List<Timing> timings,
                  int bulkDone, double bulkPerSecond, List<Timing> dashboard, SessionHeap heap) {
    }

    /** The retained heap of reviewers' UI sessions with the workbench open: after GC, per session. */
    record SessionHeap(int sessions, long baselineBytes, long afterBytes, int retainedSessions, long retainedMedianBytes) {
        long perSessionBytes() {
            return sessions == 0 ? 0 : (afterBytes - baselineBytes) / sessions;
        }
    }

    private final Config config;

    private WorkbenchBenchmark(Config config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromSystemProperties();
        BenchApp.runEach(config.databases(), config.outDir(), "workbench", db -> new WorkbenchBenchmark(config).run(db),
                results -> report(config, results));
    }

    private Result run(String db) throws Exception {
        log("=== %s: %d tasks ===", db, config.tasks());
        try (BenchApp app = BenchApp.start(db, config.outDir(), config.threads() + 8)) {
            return measure(db, app);
        }
    }

    private Result measure(String db, BenchApp app) throws Exception {
        ReviewTaskService reviews = app.bean(ReviewTaskService.class);
        QueueService queues = app.bean(QueueService.class);
        WorkbenchService workbench = app.bean(WorkbenchService.class);
        TaskService taskService = app.bean(TaskService.class);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        AppUser reviewer = app.bean(UserService.class).findByUsername(REVIEWER).orElseThrow();

        // --- open tasks over the demo tree: a third at the counties (the county reviewers' queues), the rest
        // at streets and communities; due dates from 5 days ago to 15 days ahead
        List<String> counties = jdbc.queryForList("select code from org_unit where unit_level = 'COUNTY' order by code", String.class);
        List<String> below = jdbc.queryForList("select code from org_unit where unit_level in ('STREET', 'COMMUNITY') order by code",
                String.class);
        int n = Boolean.getBoolean("bench.reuse") ? 0 : config.tasks();
        OffsetDateTime now = OffsetDateTime.now();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, n / (config.threads() * 20));
            for (int from = 0; from < n; from += chunk) {
                int start = from;
                int end = Math.min(n, from + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        String unit = i % 3 == 0 ? counties.get((i / 3) % counties.size()) : below.get(i % below.size());
                        reviews.startSampleReview(unit, "基准案件 " + i + " · 社区推荐材料", "WB-BENCH-" + i,
                                now.plusDays(i % 21 - 5).plusMinutes(i % 1440));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double started = n / ((System.nanoTime() - t0) / 1e9);
        log("started %d sample reviews (%.0f/s)", n, started);
        Long open = jdbc.queryForObject("select count(*) from wb_task where status = 'OPEN'", Long.class);
        int tasks = n == 0 ? open.intValue() : n; // bench.reuse: the tasks of an earlier run's kept database
        log("%d open tasks in the projection, %d in the engine", open, taskService.createTaskQuery().count());

        QueueFilter filter = QueueFilter.NONE.withStep(SampleReviewProcess.PROCESS_ID, SampleReviewProcess.TASK_REVIEW);
        List<QueueSort> sort = List.of(new QueueSort(QueueSort.Column.CREATED, false));
        int queueSize = (int) queues.count(reviewer, Queue.TODO, filter);
        log("%s's queue: %d tasks", REVIEWER, queueSize);
        List<Timing> timings = new ArrayList<>();
        timings.add(time("projection: first page (filter + sort)", () -> queues.page(reviewer, Queue.TODO, filter, sort, null, PAGE).rows().size()));
        QueuePage.Cursor deep = null;
        QueuePage page = queues.page(reviewer, Queue.TODO, filter, sort, null, PAGE);
        for (int p = 1; p * PAGE <= DEEP_OFFSET && page.next() != null; p++) {
            deep = page.next();
            page = queues.page(reviewer, Queue.TODO, filter, sort, deep, PAGE);
        }
        QueuePage.Cursor cursor = deep;
        timings.add(time("projection: page at row " + DEEP_OFFSET + " by key", () -> queues.page(reviewer, Queue.TODO, filter, sort, cursor, PAGE).rows().size()));
        timings.add(time("projection: page at row " + DEEP_OFFSET + " by offset", () -> queues.pageAt(reviewer, Queue.TODO, filter, sort, DEEP_OFFSET, PAGE).rows().size()));
        timings.add(time("projection: count of the filtered queue", () -> (int) queues.count(reviewer, Queue.TODO, filter)));
        timings.add(time("projection: counts of all six tabs", () -> queues.counts(reviewer).size()));
        Supplier<TaskQuery> camunda = () -> taskService.createTaskQuery().active()
                .or().taskCandidateGroupIn(EngineGroups.groupsOf(reviewer)).taskAssignee(reviewer.getUsername()).endOr()
                .processDefinitionKey(SampleReviewProcess.PROCESS_ID).taskDefinitionKey(SampleReviewProcess.TASK_REVIEW)
                .processVariableValueEquals(SampleReviewProcess.VAR_UNIT_CODE, COUNTY)
                .orderByTaskCreateTime().desc();
        timings.add(time("Camunda TaskQuery: first page", () -> camunda.get().listPage(0, PAGE).size()));
        timings.add(time("Camunda TaskQuery: page at row " + DEEP_OFFSET, () -> camunda.get().listPage(DEEP_OFFSET, PAGE).size()));
        timings.add(time("Camunda TaskQuery: count", () -> (int) camunda.get().count()));

        // --- bulk approval of the first tasks of the queue, as one reviewer's single request
        List<String> ids = new ArrayList<>();
        QueuePage bulkPage = queues.page(reviewer, Queue.TODO, filter, QueueSort.DEFAULT, null, 500);
        while (ids.size() < config.bulk() && !bulkPage.rows().isEmpty()) {
            bulkPage.rows().stream().map(WorkItem::taskId).limit(config.bulk() - ids.size()).forEach(ids::add);
            if (bulkPage.next() == null) {
                break;
            }
            bulkPage = queues.page(reviewer, Queue.TODO, filter, QueueSort.DEFAULT, bulkPage.next(), 500);
        }
        SqlProfile sqlProfile = "mysql".equals(db) ? SqlProfile.fromProperty(jdbc, "bulk") : null;
        long b0 = System.nanoTime();
        List<BulkResult> results = workbench.decideBulk(reviewer, ids, true, "基准测试批量同意");
        double bulkSeconds = (System.nanoTime() - b0) / 1e9;
        int done = (int) results.stream().filter(BulkResult::done).count();
        log("bulk approval: %d of %d done in %.1f s", done, ids.size(), bulkSeconds);
        if (sqlProfile != null) {
            System.out.println(sqlProfile.stop("the bulk approval", done, 60));
        }

        // --- the leaders' dashboard: every aggregate query, for the province and for one county
        DashboardService dashboards = app.bean(DashboardService.class);
        AppUser leader = app.bean(UserService.class).findByUsername(LEADER).orElseThrow();
        List<Timing> dashboard = new ArrayList<>();
        for (String unit : new String[] {null, COUNTY}) {
            DashboardFocus focus = dashboards.focus(leader, unit, null);
            String at = unit == null ? "province" : "county " + unit;
            dashboard.add(time("dashboard (" + at + "): outcomes", () -> dashboards.outcomes(focus) == null ? 0 : 1));
            dashboard.add(time("dashboard (" + at + "): applications per stage", () -> dashboards.applicationStages(focus).size()));
            dashboard.add(time("dashboard (" + at + "): figures per unit", () -> dashboards.perUnit(focus).size()));
            dashboard.add(time("dashboard (" + at + "): open tasks per step", () -> dashboards.openTasksPerStep(focus).size()));
            dashboard.add(time("dashboard (" + at + "): throughput per week", () -> dashboards.throughput(focus).size()));
            dashboard.add(time("dashboard (" + at + "): stage durations", () -> dashboards.stageDurations(focus).size()));
            dashboard.add(time("dashboard (" + at + "): overdue per reviewer", () -> dashboards.overdueByAssignee(focus).size()));
        }
        SessionHeap heap = sessionHeap(app);
        return new Result(db, tasks, queueSize, started, timings, done, done / bulkSeconds, dashboard, heap);
    }

    /**
     * Opens the workbench in real browser sessions (Debian Chromium) one after the other, each a
     * reviewer's login that stays on the server after its browser closes, and compares the heap
     * used after a full GC before and after a round of sessions: the retained heap per UI session.
     * A first round of as many sessions is a warm-up (classes, caches, threads), outside the measurement.
     */
    private SessionHeap sessionHeap(BenchApp app) throws InterruptedException {
        if (config.sessions() <= 0 || !BrowserCondition.installed()) {
            log("UI session heap: skipped (bench.sessions=%d, chromium at %s)", config.sessions(), BrowserCondition.CHROMIUM);
            return new SessionHeap(0, 0, 0, 0, 0);
        }
        int port = Integer.parseInt(app.context().getEnvironment().getProperty("local.server.port"));
        // warm-up, then two equal rounds: the second round's growth is what a session retains, free of
        // one-time growth (classes, caches, the web server's threads and their buffers)
        for (int i = 0; i < config.sessions(); i++) {
            openWorkbench(port);
        }
        long baseline = usedAfterGc();
        Map<String, long[]> before = histogram();
        for (int i = 0; i < config.sessions(); i++) {
            openWorkbench(port);
        }
        long after = usedAfterGc();
        Map<String, long[]> grown = histogram();
        grown.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> log("  heap growth %8.1f KB per session  %s", e.getValue() / 1024.0 / config.sessions(), e.getKey()));
        // the retained size per session from a heap dump's dominator tree: what growth counts of caches is left out
        Path dump = Path.of(System.getProperty("bench.heapDump", config.outDir().resolve("sessions.hprof").toString()));
        List<Long> retained = List.of();
        try {
            Files.deleteIfExists(dump);
            // the heap library keeps its indexes in <dump>.nbcache and reuses them for a file of the same name:
            // a cache left by an earlier dump would be read for this one (it found no session at all)
            deleteTree(Path.of(dump + ".nbcache"));
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(dump.toString(), true);
            RetainedSessions.Result r = RetainedSessions.of(dump.toFile());
            retained = r.perSession();
            log("retained per signed-in session (dominator tree of %s, %d sessions): median %.1f KB", dump, retained.size(),
                    r.median() / 1024.0);
            if (!System.getProperties().containsKey("bench.heapDump")) {
                Files.deleteIfExists(dump); // a few hundred MB
                deleteTree(Path.of(dump + ".nbcache"));
            }
        } catch (java.io.IOException e) {
            log("heap dump failed: %s", e.getMessage());
        }
        long median = retained.isEmpty() ? 0 : retained.stream().sorted().toList().get(retained.size() / 2);
        SessionHeap heap = new SessionHeap(config.sessions(), baseline, after, retained.size(), median);
        log("UI session heap: %d sessions, %.1f KB each", heap.sessions(), heap.perSessionBytes() / 1024.0);
        return heap;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void openWorkbench(int port) {
        try (Browser browser = new Browser(port)) {
            browser.login(REVIEWER, cn.jiceng.demo.DemoData.PASSWORD);
            // into the workbench through the menu, as a reviewer does: the same UI, no second page load
            if (Boolean.getBoolean("bench.heapHomeOnly")) {
                return; // to compare: a session that only logs in
            }
            browser.click(org.openqa.selenium.By.cssSelector("vaadin-side-nav-item[path='tasks']"));
            browser.waitFor(org.openqa.selenium.By.cssSelector("#tasks-grid vaadin-button[data-case]"));
            browser.waitFor(org.openqa.selenium.By.cssSelector("#tab-TODO"));
        }
    }

    /** Instances and bytes per class of the live heap (jcmd GC.class_histogram; empty where jcmd is missing). */
    private static Map<String, long[]> histogram() {
        Map<String, long[]> classes = new LinkedHashMap<>();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return classes;
        }
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
            p.waitFor();
        } catch (java.io.IOException e) {
            log("jcmd failed: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return classes;
    }

    private static long usedAfterGc() throws InterruptedException {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private Timing time(String what, Supplier<Integer> query) {
        int rows = 0;
        for (int i = 0; i < WARMUPS; i++) {
            rows = query.get(); // warm-up: statement caches, JIT
        }
        double[] ms = new double[config.repeats()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            rows = query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        Timing timing = new Timing(what, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], rows);
        log("%s", timing.row());
        return timing;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String report(Config config, List<Result> results) {
        StringBuilder out = new StringBuilder("## Workbench benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%d open sample-review tasks over the demo tree; reviewer %s (%s); %d timed runs per query"
                + " after %d warm-ups; bulk approval of up to %d tasks.%n%n", Boolean.getBoolean("bench.reuse") && !results.isEmpty() ? results.get(0).tasks() : config.tasks(), REVIEWER, COUNTY,
                config.repeats(), WARMUPS, config.bulk()));
        for (Result r : results) {
            out.append("### ").append(r.database()).append("\n\n");
            out.append(String.format(Locale.ROOT, "Tasks started through the process: %.0f/s; the reviewer's queue: %d tasks.%n%n",
                    r.startedPerSecond(), r.queueSize()));
            out.append("| query | p50 ms | p95 ms | max ms | rows |\n|---|---|---|---|---|\n");
            r.timings().forEach(t -> out.append(t.row()).append('\n'));
            Map<String, Timing> byName = new LinkedHashMap<>();
            r.timings().forEach(t -> byName.put(t.what(), t));
            Timing first = r.timings().get(0);
            Timing camundaFirst = r.timings().stream().filter(t -> t.what().startsWith("Camunda TaskQuery: first")).findFirst().orElseThrow();
            Timing deep = r.timings().get(1);
            Timing camundaDeep = r.timings().stream().filter(t -> t.what().startsWith("Camunda TaskQuery: page")).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "%nSpeed-up of the projection at p95: first page %.0f×, deep page %.0f×. "
                            + "Bulk approval: %d tasks, %.0f completions/s.%n%n",
                    camundaFirst.p95() / first.p95(), camundaDeep.p95() / deep.p95(), r.bulkDone(), r.bulkPerSecond()));
            out.append("Dashboard aggregate queries (leader ").append(LEADER).append("):\n\n");
            out.append("| query | p50 ms | p95 ms | max ms | rows |\n|---|---|---|---|---|\n");
            r.dashboard().forEach(t -> out.append(t.row()).append('\n'));
            double worst = r.dashboard().stream().mapToDouble(Timing::p95).max().orElse(0);
            out.append(String.format(Locale.ROOT, "%nSlowest dashboard query at p95: %.1f ms.%n%n", worst));
            if (r.heap().sessions() > 0) {
                out.append(String.format(Locale.ROOT, "UI session heap (workbench open, %d sessions of %s after a warm-up): "
                                + "**%.0f KB retained per signed-in session** (median of %d, dominator tree of a heap dump); "
                                + "heap growth %.1f MB → %.1f MB, %.0f KB per session including what caches took in meanwhile.%n%n",
                        r.heap().sessions(), REVIEWER, r.heap().retainedMedianBytes() / 1024.0, r.heap().retainedSessions(),
                        r.heap().baselineBytes() / 1048576.0, r.heap().afterBytes() / 1048576.0, r.heap().perSessionBytes() / 1024.0));
            } else {
                out.append("UI session heap: not measured (no Chromium or bench.sessions=0).\n\n");
            }
        }
        return out.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
