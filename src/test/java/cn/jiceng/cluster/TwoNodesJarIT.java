package cn.jiceng.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import cn.jiceng.testsupport.Browser;
import cn.jiceng.testsupport.BrowserCondition;
import org.openqa.selenium.By;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of the packaged application on two ports against one MariaDB database, as docs/operations.md
 * "Several nodes" runs them: the first starts and migrates, then the second (one schema update at a time);
 * work is driven through both; the escalation timers of the review steps fire exactly once, on both job
 * executors; queues and notifications are the same from either node; after node 1 is killed the user's
 * submitted data is on node 2 and the work goes on there.
 */
@ExtendWith(JarTestCondition.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesJarIT {

    static final String UNIT = "220103"; // 宽城区; its escalations go to 长春市 (220100)
    static final String GROUP = "REVIEWER@" + UNIT;
    static final int TIMERS = Integer.getInteger("jiceng.it.cluster.timers", 40);
    static final String UI_CASE = "故障转移：浏览器中审核";
    /**
     * The failover in a real browser where Chromium is installed, or where it is required
     * ({@code jiceng.it.require-browser=true}: CI, which installs it); otherwise only the REST half runs.
     */
    static final boolean BROWSER = Boolean.getBoolean("jiceng.it.require-browser") || BrowserCondition.installed();

    static ClusterDatabase db;
    static AppNode node1;
    static AppNode node2;
    static List<String> escalatedTasks = new ArrayList<>();

    @BeforeAll
    static void twoNodes() {
        db = ClusterDatabase.create();
        node1 = new AppNode("node-1", db, "TwoNodesJarIT");
        node2 = new AppNode("node-2", db, "TwoNodesJarIT");
        node1.startAndAwait();
        node2.startAndAwait();
    }

    @AfterAll
    static void cleanUp() {
        try {
            for (AppNode node : new AppNode[] {node1, node2}) {
                if (node != null) {
                    node.close();
                }
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    @Order(0)
    void theSecondNodeFindsTheSchemaTheFirstMigratedAndUpdatesNothing() {
        assertThat(node1.logContains("Migrating schema")).as("node 1 ran Flyway's migrations").isTrue();
        assertThat(node1.logContains("activiti.mysql.create.engine.sql")).as("node 1 created the engine tables").isTrue();
        assertThat(node2.logContains("Migrating schema")).as("node 2 ran no migration").isFalse();
        assertThat(node2.logContains("activiti.mysql.create.engine.sql")).as("node 2 created no engine table").isFalse();
        assertThat(db.number("select count(*) from ACT_GE_SCHEMA_LOG")).as("one engine schema install").isEqualTo(1);
    }

    @Test
    @Order(1)
    void escalationTimersDueOnTwoNodesFireExactlyOnceAndBothJobExecutorsRunThem() {
        Instant t0 = Instant.now();
        OffsetDateTime firstDue = OffsetDateTime.now().plusSeconds(40);
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            // work through both nodes; due one after the other over 40 s
            AppNode node = i % 2 == 0 ? node1 : node2;
            instances.add(node.rest().startSampleReview(UNIT, "超期案件 " + i, "TIMER-" + i, firstDue.plusSeconds(i)));
        }
        escalatedTasks.addAll(db.strings("select ID_ from ACT_RU_TASK where PROC_DEF_ID_ like 'sampleReview:%'"));
        assertThat(escalatedTasks).hasSize(TIMERS);
        assertThat(db.number("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-task-listener'"
                + " and PROCESS_DEF_KEY_ = 'sampleReview'")).as("one escalation timer per review step").isEqualTo(TIMERS);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (db.number("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'sampleReview'") > 0) {
            assertThat(Instant.now()).as("all escalation timers ran within 5 minutes").isBefore(deadline);
            AppNode.sleep(1000);
        }
        AppNode.sleep(5000); // time for a second run, if there were one

        String jobsOfOurs = " from ACT_HI_JOB_LOG where PROCESS_DEF_KEY_ = 'sampleReview' and JOB_DEF_TYPE_ = 'timer-task-listener'";
        assertThat(db.number("select count(*)" + jobsOfOurs + " and JOB_STATE_ = 1")).as("failed job runs").isZero();
        Map<String, Long> runsPerJob = db.rows("select JOB_ID_, count(*)" + jobsOfOurs + " and JOB_STATE_ = 2 group by JOB_ID_")
                .stream().collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue()));
        assertThat(runsPerJob).as("escalation jobs that ran").hasSize(TIMERS);
        assertThat(runsPerJob.values()).as("successful runs per job").containsOnly(1L);
        Map<String, Long> perHost = new TreeMap<>(db.rows("select HOSTNAME_, count(*)" + jobsOfOurs + " and JOB_STATE_ = 2"
                + " group by HOSTNAME_").stream().collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue())));
        System.out.printf("[two-nodes] %d escalation timers fired once each in %d s; runs per node: %s%n",
                TIMERS, Duration.between(t0, Instant.now()).toSeconds(), perHost);
        assertThat(perHost.keySet()).as("both job executors ran escalations").containsExactlyInAnyOrder("node-1", "node-2");

        Map<String, Long> escalations = db.rows("select task_id, count(*) from wb_task_event where kind = 'ESCALATE' group by task_id")
                .stream().collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue()));
        for (String task : escalatedTasks) {
            assertThat(escalations.get(task)).as("escalations in the trail of %s", task).isEqualTo(1L);
        }
        assertThat(db.number("select count(*) from wb_task where task_id in (" + in(escalatedTasks) + ") and escalated = true"))
                .isEqualTo(TIMERS);
        List<List<Object>> notified = db.rows("select task_id, username, count(*) from wb_notification where kind = 'ESCALATION'"
                + " and task_id in (" + in(escalatedTasks) + ") group by task_id, username");
        assertThat(notified).as("escalation notifications").isNotEmpty();
        assertThat(notified).as("each recipient told once per task").allMatch(r -> ((Number) r.get(2)).longValue() == 1);
        Set<String> recipients = notified.stream().map(r -> (String) r.get(1)).collect(Collectors.toSet());
        assertThat(notified).as("every task escalated to the same people").hasSize(TIMERS * recipients.size());
        assertThat(recipients).contains("cc.reviewer", "cc.leader");
    }

    @Test
    @Order(2)
    void queuesAndNotificationsAreTheSameFromEitherNodeWhileWorkGoesThroughBoth() {
        // decisions through the other node than the one that started the case
        List<String> open = List.copyOf(queueIds(node1));
        assertThat(open).hasSizeGreaterThanOrEqualTo(10);
        for (int i = 0; i < 10; i++) {
            AppNode node = i % 2 == 0 ? node2 : node1;
            node.rest().ok("POST", "/engine-rest/task/" + open.get(i) + "/complete",
                    Map.of("variables", Map.of("approved", Map.of("value", i % 3 != 0, "type", "Boolean"),
                            "opinion", Map.of("value", "两节点审核 " + i, "type", "String"))));
        }
        List<String> fromNode1 = queueIds(node1);
        List<String> fromNode2 = queueIds(node2);
        assertThat(fromNode1).as("the queue of %s on node 1 and node 2", GROUP).isEqualTo(fromNode2).hasSize(open.size() - 10);
        assertThat(node1.rest().ok("GET", "/engine-rest/task/count?candidateGroup=" + GROUP + "&processDefinitionKey=sampleReview", null).get("count").asLong())
                .isEqualTo(node2.rest().ok("GET", "/engine-rest/task/count?candidateGroup=" + GROUP + "&processDefinitionKey=sampleReview", null).get("count").asLong());
        // the workbench reads its queues from the projection: the same rows for either node
        assertThat(db.strings("select t.task_id from wb_task t join wb_task_candidate c on c.task_id = t.task_id"
                + " where t.status = 'OPEN' and c.group_id = ? and t.process_key = 'sampleReview'", GROUP)).containsExactlyInAnyOrderElementsOf(fromNode1);
        // history and the trail written through node 2 are read back through node 1, and the other way round
        for (int i = 0; i < 10; i++) {
            JsonNode fromOne = node1.rest().ok("GET", "/engine-rest/history/task?taskId=" + open.get(i), null);
            JsonNode fromTwo = node2.rest().ok("GET", "/engine-rest/history/task?taskId=" + open.get(i), null);
            assertThat(fromOne).isEqualTo(fromTwo);
            assertThat(fromOne.get(0).get("deleteReason").asText()).isEqualTo("completed");
        }
        assertThat(db.number("select count(*) from wb_task where task_id in (" + in(open.subList(0, 10)) + ") and status = 'COMPLETED'"))
                .isEqualTo(10);
        // notifications are rows, not node memory: the escalations run by both nodes' job executors are in one
        // table, and the bell (NotificationBell) re-reads it on each navigation on whichever node serves the user
        assertThat(db.number("select count(*) from wb_notification where username = 'cc.leader' and kind = 'ESCALATION'"
                + " and read_at is null and task_id in (" + in(escalatedTasks) + ")")).isEqualTo(TIMERS);
    }

    @Test
    @Order(3)
    void aUsersSubmittedDataSurvivesTheKillOfNodeOneAndTheWorkGoesOnOnNodeTwo() {
        EngineRest one = node1.rest();
        String instance = one.startSampleReview(UNIT, "故障转移案件", "FAILOVER-1", OffsetDateTime.now().plusDays(30));
        String task = one.taskOf(instance);
        one.ok("POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", "kc.reviewer"));
        one.ok("POST", "/engine-rest/task/" + task + "/variables",
                Map.of("modifications", Map.of("opinion", Map.of("value", "材料齐全，拟同意（草稿）", "type", "String"))));
        one.ok("POST", "/engine-rest/task/" + task + "/comment/create", Map.of("message", "已电话核实申报材料"));
        // and a reviewer decides a case in the browser on node 1 (the sample review's form), just before node 1 dies
        String uiInstance = one.startSampleReview(UNIT, UI_CASE, "FAILOVER-UI", OffsetDateTime.now().plusDays(30));
        String uiTask = one.taskOf(uiInstance);
        try (Browser browser = BROWSER ? new Browser(node1.port()) : null) {
            if (browser != null) {
                browser.login("kc.reviewer", AppNode.PASSWORD);
                browser.open("/tasks");
                browser.filterTasks(UI_CASE);
                browser.click(By.xpath("//vaadin-grid-cell-content//vaadin-button[@data-task='" + UI_CASE + "']"));
                browser.click(By.xpath("//vaadin-radio-group[@id='form-approved']//vaadin-radio-button[contains(., '通过')]"));
                browser.waitFor(By.cssSelector("#form-opinion textarea")).sendKeys("浏览器中提交：同意。");
                browser.click(By.id("form-submit"));
                assertThat(browser.waitFor(By.id("tasks-empty")).getText()).contains("没有符合筛选条件的事项");
            }

            node1.killHard();
            assertThat(node1.rest().status("GET", "/engine-rest/engine")).as("node 1 is gone").isEqualTo(-1);

            if (browser != null) {
                // the load balancer sends the same browser to node 2: node 1's session is gone with it, so node 2 asks the
                // user to sign in again; afterwards the decision submitted on node 1 is in the user's 已办 (done) list
                browser.moveTo(node2.port());
                browser.open("/tasks");
                browser.waitFor(By.cssSelector("vaadin-login-form"));
                assertThat(browser.currentUrl()).as("node 2 asks to sign in again").contains("/login");
                browser.signIn("kc.reviewer", AppNode.PASSWORD);
                browser.waitFor(By.cssSelector("#tasks-grid, #home-view"));
                browser.open("/tasks");
                browser.click(By.id("tab-DONE"));
                browser.filterTasks(UI_CASE);
                browser.screenshot("90-failover-done-on-node-2");
            }
        }
        assertThat(db.strings("select status from wb_task where task_id = ?", uiTask)).containsExactly("COMPLETED");
        assertThat(db.number("select count(*) from wb_task_event where task_id = ? and opinion = ?", uiTask, "浏览器中提交：同意。"))
                .as("the opinion submitted in the browser on node 1, in the trail").isEqualTo(1);

        // the user lands on node 2 and signs in again (a new Vaadin session; the REST client sends its credentials)
        EngineRest two = node2.rest();
        assertThat(new EngineRest(node2.baseUrl(), "kc.reviewer", AppNode.PASSWORD).status("GET", "/engine-rest/engine"))
                .as("REST stays ADMIN-only on node 2").isEqualTo(403);
        assertThat(two.status("GET", "/login")).as("the sign-in page of node 2").isEqualTo(200);
        JsonNode vars = two.ok("GET", "/engine-rest/process-instance/" + instance + "/variables", null);
        assertThat(vars.get("title").get("value").asText()).isEqualTo("故障转移案件");
        assertThat(vars.get("opinion").get("value").asText()).isEqualTo("材料齐全，拟同意（草稿）");
        assertThat(two.ok("GET", "/engine-rest/task/" + task, null).get("assignee").asText()).isEqualTo("kc.reviewer");
        JsonNode comments = two.ok("GET", "/engine-rest/task/" + task + "/comment", null);
        assertThat(StreamSupport.stream(comments.spliterator(), false).map(c -> c.get("message").asText()))
                .containsExactly("已电话核实申报材料");

        // the work goes on on node 2: the decision, and a timer that only node 2's job executor can run now
        two.ok("POST", "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("approved", Map.of("value", true, "type", "Boolean"))));
        assertThat(two.ok("GET", "/engine-rest/history/process-instance/" + instance, null).get("state").asText())
                .isEqualTo("COMPLETED");
        assertThat(db.strings("select status from wb_task where task_id = ?", task)).containsExactly("COMPLETED");
        String late = two.startSampleReview(UNIT, "节点一停机后的超期案件", "FAILOVER-2", OffsetDateTime.now().plusSeconds(5));
        String lateTask = two.taskOf(late);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (db.number("select count(*) from wb_task where task_id = ? and escalated = true", lateTask) == 0) {
            assertThat(Instant.now()).as("node 2 ran the escalation alone").isBefore(deadline);
            AppNode.sleep(1000);
        }
        assertThat(db.strings("select HOSTNAME_ from ACT_HI_JOB_LOG where PROCESS_INSTANCE_ID_ = ? and JOB_STATE_ = 2", late))
                .containsExactly("node-2");
        System.out.printf("[two-nodes] node 1 killed; on node 2: the claimed task, its draft opinion and comment were there,"
                + " the decision completed the case, and node 2 alone ran the next escalation%n");
    }

    static List<String> queueIds(AppNode node) {
        JsonNode tasks = node.rest().ok("GET", "/engine-rest/task?candidateGroup=" + GROUP + "&processDefinitionKey=sampleReview&sortBy=id&sortOrder=asc", null);
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText()).toList();
    }

    static String in(List<String> ids) {
        return ids.stream().map(id -> "'" + id.replace("'", "") + "'").collect(Collectors.joining(","));
    }
}
