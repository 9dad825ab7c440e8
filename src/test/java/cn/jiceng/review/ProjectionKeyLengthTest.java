package cn.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The task projection stores process and step keys in 100-character columns (V18: they are part of
 * the region index, which must fit MySQL's 3,072-byte key); a longer id in a model would make its
 * tasks fail to start, so the models are checked here, before they are deployed.
 */
class ProjectionKeyLengthTest {

    static final int KEY_COLUMN = 100;

    @Test
    void everyProcessIdAndUserTaskIdFitsTheProjectionsKeyColumns() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        List<String> tooLong = new ArrayList<>();
        int userTasks = 0;
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process p : model.getModelElementsByType(Process.class)) {
                if (p.getId().length() > KEY_COLUMN) {
                    tooLong.add(file.getFileName() + ": process " + p.getId());
                }
            }
            for (UserTask t : model.getModelElementsByType(UserTask.class)) {
                userTasks++;
                if (t.getId().length() > KEY_COLUMN) {
                    tooLong.add(file.getFileName() + ": user task " + t.getId());
                }
            }
        }
        assertThat(userTasks).isGreaterThan(20);
        assertThat(tooLong).isEmpty();
    }
}
