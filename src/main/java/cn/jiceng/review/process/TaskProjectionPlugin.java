package cn.jiceng.review.process;

import cn.jiceng.review.service.TaskProjectionService;
import cn.jiceng.review.service.TaskSnapshot;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the workbench's task projection in step with the engine: a built-in task listener on every
 * user task of every deployed process (create, assignment, update, complete, delete) writes the
 * change through {@link TaskProjectionService} in the engine's own transaction, so a task and its
 * row commit or roll back together. No BPMN file has to name it.
 */
@Component
public class TaskProjectionPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskProjectionService> projection;

    public TaskProjectionPlugin(ObjectProvider<TaskProjectionService> projection) {
        this.projection = projection;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.addToEveryUserTask(configuration, new ProjectionListener(projection), TaskListener.EVENTNAME_CREATE,
                TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
                TaskListener.EVENTNAME_DELETE);
    }

    /** Turns the engine's task into a {@link TaskSnapshot} and hands it to the projection. */
    static final class ProjectionListener implements TaskListener {
        private final ObjectProvider<TaskProjectionService> projection;

        ProjectionListener(ObjectProvider<TaskProjectionService> projection) {
            this.projection = projection;
        }

        @Override
        public void notify(DelegateTask task) {
            TaskProjectionService service = projection.getObject();
            switch (task.getEventName()) {
                case EVENTNAME_CREATE -> service.created(snapshot(task));
                case EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE -> service.updated(snapshot(task));
                case EVENTNAME_COMPLETE -> service.completed(task.getId(), actor(task));
                case EVENTNAME_DELETE -> service.cancelled(task.getId(), currentUser(), task.getDeleteReason());
                default -> {
                }
            }
        }

        private static String actor(DelegateTask task) {
            String user = currentUser();
            return user != null ? user : task.getAssignee();
        }

        private static String currentUser() {
            CommandContext context = Context.getCommandContext();
            Authentication auth = context == null ? null : context.getAuthentication();
            return auth == null ? null : auth.getUserId();
        }

        static TaskSnapshot snapshot(DelegateTask task) {
            TaskEntity entity = (TaskEntity) task;
            ExecutionEntity execution = entity.getExecution();
            ProcessDefinitionEntity definition = entity.getProcessDefinition();
            List<String> groups = task.getCandidates().stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId).sorted().toList();
            String formKey = null;
            TaskDefinition taskDefinition = entity.getTaskDefinition();
            if (taskDefinition != null) {
                // the form key, or the id of the step's Camunda Form (camunda:formRef)
                Expression key = taskDefinition.getFormKey();
                if (key == null && taskDefinition.getFormDefinition() != null) {
                    key = taskDefinition.getFormDefinition().getCamundaFormDefinitionKey();
                }
                formKey = key == null ? null : key.getExpressionText();
            }
            String businessKey = execution == null ? null : execution.getProcessBusinessKey();
            return new TaskSnapshot(task.getId(), task.getProcessInstanceId(),
                    definition == null ? "standalone" : definition.getKey(), task.getTaskDefinitionKey(), task.getName(),
                    formKey, businessKey, task.getCreateTime(), task.getDueDate(), task.getAssignee(), task.getOwner(), groups,
                    entity.getParentTaskId(), task::getVariable);
        }
    }
}
