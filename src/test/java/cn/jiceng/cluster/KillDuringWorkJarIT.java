package cn.jiceng.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.demo.DemoData;
import cn.jiceng.security.domain.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code kill -9} of the packaged application in the middle of its work, then a restart on the same MariaDB
 * database (docs/reliability.md "Crash and cluster tests (packaged jar)"):
 * <ol>
 *   <li>during the first start's demo seed, right after its organisation-tree import (the real CSV import,
 *       OrgTreeImportService) and before the seed's transaction commits: nothing of it may remain, and the
 *       restart seeds it whole, once;</li>
 *   <li>during a bulk of review decisions (four workers, as the workbench's bulk decision spreads its tasks,
 *       each task its own transaction): every task is done once or still open, every decision answered 2xx
 *       is there, the workbench projection agrees with the engine.</li>
 * </ol>
 */
@ExtendWith(JarTestCondition.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillDuringWorkJarIT {

    static final String UNIT = "220103"; // 宽城区 in the demo tree
    static final int TASKS = Integer.getInteger("jiceng.it.kill.tasks", 240);
    static final int WORKERS = 4;

    static ClusterDatabase db;
    static AppNode node;

    @BeforeAll
    static void database() {
        db = ClusterDatabase.create();
        node = new AppNode("node-1", db, "KillDuringWorkJarIT");
    }

    @AfterAll
    static void cleanUp() {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    @Order(1)
    void killDuringTheDemoSeedsOrganisationImportLeavesNothingHalfAppliedAndTheRestartSeedsItWholeOnce() throws IOException {
        node.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (!node.logContains("Demo organisation tree imported") && Instant.now().isBefore(deadline) && node.isAlive()) {
            AppNode.sleep(20);
        }
        assertThat(node.logContains("Demo organisation tree imported")).as("the seed reached its import").isTrue();
        boolean seedFinished = node.logContains("Demo users created");
        node.killHard();

        long unitsAfterKill = db.number("select count(*) from org_unit");
        long usersAfterKill = db.number("select count(*) from app_user");
        long demoProcessesAfterKill = db.number("select count(*) from ACT_HI_PROCINST");
        List<String> csvUnits = Files.readAllLines(Path.of("src/main/resources/demo/org-tree.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")[0]).toList();
        System.out.printf("[kill] killed during the seed (seed finished before the kill: %s): %d units, %d users, %d process"
                + " instances in the database%n", seedFinished, unitsAfterKill, usersAfterKill, demoProcessesAfterKill);
        if (unitsAfterKill == 0) {
            // the import ran inside the seed's transaction: the kill rolled all of it back
            assertThat(usersAfterKill).as("users of a killed seed").isZero();
            assertThat(demoProcessesAfterKill).as("processes of a killed seed").isZero();
        } else {
            // only if the seed had committed just before the kill: then all of it
            assertThat(seedFinished).as("units in the database although the seed had not finished").isTrue();
            assertThat(unitsAfterKill).isEqualTo(csvUnits.size());
        }

        node.startAndAwait();
        assertThat(db.strings("select code from org_unit order by code"))
                .as("every unit of the file, once").containsExactlyInAnyOrderElementsOf(csvUnits);
        Set<String> staff = DemoData.USERS.stream().filter(u -> !u.roles().contains(Role.APPLICANT))
                .map(DemoData.DemoUser::username).collect(Collectors.toSet());
        assertThat(db.strings("select username from app_user")).containsAll(staff);
        for (DemoData.DemoNotice notice : DemoData.NOTICES) {
            assertThat(db.number("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = 'publicity'",
                    notice.businessKey())).as("demo notice %s started once", notice.businessKey()).isEqualTo(1);
        }
        assertProjectionAgreesWithEngine();
    }

    enum Answer { DONE, REFUSED, NO_ANSWER }

    @Test
    @Order(2)
    void killDuringABulkOfDecisionsLosesNoAnsweredDecisionDoublesNoneAndKeepsTheProjectionInStep() throws Exception {
        if (!node.isAlive()) {
            node.startAndAwait();
        }
        EngineRest rest = node.rest();
        OffsetDateTime due = OffsetDateTime.now().plusYears(1); // no escalation during this test
        Instant t0 = Instant.now();
        List<String> instances = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService starters = Executors.newFixedThreadPool(WORKERS);
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            starters.submit(() -> instances.add(rest.startSampleReview(UNIT, "批量审核 " + n, "KILL-" + n, due)));
        }
        starters.shutdown();
        assertThat(starters.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(instances).hasSize(TASKS);
        Map<String, String> taskOf = new ConcurrentHashMap<>();
        List<List<Object>> rows = db.rows("select PROC_INST_ID_, ID_ from ACT_RU_TASK where PROC_DEF_ID_ like 'sampleReview:%'");
        rows.forEach(r -> taskOf.put((String) r.get(0), (String) r.get(1)));
        assertThat(taskOf.keySet()).containsExactlyInAnyOrderElementsOf(instances);
        System.out.printf("[kill] %d sample reviews started in %d s%n", TASKS, Duration.between(t0, Instant.now()).toSeconds());

        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(taskOf.values());
        Map<String, Answer> answers = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            workers.submit(() -> {
                String task;
                while ((task = queue.poll()) != null) {
                    try {
                        EngineRest.Response response = rest.complete(task, true, "同意");
                        answers.put(task, response.ok() ? Answer.DONE : Answer.REFUSED);
                        if (response.ok()) {
                            done.incrementAndGet();
                        }
                    } catch (IOException e) {
                        answers.put(task, Answer.NO_ANSWER);
                        return; // the node is gone
                    }
                }
            });
        }
        workers.shutdown(); // the submitted workers go on until the queue is empty or the node is gone
        int killAt = TASKS / 3;
        Instant bulkStart = Instant.now();
        while (done.get() < killAt && !workers.isTerminated()) {
            AppNode.sleep(5);
        }
        assertThat(workers.isTerminated()).as("the bulk was still running at the kill").isFalse();
        node.killHard();
        int doneAtKill = done.get();
        long secondsIntoBulk = Duration.between(bulkStart, Instant.now()).toSeconds();
        assertThat(workers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        Set<String> answeredDone = keys(answers, Answer.DONE);
        Set<String> noAnswer = keys(answers, Answer.NO_ANSWER);
        assertThat(keys(answers, Answer.REFUSED)).as("decisions refused before the kill").isEmpty();

        node.startAndAwait();
        Set<String> all = new HashSet<>(taskOf.values());
        Set<String> open = db.strings("select ID_ from ACT_RU_TASK where PROC_DEF_ID_ like 'sampleReview:%'");
        Set<String> ended = db.strings("select ID_ from ACT_HI_TASKINST where PROC_DEF_KEY_ = 'sampleReview' and END_TIME_ is not null");
        Set<String> inFlightCommitted = new HashSet<>(noAnswer);
        inFlightCommitted.retainAll(ended);
        System.out.printf("[kill] bulk of %d decisions by %d workers, killed after %d answered 2xx (%d s in); %d in flight"
                        + " without an answer, %d of them committed; after the restart: %d done, %d open%n",
                TASKS, WORKERS, doneAtKill, secondsIntoBulk, noAnswer.size(),
                inFlightCommitted.size(), ended.size(), open.size());

        assertThat(ended).as("every decision answered 2xx is there").containsAll(answeredDone);
        assertThat(open).as("nothing answered 2xx is still open").doesNotContainAnyElementsOf(answeredDone);
        assertThat(union(open, ended)).as("every task done or still open, nothing else").containsExactlyInAnyOrderElementsOf(all);
        assertThat(intersection(open, ended)).as("no task both open and done").isEmpty();
        Set<String> notAttempted = new HashSet<>(all);
        notAttempted.removeAll(answers.keySet());
        assertThat(open).as("only tasks without an answer can still be open").containsAll(notAttempted)
                .allMatch(t -> notAttempted.contains(t) || noAnswer.contains(t));
        assertDoneOnce(instances);
        assertProjectionAgreesWithEngine();

        // the bulk goes on after the restart: the rest of the tasks complete, each once
        ExecutorService rest2 = Executors.newFixedThreadPool(WORKERS);
        List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
        for (String task : open) {
            statuses.add(rest2.submit(() -> rest.complete(task, true, "同意（重启后）").status()));
        }
        for (java.util.concurrent.Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(204);
        }
        rest2.shutdown();
        assertThat(db.number("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ like 'sampleReview:%'")).isZero();
        assertThat(db.number("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'sampleReview'"
                + " and END_ACT_ID_ = 'End_Approved'")).isEqualTo(TASKS);
        assertDoneOnce(instances);
        assertProjectionAgreesWithEngine();
        System.out.printf("[kill] after the restart the other %d tasks were completed: %d of %d done, each once%n",
                open.size(), TASKS, TASKS);
    }

    /** Each instance has one review step in history and, once ended, one end event and one COMPLETED projection row. */
    static void assertDoneOnce(List<String> instances) {
        Map<String, Long> reviews = counts("select PROC_INST_ID_, count(*) from ACT_HI_ACTINST where ACT_ID_ = 'Task_Review'"
                + " and PROC_DEF_KEY_ = 'sampleReview' group by PROC_INST_ID_");
        Map<String, Long> ends = counts("select PROC_INST_ID_, count(*) from ACT_HI_ACTINST where ACT_ID_ = 'End_Approved'"
                + " and PROC_DEF_KEY_ = 'sampleReview' group by PROC_INST_ID_");
        Map<String, Long> taskRows = counts("select PROC_INST_ID_, count(*) from ACT_HI_TASKINST where PROC_DEF_KEY_ = 'sampleReview'"
                + " group by PROC_INST_ID_");
        Map<String, Long> projected = counts("select process_instance_id, count(*) from wb_task where process_key = 'sampleReview'"
                + " group by process_instance_id");
        for (String instance : instances) {
            assertThat(reviews.get(instance)).as("review steps of %s", instance).isEqualTo(1L);
            assertThat(taskRows.get(instance)).as("task history of %s", instance).isEqualTo(1L);
            assertThat(projected.get(instance)).as("projection rows of %s", instance).isEqualTo(1L);
            assertThat(ends.getOrDefault(instance, 0L)).as("end events of %s", instance).isLessThanOrEqualTo(1L);
        }
    }

    /** The workbench's projection (wb_task) against the engine: the same open tasks, and every ended task closed. */
    static void assertProjectionAgreesWithEngine() {
        assertThat(db.strings("select task_id from wb_task where status = 'OPEN'"))
                .as("open rows of wb_task = ACT_RU_TASK")
                .containsExactlyInAnyOrderElementsOf(db.strings("select ID_ from ACT_RU_TASK"));
        assertThat(db.strings("select ID_ from ACT_HI_TASKINST where END_TIME_ is not null and DELETE_REASON_ = 'completed'"))
                .as("completed tasks of the engine = COMPLETED rows of wb_task")
                .containsExactlyInAnyOrderElementsOf(db.strings("select task_id from wb_task where status = 'COMPLETED'"));
    }

    static Map<String, Long> counts(String sql) {
        return db.rows(sql).stream().collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue()));
    }

    static Set<String> keys(Map<String, Answer> answers, Answer answer) {
        return answers.entrySet().stream().filter(e -> e.getValue() == answer).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
