package cn.jiceng.notification.process;

import cn.jiceng.notification.service.NewTask;
import cn.jiceng.notification.service.TaskNotifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import cn.jiceng.review.process.UserTaskListeners;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * New-task notifications: a built-in 'create' task listener on every user task of every deployed
 * process hands the new task to {@link TaskNotifier}, in the engine's transaction (a rolled-back
 * task notifies nobody). No BPMN file names it.
 */
@Component
public class NewTaskNotificationPlugin extends AbstractProcessEnginePlugin {

    /** Process variable with the case title, as every process sets it. */
    static final String VAR_TITLE = "title";

    private final ObjectProvider<TaskNotifier> notifier;

    public NewTaskNotificationPlugin(ObjectProvider<TaskNotifier> notifier) {
        this.notifier = notifier;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.addToEveryUserTask(configuration, new CreateListener(notifier), TaskListener.EVENTNAME_CREATE);
    }

    static final class CreateListener implements TaskListener {
        private final ObjectProvider<TaskNotifier> notifier;

        CreateListener(ObjectProvider<TaskNotifier> notifier) {
            this.notifier = notifier;
        }

        @Override
        public void notify(DelegateTask task) {
            ProcessDefinitionEntity definition = ((TaskEntity) task).getProcessDefinition();
            List<String> groups = new ArrayList<>();
            List<String> users = new ArrayList<>();
            for (IdentityLink link : task.getCandidates()) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
            Object title = task.getVariable(VAR_TITLE);
            notifier.getObject().created(new NewTask(task.getId(),
                    definition == null ? "standalone" : definition.getKey(), task.getTaskDefinitionKey(), task.getName(),
                    title == null ? task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey()
                            : Objects.toString(title),
                    task.getAssignee(), users, groups, currentUser()));
        }

        private static String currentUser() {
            CommandContext context = Context.getCommandContext();
            Authentication auth = context == null ? null : context.getAuthentication();
            return auth == null ? null : auth.getUserId();
        }
    }
}
