package cn.jiceng.benchmark;

import cn.jiceng.demonstration.process.DemonstrationProcess;
import cn.jiceng.demonstration.service.DefinitionService;
import cn.jiceng.demonstration.service.DemonstrationDashboardService;
import cn.jiceng.demonstration.service.Nomination;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.demonstration.service.ProgramSummary;
import cn.jiceng.demonstration.service.ScoreEntry;
import cn.jiceng.demonstration.service.ScoreSheetView;
import cn.jiceng.demonstration.service.ScoringService;
import cn.jiceng.demonstration.service.StartProgram;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demonstration benchmark (issue #11): a program of {@code bench.units} candidate communities
 * (default 500) and a standard of {@code bench.indicators} items (default 200), started and driven
 * through the real program and unit processes; then timed: opening a scorer's sheet from its task
 * (queue check, sheet and all its lines), saving it whole, submitting it (the task completes and the
 * scores combine), loading a sheet by id, a county's quota check during nomination, the program
 * dashboard (all its aggregate statements). Prints a table per database.
 *
 * <p>Not a test: {@code ./mvnw -Pbenchmark verify -Dbench.main=cn.jiceng.benchmark.DemonstrationBenchmark -Dbench.db=both}
 * (docs/performance.md). System properties: {@code bench.units}, {@code bench.indicators}, {@code bench.db}
 * (h2, mysql or both), {@code bench.threads}, {@code bench.repeats}.
 */
public final class DemonstrationBenchmark {

    static final String OFFICE = "220100";
    static final List<String> COUNTIES = List.of("220102", "220103", "220104");
    static final String PASSWORD = "Jiceng@2026";

    record Config(int units, int indicators, List<String> databases, int threads, int repeats, Path outDir) {
        static Config fromSystemProperties() {
            String db = System.getProperty("bench.db", "both").toLowerCase(Locale.ROOT);
            List<String> dbs = switch (db) {
                case "both" -> List.of("mysql", "h2");
                case "h2", "mysql" -> List.of(db);
                default -> throw new IllegalArgumentException("bench.db must be h2, mysql or both, not " + db);
            };
            return new Config(Integer.getInteger("bench.units", 500), Integer.getInteger("bench.indicators", 200), dbs,
                    Integer.getInteger("bench.threads", 4), Integer.getInteger("bench.repeats", 30),
                    Path.of(System.getProperty("bench.outDir", "target/benchmark")));
        }
    }

    record Timing(String what, double p50, double p95, double max, int samples) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", what, p50, p95, max, samples);
        }
    }

    record Result(String database, int units, int indicators, double setupSeconds, List<Timing> timings) {
    }

    private final Config config;

    private DemonstrationBenchmark(Config config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromSystemProperties();
        if (config.databases().contains("mysql")) {
            TestDatabase.mysqlProblem().ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
        }
        Files.createDirectories(config.outDir());
        List<Result> results = new ArrayList<>();
        for (String db : config.databases()) {
            results.add(new DemonstrationBenchmark(config).run(db));
        }
        String report = report(config, results);
        System.out.println();
        System.out.println(report);
        Path file = config.outDir().resolve("demonstration-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(ZonedDateTime.now()) + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        System.out.println("Written to " + file.toAbsolutePath());
        System.exit(0);
    }

    private Result run(String db) throws Exception {
        log("=== %s: %d units x %d indicators ===", db, config.units(), config.indicators());
        try (BenchApp app = BenchApp.start(db, config.outDir(), config.threads() + 8)) {
            return measure(db, app);
        }
    }

    /** A definition with the given number of items (10 per category, 5 points each), one scorer, a county and a program quota. */
    static String definition(int indicators) {
        StringBuilder standard = new StringBuilder();
        int categories = (indicators + 9) / 10;
        int n = 0;
        for (int c = 1; c <= categories; c++) {
            StringBuilder items = new StringBuilder();
            int inCategory = 0;
            for (int i = 1; i <= 10 && n < indicators; i++, n++) {
                items.append(inCategory++ == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"code\": \"C%02dI%02d\", \"name\": \"指标%d-%d\", \"maxPoints\": 5}", c, i, c, i));
            }
            standard.append(c == 1 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"code\": \"C%02d\", \"name\": \"大项%d\", \"points\": %d, \"items\": [%s]}", c, c, inCategory * 5, items));
        }
        int total = indicators * 5;
        return ("{\"format\": 1, \"code\": \"benchmark-" + indicators + "\", \"name\": \"基准测试项目\", \"city\": \"长春市\","
                + " \"note\": \"benchmark\", \"targetLevel\": \"COMMUNITY\", \"targetTypes\": [\"COMMUNITY\"],"
                + " \"levels\": {\"office\": \"CITY\", \"nominate\": \"COUNTY\", \"score\": \"COUNTY\", \"acceptance\": [], \"spotCheck\": \"CITY\", \"decide\": \"CITY\"},"
                + " \"steps\": {\"countyPlans\": false, \"progressReports\": false, \"selfAssessment\": false, \"survey\": false,"
                + " \"memberReview\": false, \"spotCheck\": false, \"dynamicManagement\": false},"
                + " \"memberUnits\": [], \"scoring\": {\"scorers\": 1, \"rule\": \"MEAN\"}, \"spotCheck\": {\"share\": 0},"
                + " \"totalPoints\": " + total + ", \"standard\": [" + standard + "],"
                + " \"outcome\": {\"model\": \"LEVELS\", \"levels\": [{\"code\": \"CITY\", \"name\": \"市级\", \"minScore\": " + (total * 9 / 10)
                + "}, {\"code\": \"COUNTY\", \"name\": \"县级\", \"minScore\": " + (total * 8 / 10) + "}]},"
                + " \"quotas\": [{\"code\": \"CITY_SHARE\", \"name\": \"市级不超过60%\", \"scope\": \"PER_COUNTY\", \"select\": {\"outcomes\": [\"CITY\"]},"
                + " \"maxShare\": 0.6, \"basis\": \"NOMINATED\", \"hard\": false},"
                + " {\"code\": \"COUNTY_MAX\", \"name\": \"县级不超过10000个\", \"scope\": \"PROGRAM\", \"select\": {\"outcomes\": [\"COUNTY\"]},"
                + " \"max\": 10000, \"basis\": \"UNITS\", \"hard\": true}],"
                + " \"rewards\": {\"scheme\": \"changchun-xingfu-xiaoqu\", \"awards\": []},"
                + " \"schedule\": {\"creationDays\": 5, \"publicityDays\": 5}}");
    }

    private Result measure(String db, BenchApp app) throws Exception {
        DefinitionService definitions = app.bean(DefinitionService.class);
        ProgramService programs = app.bean(ProgramService.class);
        ScoringService scoring = app.bean(ScoringService.class);
        DemonstrationDashboardService dashboards = app.bean(DemonstrationDashboardService.class);
        UserService users = app.bean(UserService.class);
        TaskService taskService = app.bean(TaskService.class);
        ManagementService management = app.bean(ManagementService.class);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        long setup = System.nanoTime();

        // the units: extra communities under the streets of the three districts
        List<String> streets = jdbc.queryForList("select code from org_unit where unit_level = 'STREET' and parent_code in (?, ?, ?)"
                + " order by code", String.class, COUNTIES.toArray());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < config.units(); i++) {
            String street = streets.get(i % streets.size());
            String code = street + String.format("%03d", 100 + i / streets.size());
            String path = jdbc.queryForObject("select path from org_unit where code = ?", String.class, street) + code + "/";
            rows.add(new Object[] {0L, code, "基准社区" + (i + 1), "COMMUNITY", "COMMUNITY", street, path});
        }
        jdbc.batchUpdate("insert into org_unit (version, code, name, unit_level, unit_type, parent_code, path) values (?,?,?,?,?,?,?)", rows);
        Map<String, AppUser> countyReviewer = new LinkedHashMap<>();
        for (String county : COUNTIES) {
            String name = "bench.dem." + county;
            countyReviewer.put(county, users.findByUsername(name).orElseGet(() ->
                    users.create(new UserService.NewUser(name, PASSWORD, name, county, Set.of(Role.REVIEWER)))));
        }
        AppUser admin = users.findByUsername("admin").orElseThrow();
        AppUser office = users.findByUsername("cc.reviewer").orElseThrow();
        AppUser leader = users.findByUsername("cc.leader").orElseThrow();
        long definitionId = definitions.importFile(admin, definition(config.indicators()).getBytes(StandardCharsets.UTF_8))
                .definition().id();
        ProgramSummary p = programs.start(office, new StartProgram(definitionId, "基准测试项目", 2026, OFFICE));
        List<Timing> timings = new ArrayList<>();

        // nominations, each with its live quota check
        List<Double> nominate = new ArrayList<>();
        int i = 0;
        for (Object[] r : rows) {
            String unit = (String) r[1];
            AppUser reviewer = countyReviewer.get(unit.substring(0, 6));
            long t = System.nanoTime();
            programs.nominate(reviewer, p.id(), unit, i++ % 2 == 0 ? "CITY" : "COUNTY", List.of());
            nominate.add((System.nanoTime() - t) / 1e6);
        }
        timings.add(timing("nominate a unit (with the live quota check)", nominate));
        timings.add(time("quota check of a county's list (" + programs.nominations(office, p.id(), "220103").size() + " units)",
                () -> programs.quotaCheck(countyReviewer.get("220103"), p.id(), "220103").size()));
        String pi = app.bean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(p.code()).singleResult().getId();
        for (Task t : taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(DemonstrationProcess.TASK_NOMINATE).list()) {
            programs.submitNominations(countyReviewer.get((String) taskService.getVariable(t.getId(), DemonstrationProcess.VAR_COUNTY_CODE)),
                    t.getId());
        }
        for (Task t : taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(DemonstrationProcess.TASK_OFFICE_REVIEW).list()) {
            programs.reviewNominations(office, t.getId(), true, null);
        }
        // the creation period ends for every unit: its timer, in parallel
        List<Job> timers = management.createJobQuery().activityId(DemonstrationProcess.TIMER_CANDIDATE_CREATION_END).timers().list();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        List<Future<?>> done = new ArrayList<>();
        for (Job job : timers) {
            done.add(pool.submit(() -> management.executeJob(job.getId())));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double setupSeconds = (System.nanoTime() - setup) / 1e9;
        log("set up in %.0f s: %d units nominated, %d scoring tasks", setupSeconds, rows.size(),
                taskService.createTaskQuery().taskDefinitionKey(DemonstrationProcess.TASK_SCORE).count());

        // each county's scorer opens, saves and submits every unit's sheet
        List<Double> open = new ArrayList<>();
        List<Double> save = new ArrayList<>();
        List<Double> submit = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        List<Task> scoringTasks = taskService.createTaskQuery().taskDefinitionKey(DemonstrationProcess.TASK_SCORE).list();
        int k = 0;
        for (Task task : scoringTasks) {
            String county = (String) taskService.getVariable(task.getId(), DemonstrationProcess.VAR_SCORE_UNIT_CODE);
            AppUser scorer = countyReviewer.get(county);
            long t = System.nanoTime();
            ScoreSheetView sheet = scoring.openTaskSheet(scorer, task.getId());
            open.add((System.nanoTime() - t) / 1e6);
            List<ScoreEntry> entries = new ArrayList<>();
            int share = 80 + (k++ % 20);
            sheet.lines().forEach(l -> entries.add(new ScoreEntry(l.indicatorCode(),
                    l.maxPoints().multiply(BigDecimal.valueOf(share)).divide(BigDecimal.valueOf(100)), null, "评分说明")));
            t = System.nanoTime();
            scoring.save(scorer, sheet.sheetId(), entries);
            save.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            scoring.sheet(scorer, sheet.sheetId());
            load.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            scoring.submit(scorer, task.getId(), entries);
            submit.add((System.nanoTime() - t) / 1e6);
        }
        timings.add(timing("open a scorer's sheet from its task (" + config.indicators() + " items)", open));
        timings.add(timing("save a whole sheet (" + config.indicators() + " items)", save));
        timings.add(timing("load a sheet by id", load));
        timings.add(timing("submit a sheet (task completes, scores combine)", submit));
        timings.add(time("program dashboard (city leader, " + config.units() + " units)",
                () -> dashboards.dashboard(leader, p.id()).stages().size()));
        timings.add(time("program dashboard (county reviewer)", () -> dashboards.dashboard(countyReviewer.get("220103"), p.id())
                .stages().size()));
        timings.add(time("quota attainment of the program", () -> programs.quotaAttainment(leader, p.id()).size()));
        List<Nomination> all = programs.nominations(leader, p.id());
        log("%d units, %d inspected", all.size(), all.stream().filter(n -> n.score() != null).count());
        return new Result(db, config.units(), config.indicators(), setupSeconds, timings);
    }

    private Timing time(String what, Supplier<Integer> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < config.repeats(); i++) {
            long t = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return timing(what, ms);
    }

    private static Timing timing(String what, List<Double> samples) {
        double[] ms = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(ms);
        Timing timing = new Timing(what, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], ms.length);
        log("%s", timing.row());
        return timing;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String report(Config config, List<Result> results) {
        StringBuilder out = new StringBuilder("## Demonstration benchmark\n\n");
        out.append(String.format(Locale.ROOT, "A program of %d candidate communities in three districts and a standard of %d items,"
                + " driven through the real processes; sheets timed for every unit, the other queries %d times after 3 warm-ups;"
                + " %d CPU cores.%n%n", config.units(), config.indicators(), config.repeats(), Runtime.getRuntime().availableProcessors()));
        for (Result r : results) {
            out.append("### ").append(r.database()).append("\n\n");
            out.append(String.format(Locale.ROOT, "Set-up (units, nominations, %d unit processes, their timers): %.0f s.%n%n",
                    r.units(), r.setupSeconds()));
            out.append("| operation | p50 ms | p95 ms | max ms | samples |\n|---|---|---|---|---|\n");
            r.timings().forEach(t -> out.append(t.row()).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
