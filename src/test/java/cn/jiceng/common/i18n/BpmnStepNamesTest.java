package cn.jiceng.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * Step names are shown through the bundles, key {@code bpmn.<processDefinitionId>.<elementId>}
 * (and {@code bpmn.<processDefinitionId>} for the process): every named flow node of every
 * {@code processes/*.bpmn} has its key in both languages, and the names in the models are the
 * Chinese ones of the default bundle (no English after the Chinese).
 */
class BpmnStepNamesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BpmnStepNamesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static String processId(ModelElementInstance element) {
        ModelElementInstance e = element;
        while (e != null && !(e instanceof Process)) {
            e = e.getParentElement();
        }
        return e == null ? null : ((BaseElement) e).getId();
    }

    @Test
    void everyNamedFlowNodeHasItsStepNameInBothBundlesAndItsModelNameIsChinese() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Properties english = load("messages.properties");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        assertThat(models()).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : models()) {
            BpmnModelInstance model;
            try (InputStream in = Files.newInputStream(file)) {
                model = Bpmn.readModelFromStream(in);
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                String key = "bpmn." + process.getId();
                if (process.getName() != null && (!chinese.containsKey(key) || !english.containsKey(key))) {
                    problems.add(file.getFileName() + ": " + key + " missing");
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String name = node.getName();
                if (name == null || name.isBlank()) {
                    continue;
                }
                checked++;
                String key = "bpmn." + processId(node) + "." + node.getId();
                if (!chinese.containsKey(key)) {
                    problems.add(file.getFileName() + ": " + key + " missing in messages_zh_CN.properties");
                } else if (!chinese.getProperty(key).equals(name)) {
                    problems.add(file.getFileName() + ": " + key + " is '" + chinese.getProperty(key) + "' but the model says '" + name + "'");
                }
                if (!english.containsKey(key)) {
                    problems.add(file.getFileName() + ": " + key + " missing in messages.properties");
                }
            }
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                String name = element.getName();
                if (name != null && name.matches(".*[\\u4e00-\\u9fff].*[A-Za-z].*")) {
                    problems.add(file.getFileName() + ": " + element.getId() + " carries English after the Chinese: " + name);
                }
            }
        }
        assertThat(checked).isGreaterThan(80);
        assertThat(problems).isEmpty();
    }

    @Test
    void theKeySchemeTheTaskListUses() {
        assertThat(TranslationProvider.translate("bpmn.recruitmentApplication.Task_PreliminaryReview", TranslationProvider.CHINESE))
                .isEqualTo("资格初审");
        assertThat(TranslationProvider.translate("bpmn.recruitmentApplication.Task_PreliminaryReview", TranslationProvider.ENGLISH))
                .isEqualTo("Preliminary review");
        assertThat(TranslationProvider.translate("bpmn.publicity.Timer_PeriodEnd", TranslationProvider.CHINESE)).isEqualTo("公示期满");
    }
}
