package cn.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.review.service.TaskForm;
import cn.jiceng.review.service.TaskFormService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The Camunda Forms in forms/: each parses with the types the workbench renders, and every formRef names one. */
class TaskFormsTest {

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(dir))) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyShippedFormParsesAndEveryFormRefOfTheProcessesNamesOne() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path form : files("forms", ".form")) {
            try (InputStream in = Files.newInputStream(form)) {
                TaskForm parsed = TaskFormService.parse(in);
                assertThat(parsed.id()).as(form.toString()).isNotBlank();
                assertThat(parsed.components()).as(form.toString()).anyMatch(TaskForm.Component::isField);
                ids.add(parsed.id());
            }
        }
        assertThat(ids).contains("sampleReviewDecision");
        Set<String> refs = new HashSet<>();
        for (Path bpmn : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getCamundaFormRef() != null) {
                    refs.add(task.getCamundaFormRef());
                }
            }
        }
        assertThat(refs).isNotEmpty();
        assertThat(ids).containsAll(refs);
    }

    @Test
    void submittedValuesAreCheckedAgainstTheFormOnTheServer() {
        TaskForm form = TaskFormService.shipped("sample-review.form").orElseThrow();
        assertThatThrownBy(() -> check(form, Map.of("opinion", "同意")))
                .isInstanceOf(InputRejectedException.class).extracting("field").isEqualTo("approved");
        assertThatThrownBy(() -> check(form, Map.of("approved", "maybe")))
                .isInstanceOf(InputRejectedException.class).hasFieldOrPropertyWithValue("messageKey", "workbench.form.notAChoice");
        assertThatThrownBy(() -> check(form, Map.of("approved", "false", "opinion", "长".repeat(1001))))
                .isInstanceOf(InputRejectedException.class).hasFieldOrPropertyWithValue("messageKey", "workbench.form.tooLong");
        Map<String, Object> values = new HashMap<>(Map.of("approved", "true", "opinion", " 同意 ", "injected", "x"));
        assertThat(check(form, values)).containsOnly(Map.entry("approved", "true"), Map.entry("opinion", "同意"));
    }

    private static Map<String, Object> check(TaskForm form, Map<String, Object> values) {
        return TaskFormService.check(form, values);
    }
}
