package cn.jiceng.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.common.database.DatabaseUnavailableException;
import cn.jiceng.review.service.BulkResult;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskProjectionService;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.CuttableProxy;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.ProjectionAgreement;
import cn.jiceng.testsupport.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under load and comes back (MariaDB pass only): the application's connections
 * go through a {@link CuttableProxy}, which resets them all and refuses new ones for
 * {@code jiceng.it.outage-seconds} (pom property, 60 s by default) while reviewers keep deciding. Meanwhile
 * every call fails within seconds with {@link DatabaseUnavailableException} (message key
 * {@code error.databaseUnavailable}); afterwards the pool reconnects by itself (no restart), and every
 * decision a caller was told had succeeded is in the engine's history and in the task projection.
 * Its own application context (its own database behind the proxy, its own engine name), closed afterwards.
 */
@JicengSpringBootTest
@EnabledIfSystemProperty(named = "jiceng.test.db", matches = "mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

    private static final int WORKERS = 4;
    private static final Duration PAUSE = Duration.ofMillis(150);
    private static final Duration WARM_UP = Duration.ofSeconds(8);
    private static final Duration AFTER = Duration.ofSeconds(15);
    /** Hikari's connection-timeout (10 s) + Connector/J's connectTimeout (5 s) + slack on a loaded machine. */
    private static final Duration LONGEST_FAILURE = Duration.ofSeconds(25);

    private static CuttableProxy proxy;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        URI server = URI.create(TestDatabase.SERVER_URL.substring("jdbc:".length()));
        proxy = new CuttableProxy(server.getHost(), server.getPort() < 0 ? 3306 : server.getPort());
        String database = TestDatabase.anotherMysqlDatabase("outage");
        registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database);
        // a second engine in this JVM beside the shared test context's "default"
        registry.add("camunda.bpm.process-engine-name", () -> "outage");
    }

    @Autowired
    ReviewTaskService reviews;
    @Autowired
    WorkbenchService workbench;
    @Autowired
    UserService users;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    /** One service call of a worker: when it started and ended (nanoTime), and whether it was done or why not. */
    record Call(long started, long ended, boolean decision, boolean ok, Throwable error) {
        Duration took() {
            return Duration.ofNanos(ended - started);
        }
    }

    private final Set<String> toldDecided = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    /** Starts a sample review and returns its task id, or null if the database did not answer. */
    private String newTask(String title) {
        long t0 = System.nanoTime();
        try {
            String instance = reviews.startSampleReview("220103", title, "OUT-" + title, OffsetDateTime.now().plusDays(3));
            calls.add(new Call(t0, System.nanoTime(), false, true, null));
            Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            return task == null ? null : task.getId();
        } catch (RuntimeException e) {
            calls.add(new Call(t0, System.nanoTime(), false, false, e));
            return null;
        }
    }

    /** A reviewer's loop: open a case, decide it (one worker by bulk decisions of two), pause, again. */
    private void work(int worker, AppUser reviewer, AtomicBoolean running) {
        int n = 0;
        List<String> pending = new ArrayList<>();
        while (running.get()) {
            String task = newTask("断库-" + worker + "-" + n++);
            if (task != null) {
                pending.add(task);
            }
            boolean bulk = worker == 0;
            if (!pending.isEmpty() && (!bulk || pending.size() >= 2)) {
                long t0 = System.nanoTime();
                try {
                    if (bulk) {
                        List<BulkResult> results = workbench.decideBulk(reviewer, List.copyOf(pending), true, "断库批量同意");
                        for (BulkResult r : results) {
                            if (r.done()) {
                                toldDecided.add(r.taskId());
                                pending.remove(r.taskId());
                            } else if ("workbench.error.taken".equals(r.messageKey())) {
                                pending.remove(r.taskId()); // decided by an earlier try whose answer was lost
                            } else {
                                assertThat(r.messageKey()).as("a bulk result during the outage")
                                        .isEqualTo(DatabaseUnavailableException.MESSAGE_KEY);
                            }
                        }
                        boolean allDone = results.stream().noneMatch(r -> DatabaseUnavailableException.MESSAGE_KEY.equals(r.messageKey()));
                        calls.add(new Call(t0, System.nanoTime(), true, allDone, allDone ? null
                                : new DatabaseUnavailableException(new IllegalStateException("bulk result"))));
                    } else {
                        String id = pending.get(0);
                        reviews.decide(reviewer, id, true, "断库同意");
                        toldDecided.add(id);
                        pending.remove(0);
                        calls.add(new Call(t0, System.nanoTime(), true, true, null));
                    }
                } catch (cn.jiceng.review.service.TaskTakenException e) {
                    pending.remove(0); // decided by an earlier try whose answer was lost (not told, so not counted)
                } catch (RuntimeException e) {
                    calls.add(new Call(t0, System.nanoTime(), true, false, e));
                    // the decision may have been committed with its answer lost: try it again later; a task that
                    // is gone from the queue by then was decided (not "told", so not counted)
                    if (!bulk) {
                        pending.add(pending.remove(0));
                    }
                }
            }
            if (pending.size() > 3) {
                pending.remove(0); // give up on an old one: it stays open or was decided, the projection check covers it
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void theDatabaseCutUnderLoadGivesAClearErrorThenRecoversWithoutRestartAndLosesNoDecisionTheUserWasToldOf()
            throws Exception {
        int outageSeconds = Integer.getInteger("jiceng.it.outage-seconds", 60);
        AppUser reviewer = users.findByUsername("kc.reviewer").orElseThrow();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> work(worker, reviewer, running)));
        }

        Thread.sleep(WARM_UP.toMillis());
        int decidedBefore = toldDecided.size();
        long cutAt = System.nanoTime();
        proxy.cut();
        Thread.sleep(outageSeconds * 1000L);
        long restoredAt = System.nanoTime();
        proxy.restore();
        long deadline = restoredAt + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && (System.nanoTime() - restoredAt < AFTER.toNanos()
                || decisionsEndedAfter(restoredAt) < 20)) {
            Thread.sleep(500);
        }
        running.set(false);
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS); // a worker's failed assertion fails the test here
        }
        pool.shutdown();

        List<Call> all = List.copyOf(calls);
        List<Call> failed = all.stream().filter(c -> !c.ok()).toList();
        // every call that ended inside the outage (from a second after the cut until the restore) failed, and there were some
        List<Call> inside = all.stream().filter(c -> c.ended() > cutAt + 1_000_000_000L && c.ended() < restoredAt).toList();
        assertThat(inside).isNotEmpty().noneMatch(Call::ok);
        // every failure, whenever it happened, was the one clear error, and came within seconds (no hang)
        assertThat(failed).isNotEmpty().allSatisfy(c -> {
            assertThat(c.error()).as("%s", c.error()).isInstanceOf(DatabaseUnavailableException.class);
            assertThat(((DatabaseUnavailableException) c.error()).getMessageKey()).isEqualTo("error.databaseUnavailable");
            assertThat(c.took()).isLessThan(LONGEST_FAILURE);
        });
        // recovered without a restart: decisions succeed again soon after the restore
        long firstAfter = all.stream().filter(c -> c.decision() && c.ok() && c.started() >= restoredAt)
                .mapToLong(Call::ended).min().orElseThrow();
        Duration recovery = Duration.ofNanos(firstAfter - restoredAt);
        assertThat(recovery).isLessThan(Duration.ofSeconds(30));
        long after = decisionsEndedAfter(restoredAt);
        assertThat(after).isGreaterThanOrEqualTo(20);

        // nothing lost: every decision a caller was told of is completed in the engine's history and the projection
        List<String> told = List.copyOf(toldDecided);
        for (String id : told) {
            HistoricTaskInstance h = historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult();
            assertThat(h).as("history of %s", id).isNotNull();
            assertThat(h.getEndTime()).as("end of %s", id).isNotNull();
            assertThat(h.getDeleteReason()).isEqualTo("completed");
        }
        List<String> missingInProjection = told.stream().filter(id -> !TaskProjectionService.COMPLETED.equals(
                jdbc.queryForObject("select status from wb_task where task_id = ?", String.class, id))).toList();
        assertThat(missingInProjection).isEmpty();
        List<String> decidedTwice = told.stream().filter(id -> jdbc.queryForObject(
                "select count(*) from wb_task_event where task_id = ? and kind = 'APPROVE'", Long.class, id) != 1).toList();
        assertThat(decidedTwice).isEmpty();
        ProjectionAgreement.assertProjectionAgreesWithEngine(taskService, jdbc);

        System.out.printf("DatabaseOutageTest figures: outage %d s, %d workers; %d decisions told done (%d before the cut,"
                        + " %d after the restore), %d calls failed with error.databaseUnavailable (longest %d ms),"
                        + " %d connections refused by the proxy, first decision %d ms after the restore; all %d decisions"
                        + " present in history and projection%n",
                outageSeconds, WORKERS, told.size(), decidedBefore, after, failed.size(),
                failed.stream().mapToLong(c -> c.took().toMillis()).max().orElse(0), proxy.refused(), recovery.toMillis(),
                told.size());
    }

    private long decisionsEndedAfter(long nanos) {
        return calls.stream().filter(c -> c.decision() && c.ok() && c.started() >= nanos).count();
    }
}
