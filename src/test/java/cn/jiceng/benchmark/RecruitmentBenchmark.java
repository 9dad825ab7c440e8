package cn.jiceng.benchmark;

import cn.jiceng.demo.DemoData;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.IdNumber;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskSummary;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The recruitment benchmark (issue #4): one campaign with many posts and applications, each
 * application started through {@link RecruitmentService#apply} (synchronously: DMN pre-screen and
 * the first user task), then reviewed the way reviewers do it — the county reviewers list their
 * queue ({@link ReviewTaskService#openTasks}), open each case and approve it, then the city reviewer
 * does the same for the re-check. Prints applications started per second, review tasks completed
 * per second and history bytes per application, per database.
 *
 * <p>Not a test: run with {@code ./mvnw -Pbenchmark verify} (see docs/performance.md). System
 * properties: {@code bench.posts}, {@code bench.applications}, {@code bench.db} (h2, mysql or both),
 * {@code bench.threads}; MariaDB/MySQL server as for the tests ({@code jiceng.it.mysql.url/user/password}).
 *
 * <p>No Spring annotations on purpose: this class lives under {@code cn.jiceng} on the test
 * classpath and must not be picked up by the component scan of the Spring tests.
 */
public final class RecruitmentBenchmark {

    static final String PASSWORD = "Bench@2026pass";
    static final String CITY = "220100";
    /** Region part of the benchmark applicants' ID numbers (二道区): the demo applicants use other codes. */
    static final String ID_REGION = "220105";
    static final String[] MAJORS = {"社会工作", "法学", "汉语言文学", "计算机科学与技术", "公共事业管理"};

    record Config(int posts, int applications, List<String> databases, int threads, boolean openCase,
                  Path outDir) {

        static Config fromSystemProperties() {
            String db = System.getProperty("bench.db", "both").toLowerCase(Locale.ROOT);
            List<String> dbs = switch (db) {
                case "both" -> List.of("mysql", "h2");
                case "h2", "mysql" -> List.of(db);
                default -> throw new IllegalArgumentException("bench.db must be h2, mysql or both, not " + db);
            };
            return new Config(Integer.getInteger("bench.posts", 50), Integer.getInteger("bench.applications", 500), dbs,
                    Integer.getInteger("bench.threads", 4),
                    Boolean.parseBoolean(System.getProperty("bench.openCase", "true")),
                    Path.of(System.getProperty("bench.outDir", "target/benchmark")));
        }
    }

    record Result(String database, int posts, int applications, int threads, double registerPerSecond,
                  double applyPerSecond, double preliminaryPerSecond, double recheckPerSecond, double reviewPerSecond,
                  double historyBytesPerApplication, double domainBytesPerApplication, double runtimeBytesPerApplication,
                  long fileBytesGrowth, int retries, long qualified, Map<String, Long> growthByTable,
                  Phase applyPhase, Phase reviewPhase, double listingSeconds) {
    }

    private final Config config;
    private final AtomicInteger retries = new AtomicInteger();
    /** Time spent listing review queues (reviewers' task lists), summed over the listing threads. */
    private final java.util.concurrent.atomic.AtomicLong listingNanos = new java.util.concurrent.atomic.AtomicLong();

    private RecruitmentBenchmark(Config config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromSystemProperties();
        BenchApp.runEach(config.databases(), config.outDir(), "results", db -> new RecruitmentBenchmark(config).run(db),
                results -> report(config, results));
    }

    // ------------------------------------------------------------------ one database

    private Result run(String db) throws Exception {
        log("=== %s: %d posts, %d applications, %d threads ===", db, config.posts(), config.applications(), config.threads());
        // one connection per worker, plus the job executor and the listing thread
        try (BenchApp app = BenchApp.start(db, config.outDir(), config.threads() + 8)) {
            return measure(db, db.equals("mysql"), app.context(), app.h2File());
        }
    }

    private Result measure(String db, boolean mysql, ConfigurableApplicationContext ctx, Path h2File) throws Exception {
        RecruitmentService recruitment = ctx.getBean(RecruitmentService.class);
        PostTableImportService postImport = ctx.getBean(PostTableImportService.class);
        ReviewTaskService reviews = ctx.getBean(ReviewTaskService.class);
        UserService users = ctx.getBean(UserService.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);

        // The index on ACT_RU_TASK(PARENT_TASK_ID_) that completions need is created by the application itself
        // (review.process.EngineIndexesPlugin), so it is part of every run.

        // --- the campaign, as the demo seeds one: created by the city's HR, post table imported, plan filed and approved
        AppUser hr = users.findByUsername("cc.hr").orElseThrow();
        Instant now = Instant.now();
        String code = "BENCH-" + System.currentTimeMillis();
        Campaign campaign = recruitment.createCampaign(hr, code, "基准测试批次 " + code, CITY, 2026, 9, LocalDate.now(),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        List<String[]> communities = jdbc.query("select code, name from org_unit where unit_level = 'COMMUNITY' "
                        + "and path like '/220000/220100/%' order by code",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        ensureCountyReviewers(users, jdbc, communities);
        postImport.importPosts(campaign.getId(), postTable(communities));
        recruitment.filePlan(hr, taskId(reviews, hr, RecruitmentProcess.FORM_FILE_PLAN, campaign.getName()));
        for (String username : DemoData.JOINT_REVIEWERS) {
            AppUser department = users.findByUsername(username).orElseThrow();
            recruitment.jointReview(department, taskId(reviews, department, RecruitmentProcess.FORM_JOINT_REVIEW,
                    campaign.getName()), RecruitmentProcess.DECISION_APPROVE, "同意备案。");
        }
        List<Post> posts = recruitment.posts(campaign.getId());
        log("campaign %s with %d posts over %d communities", code, posts.size(), communities.size());

        TableSizes.Snapshot before = TableSizes.measure(jdbc, mysql, h2File);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        try {
            // --- applicants register (setup, reported for information)
            int n = config.applications();
            Phase.Mark m = Phase.mark();
            runAll(pool, n, i -> recruitment.registerApplicant(applicant(i)));
            Phase register = m.end();
            log("registered %d applicants in %s", n, register);

            // --- measured: applications started (synchronous DMN pre-screen + first user task)
            m = Phase.mark();
            runAll(pool, n, i -> recruitment.apply(username(i), posts.get(i % posts.size()).getId()));
            Phase apply = m.end();
            log("started %d applications in %s", n, apply);

            // --- measured: preliminary review by each county's reviewers, then the city re-check
            List<AppUser> counties = jdbc.queryForList("select distinct u.username from app_user u join app_user_role r "
                            + "on r.user_id = u.id where r.role = 'REVIEWER' and u.unit_code in ("
                            + "select code from org_unit where unit_level = 'COUNTY' and parent_code = ?) order by u.username",
                    String.class, CITY).stream().map(u -> users.findByUsername(u).orElseThrow()).toList();
            SqlProfile sqlProfile = mysql ? SqlProfile.fromProperty(jdbc, "reviews") : null;
            Phase.Mark reviewMark = Phase.mark();
            // the counties work at the same time: one listing per county, decisions on the shared workers
            ExecutorService listers = Executors.newFixedThreadPool(counties.size());
            int preliminary = 0;
            try {
                List<Future<Integer>> perCounty = new ArrayList<>();
                for (AppUser reviewer : counties) {
                    perCounty.add(listers.submit(() -> reviewQueue(pool, recruitment, reviews, reviewer, campaign.getName())));
                }
                for (Future<Integer> f : perCounty) {
                    preliminary += f.get();
                }
            } finally {
                listers.shutdownNow();
            }
            Phase preliminaryPhase = reviewMark.end();
            log("%d preliminary reviews in %s", preliminary, preliminaryPhase);
            m = Phase.mark();
            int recheck = reviewQueue(pool, recruitment, reviews, users.findByUsername("cc.reviewer").orElseThrow(),
                    campaign.getName());
            Phase recheckPhase = m.end();
            log("%d city re-checks in %s", recheck, recheckPhase);
            log("listing the review queues took %.1f s in all", listingNanos.get() / 1e9);
            Phase review = reviewMark.end();
            if (sqlProfile != null) {
                System.out.println(sqlProfile.stop("the reviews", preliminary + recheck, 40));
            }

            Long qualified = jdbc.queryForObject("select count(*) from rec_application where campaign_id = ? and status = 'QUALIFIED'",
                    Long.class, campaign.getId());
            if (preliminary != n || recheck != n || qualified == null || qualified != n) {
                throw new IllegalStateException("expected " + n + " applications through both reviews, got " + preliminary
                        + " preliminary, " + recheck + " re-checks, " + qualified + " qualified");
            }

            TableSizes.Snapshot after = TableSizes.measure(jdbc, mysql, h2File);
            return new Result(db, posts.size(), n, config.threads(), rate(n, register.wall()), rate(n, apply.wall()),
                    rate(preliminary, preliminaryPhase.wall()), rate(recheck, recheckPhase.wall()),
                    rate(preliminary + recheck, review.wall()),
                    perApplication(after, before, TableSizes.Group.HISTORY),
                    perApplication(after, before, TableSizes.Group.DOMAIN),
                    perApplication(after, before, TableSizes.Group.RUNTIME),
                    mysql ? -1 : after.fileBytes() - before.fileBytes(), retries.get(), qualified,
                    after.growthSince(before), apply, review, listingNanos.get() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Wall time, this JVM's CPU time and the local MariaDB/MySQL server's CPU time (from /proc, if it runs
     * here) of a phase, and the machine's load average at its end (a shared machine).
     */
    record Phase(Duration wall, Duration cpu, Duration dbCpu, String loadAverage) {

        record Mark(long wall, long cpu, long dbCpu) {
            Phase end() {
                return new Phase(Duration.ofNanos(System.nanoTime() - wall), Duration.ofNanos(cpuNanos() - cpu),
                        Duration.ofNanos(dbCpuNanos() - dbCpu), currentLoadAverage());
            }
        }

        static Mark mark() {
            return new Mark(System.nanoTime(), cpuNanos(), dbCpuNanos());
        }

        static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** utime + stime of the local mariadbd/mysqld process (clock ticks of 10 ms), or 0. */
        static long dbCpuNanos() {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String comm;
                    try {
                        comm = Files.readString(proc.resolve("comm")).strip();
                    } catch (IOException e) {
                        continue;
                    }
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not on Linux, or no local server
            }
            return 0;
        }

        static String currentLoadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (IOException | RuntimeException e) {
                return "?";
            }
        }

        double cpuMillisPer(int count) {
            return cpu.toNanos() / 1e6 / count;
        }

        double dbCpuMillisPer(int count) {
            return dbCpu.toNanos() / 1e6 / count;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s (JVM CPU %.1f s, database server CPU %.1f s, load average %s)",
                    wall.toNanos() / 1e9, cpu.toNanos() / 1e9, dbCpu.toNanos() / 1e9, loadAverage);
        }
    }

    private double perApplication(TableSizes.Snapshot after, TableSizes.Snapshot before, TableSizes.Group group) {
        return (after.group(group) - before.group(group)) / (double) config.applications();
    }

    private static double rate(int count, Duration time) {
        return count / (time.toNanos() / 1e9);
    }

    /**
     * A reviewer works through the queue: lists it (500 at a time, as the task list shows it),
     * opens each case of the campaign and approves it; the cases of one listing are decided by the
     * worker threads in parallel (several reviewers of the same unit). Returns how many were decided.
     */
    private int reviewQueue(ExecutorService pool, RecruitmentService recruitment, ReviewTaskService reviews,
                            AppUser reviewer, String campaignName) throws Exception {
        int done = 0;
        while (true) {
            long t0 = System.nanoTime();
            List<String> ids = reviews.openTasks(reviewer).stream()
                    .filter(t -> RecruitmentProcess.FORM_QUALIFICATION_REVIEW.equals(t.formKey())
                            && t.title().startsWith(campaignName + " · "))
                    .map(TaskSummary::id).toList();
            listingNanos.addAndGet(System.nanoTime() - t0);
            if (ids.isEmpty()) {
                return done;
            }
            runAll(pool, ids.size(), i -> {
                if (config.openCase()) {
                    recruitment.applicationForTask(reviewer, ids.get(i));
                }
                recruitment.review(reviewer, ids.get(i), RecruitmentProcess.DECISION_APPROVE, "");
            });
            done += ids.size();
        }
    }

    interface Work {
        void run(int i) throws Exception;
    }

    /** Runs work 0..n-1 on the pool and waits; retries what failed on a lock or version conflict. */
    private void runAll(ExecutorService pool, int n, Work work) throws Exception {
        List<Future<?>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                withRetries(() -> work.run(index));
                progress();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private final AtomicInteger completed = new AtomicInteger();
    private volatile long lastProgress = System.nanoTime();

    /** Every 2,000 operations (of any phase), the rate since the previous report: shows warm-up and drift. */
    private void progress() {
        int done = completed.incrementAndGet();
        if (done % 2000 == 0) {
            long now = System.nanoTime();
            log("… %d operations, last 2,000 at %.1f/s (load average %s)", done, 2000 / ((now - lastProgress) / 1e9),
                    Phase.currentLoadAverage());
            lastProgress = now;
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private void withRetries(Step step) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5 || !isConflict(e)) {
                    throw e;
                }
                retries.incrementAndGet();
                Thread.sleep(5L * attempt);
            }
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof SQLTransactionRollbackException
                    || (t.getMessage() != null && t.getMessage().contains("Deadlock"))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ data

    /** The post table as HR uploads it (CSV, conventional columns), spread over the city's communities. */
    private byte[] postTable(List<String[]> communities) {
        StringBuilder csv = new StringBuilder("招聘单位,单位代码,岗位名称,岗位代码,岗位类型,招聘人数,学历,专业,年龄,户籍,是否限应届,其他条件\n");
        for (int p = 0; p < config.posts(); p++) {
            String[] unit = communities.get(p % communities.size());
            boolean strict = p % 10 == 9;
            csv.append(String.join(",", unit[1], unit[0], "社区治理专干", String.format("BP%05d", p + 1), "社区治理专干",
                    String.valueOf(1 + p % 3), strict ? "本科及以上" : "大专及以上", strict ? "社会工作、法学类" : "不限",
                    strict ? "30周岁及以下" : "35周岁及以下", "", "否", "")).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String username(int i) {
        return String.format("bench.applicant.%06d", i);
    }

    /** A valid, unique identity per index: birth date from the index / 1000, sequence from the rest. */
    static NewApplicant applicant(int i) {
        LocalDate birth = LocalDate.of(1993, 1, 1).plusDays(37L * (i / 1000));
        String first17 = ID_REGION + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", i % 1000);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"晓明", "丽", "伟", "静", "磊", "欣然", "子涵"};
        return new NewApplicant(username(i), PASSWORD, surnames[i % 10] + given[(i / 10) % given.length],
                first17 + IdNumber.checkChar(first17), String.format("139%08d", i), i % 4 == 0 ? "JUNIOR_COLLEGE" : "BACHELOR",
                "吉林大学", MAJORS[i % MAJORS.length], LocalDate.of(2015 + i % 10, 6, 30), i % 3 == 0 ? "220103" : null);
    }

    /** Every county of the city with posts gets a reviewer (the demo has none for some counties). */
    private static void ensureCountyReviewers(UserService users, JdbcTemplate jdbc, List<String[]> communities) {
        List<String> counties = jdbc.queryForList("select code from org_unit where unit_level = 'COUNTY' and parent_code = ?",
                String.class, CITY);
        for (String county : counties) {
            boolean hasPosts = communities.stream().anyMatch(c -> c[0].startsWith(county));
            Integer reviewers = jdbc.queryForObject("select count(*) from app_user u join app_user_role r on r.user_id = u.id "
                    + "where r.role = 'REVIEWER' and u.unit_code = ?", Integer.class, county);
            if (hasPosts && (reviewers == null || reviewers == 0)) {
                users.create(new UserService.NewUser("bench.reviewer." + county, PASSWORD, "基准审核" + county, county,
                        Set.of(Role.REVIEWER)));
            }
        }
    }

    private static String taskId(ReviewTaskService reviews, AppUser user, String formKey, String title) {
        return reviews.openTasks(user).stream().filter(t -> formKey.equals(t.formKey()) && title.equals(t.title()))
                .findFirst().orElseThrow().id();
    }

    /**
     * BCrypt at its lowest cost (4) instead of the default 10 for this run only: registration is
     * set-up here, not what is measured, and 20,000 cost-10 hashes would take minutes on two cores.
     */
    static final class CheapPasswordHashes implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof PasswordEncoder ? new BCryptPasswordEncoder(4) : bean;
        }
    }

    // ------------------------------------------------------------------ report

    static String report(Config config, List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Recruitment benchmark, %s, %d CPU cores, Java %s, %s; reviewers open each case: %s%n%n",
                ZonedDateTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), config.openCase() ? "yes" : "no"));
        out.append("| Database | Posts | Applications | Threads | Applications started/s | Review tasks completed/s "
                + "(preliminary / re-check) | History + domain bytes/application (ACT_HI_* / domain) | Retries |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f (%.1f / %.1f) | %,.0f (%,.0f / %,.0f) | %d |%n",
                    r.database().equals("mysql") ? "MariaDB" : "H2 (file)", r.posts(), r.applications(), r.threads(),
                    r.applyPerSecond(), r.reviewPerSecond(), r.preliminaryPerSecond(), r.recheckPerSecond(),
                    r.historyBytesPerApplication() + r.domainBytesPerApplication(), r.historyBytesPerApplication(),
                    r.domainBytesPerApplication(), r.retries()));
        }
        out.append("\nDetails:\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "- %s: applicants registered %.1f/s (set-up, BCrypt cost 4); applications "
                            + "started in %s = %.1f + %.1f ms CPU (JVM + database server) each; reviews in %s = %.1f + %.1f ms "
                            + "CPU each; listing the queues %.1f s; %d qualified; runtime tables grew %,.0f bytes/application%s%n",
                    r.database(), r.registerPerSecond(), r.applyPhase(), r.applyPhase().cpuMillisPer(r.applications()),
                    r.applyPhase().dbCpuMillisPer(r.applications()), r.reviewPhase(),
                    r.reviewPhase().cpuMillisPer(2 * r.applications()), r.reviewPhase().dbCpuMillisPer(2 * r.applications()),
                    r.listingSeconds(), r.qualified(),
                    r.runtimeBytesPerApplication(),
                    r.fileBytesGrowth() >= 0 ? String.format(Locale.ROOT, "; H2 file grew %,d bytes (%,.0f/application)",
                            r.fileBytesGrowth(), r.fileBytesGrowth() / (double) r.applications()) : ""));
            Stream<Map.Entry<String, Long>> tables = r.growthByTable().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
            Map<String, Long> top = new LinkedHashMap<>();
            tables.limit(12).forEach(e -> top.put(e.getKey(), e.getValue()));
            top.forEach((t, b) -> out.append(String.format(Locale.ROOT, "    %-28s %,14d bytes  %,8.0f/application%n", t, b,
                    b / (double) r.applications())));
        }
        return out.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
