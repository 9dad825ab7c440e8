package cn.jiceng.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** The workbench's task projection compared with the engine: the check every concurrency or fault test ends with. */
public final class ProjectionAgreement {

    private ProjectionAgreement() {
    }

    /** Every open engine task has an open projection row with the same assignee and candidate groups, and vice versa. */
    public static void assertProjectionAgreesWithEngine(TaskService taskService, JdbcTemplate jdbc) {
        Map<String, String> engine = new HashMap<>();
        Map<String, Set<String>> engineGroups = new HashMap<>();
        for (Task t : taskService.createTaskQuery().list()) {
            engine.put(t.getId(), String.valueOf(t.getAssignee()));
            Set<String> groups = new HashSet<>();
            taskService.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .forEach(l -> groups.add(l.getGroupId()));
            engineGroups.put(t.getId(), groups);
        }
        Map<String, String> rows = new HashMap<>();
        jdbc.queryForList("select task_id, assignee from wb_task where status = 'OPEN'")
                .forEach(r -> rows.put((String) r.get("task_id"), String.valueOf(r.get("assignee"))));
        assertThat(rows).isEqualTo(engine);
        Map<String, Set<String>> candidates = new HashMap<>();
        engine.keySet().forEach(id -> candidates.put(id, new HashSet<>()));
        jdbc.queryForList("select task_id, group_id from wb_task_candidate")
                .forEach(r -> candidates.computeIfAbsent((String) r.get("task_id"), k -> new HashSet<>()).add((String) r.get("group_id")));
        assertThat(candidates).isEqualTo(engineGroups);
    }
}
