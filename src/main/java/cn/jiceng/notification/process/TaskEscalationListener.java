package cn.jiceng.notification.process;

import cn.jiceng.notification.service.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The timeout listener of review steps ({@code ${taskEscalation}}): the step is past its due date. */
@Component(Escalation.BEAN)
public class TaskEscalationListener implements TaskListener {

    private final EscalationService escalation;

    public TaskEscalationListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void notify(DelegateTask task) {
        escalation.escalate(task.getId());
    }
}
