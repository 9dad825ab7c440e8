package cn.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.review.service.FormTemplate;
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
        assertThat(ids).contains("sampleReviewDecision", "jointReviewVerdict");
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

    @Test
    void textTemplatesFillInsertsConditionsLoopsAndFeelAsFormJsDoes() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", "长春市2026年第三批");
        vars.put("department", "ORGANIZATION");
        vars.put("count", new java.math.BigDecimal("3.0"));
        vars.put("opinions", List.of("组织部门：同意", "编办：请核减"));
        vars.put("people", List.of(Map.of("name", "张三"), Map.of("name", "李四")));
        assertThat(FormTemplate.render("批次：{{title}}，{{ count }} 个", vars)).isEqualTo("批次：长春市2026年第三批，3 个");
        assertThat(FormTemplate.render("{{if departmentName != null then departmentName else department}}", vars))
                .isEqualTo("ORGANIZATION");
        vars.put("departmentName", "组织部门");
        assertThat(FormTemplate.render("{{if departmentName != null then departmentName else department}}", vars))
                .isEqualTo("组织部门");
        assertThat(FormTemplate.render("{{#if opinions}}意见：{{#loop opinions}}[{{this}}]{{/loop}}{{/if}}{{#if missing}}不显示{{/if}}", vars))
                .isEqualTo("意见：[组织部门：同意][编办：请核减]");
        assertThat(FormTemplate.render("{{#loop people}}{{name}}@{{parent.title}};{{/loop}}", vars))
                .isEqualTo("张三@长春市2026年第三批;李四@长春市2026年第三批;");
        assertThat(FormTemplate.render("= \"共\" + string(count(opinions)) + \"条\"", vars)).isEqualTo("共2条");
        // FEEL: a string joined with null is null, and null shows as nothing
        assertThat(FormTemplate.render("=\"a\" + nothing", vars)).isEmpty();
        assertThat(FormTemplate.render("{{count > 2 and title = \"x\"}}|{{not(false)}}|{{count - 1}}", vars))
                .isEqualTo("false|true|2");
        assertThat(FormTemplate.render("no template here {not one}", vars)).isEqualTo("no template here {not one}");
        assertThat(FormTemplate.names("{{title}} {{#loop people}}{{name}} {{parent.unit}}{{/loop}} {{if a then b.c else \"x\"}}"))
                .containsExactlyInAnyOrder("title", "people", "unit", "a", "b");
        assertThatThrownBy(() -> FormTemplate.names("{{#if a}}open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormTemplate.names("{{ matches(a, \"x\") }}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormTemplate.names("{{#with a}}{{/with}}")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The bundles' texts of a form: Chinese says what the file says (the file is what Tasklist
     * shows), and an English template reads no variable the file's does not (the workbench fetches
     * the file's names).
     */
    @Test
    void theBundlesTextsOfAFormMatchTheFile() throws IOException {
        java.util.Properties zh = bundle("messages_zh_CN.properties");
        java.util.Properties en = bundle("messages.properties");
        for (Path file : files("forms", ".form")) {
            TaskForm form;
            try (InputStream in = Files.newInputStream(file)) {
                form = TaskFormService.parse(in);
            }
            for (TaskForm.Component c : form.components()) {
                String key = "form." + form.id() + "." + (c.key() != null ? c.key() : c.id());
                String written = "text".equals(c.type()) ? c.text() : c.label();
                if (zh.containsKey(key)) {
                    assertThat(zh.getProperty(key)).as(key).isEqualTo(written);
                }
                assertThat(en).as(file + ": English text of " + key).containsKey(key);
                if ("text".equals(c.type())) {
                    assertThat(FormTemplate.names(c.text())).as(key).containsAll(FormTemplate.names(en.getProperty(key)));
                }
                for (TaskForm.Choice choice : c.values()) {
                    assertThat(en).as(file + ": English text of a choice").containsKey(key + "." + choice.value());
                }
            }
        }
    }

    private static java.util.Properties bundle(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name))) {
            p.load(reader);
        }
        return p;
    }
}
