package cn.jiceng.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Stands in for the {@code taskEscalation} bean in plain-engine path tests: records the escalated steps. */
public class RecordingEscalation implements TaskListener {

    public final List<String> escalated = new ArrayList<>();

    @Override
    public void notify(DelegateTask task) {
        escalated.add(task.getTaskDefinitionKey());
    }
}
