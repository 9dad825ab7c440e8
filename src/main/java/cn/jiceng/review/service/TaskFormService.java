package cn.jiceng.review.service;

import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.security.domain.AppUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Camunda Forms of user tasks ({@code camunda:formRef}): which steps have one, the deployed
 * form of a task in the user's queue, and the check of submitted values against it (required
 * fields, lengths, allowed choices), done again here whatever the browser sent. A valid
 * submission goes to the step's feature ({@link ReviewStep#submitForm}).
 */
@Service
public class TaskFormService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final ReviewTaskService tasks;
    private final StepRegistry steps;
    private final TaskService taskService;

    public TaskFormService(FormService formService, RepositoryService repositoryService, ReviewTaskService tasks,
                           StepRegistry steps, TaskService taskService) {
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.tasks = tasks;
        this.steps = steps;
    }

    /** Whether the step's user task (in the latest version of its process) references a Camunda Form. */
    @Transactional(readOnly = true)
    public boolean hasForm(StepRef step) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(step.processKey()).latestVersion().singleResult();
        if (definition == null) {
            return false;
        }
        UserTask task = repositoryService.getBpmnModelInstance(definition.getId()).getModelElementById(step.stepKey());
        return task != null && task.getCamundaFormRef() != null;
    }

    /** The form of a task in the user's queue. */
    @Transactional(readOnly = true)
    public TaskForm formOf(AppUser user, String taskId) {
        tasks.requireInQueue(user, taskId);
        return deployedForm(taskId);
    }

    /** A task's form as the user opens it: the form and the values its text templates show. */
    public record OpenForm(TaskForm form, Map<String, Object> variables) {
    }

    /**
     * The form of a task in the user's queue with the variables its text templates name, as the
     * task sees them (what Camunda Tasklist hands the same file), and the step's display values
     * ({@link ReviewStep#formVariables}) over them. One queue check for the whole.
     */
    @Transactional(readOnly = true)
    public OpenForm open(AppUser user, String taskId, Locale locale) {
        QueuedTask queued = tasks.checkQueue(user, taskId);
        TaskForm form = deployedForm(taskId);
        Set<String> names = new LinkedHashSet<>();
        for (TaskForm.Component c : form.components()) {
            if ("text".equals(c.type())) {
                names.addAll(FormTemplate.names(c.text()));
            }
        }
        Map<String, Object> variables = new HashMap<>();
        if (!names.isEmpty()) {
            VariableMap typed = taskService.getVariablesTyped(taskId, names, false);
            for (String name : typed.keySet()) {
                TypedValue value = typed.getValueTyped(name);
                if (!(value instanceof ObjectValue)) {
                    variables.put(name, value.getValue());
                }
            }
        }
        variables.putAll(steps.of(stepOf(queued.task())).formVariables(user, queued, locale));
        return new OpenForm(form, variables);
    }

    /**
     * Checks the values against the task's form and hands them to the step's feature, which
     * applies its own rules and completes the task.
     * @throws InputRejectedException naming the field, when a value breaks the form
     */
    @Transactional
    public void submit(AppUser user, String taskId, Map<String, Object> values) {
        QueuedTask queued = tasks.checkQueue(user, taskId);
        Map<String, Object> checked = check(deployedForm(taskId), values);
        var task = queued.task();
        if (!steps.of(stepOf(task)).submitForm(user, queued, checked)) {
            Object opinion = checked.get("opinion");
            tasks.complete(user, task, checked, opinion == null ? null : opinion.toString());
        }
    }

    private TaskForm deployedForm(String taskId) {
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StepRef stepOf(Task task) {
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return new StepRef(processKey, task.getTaskDefinitionKey(), null);
    }

    /** The submitted values that the form defines, checked; anything else is dropped. */
    public static Map<String, Object> check(TaskForm form, Map<String, Object> values) {
        Map<String, Object> checked = new HashMap<>();
        for (TaskForm.Component c : form.components()) {
            if (!c.isField()) {
                continue;
            }
            Object value = values.get(c.key());
            String text = value == null ? "" : value.toString().strip();
            if (c.required() && text.isEmpty() && !"checkbox".equals(c.type())) {
                throw new InputRejectedException(c.key(), "workbench.form.required", c.label());
            }
            if (c.maxLength() != null && text.length() > c.maxLength()) {
                throw new InputRejectedException(c.key(), "workbench.form.tooLong", c.label(), c.maxLength());
            }
            if (!c.values().isEmpty() && !text.isEmpty()
                    && c.values().stream().noneMatch(v -> v.value().equals(text))) {
                throw new InputRejectedException(c.key(), "workbench.form.notAChoice", c.label());
            }
            switch (c.type()) {
                case "checkbox" -> checked.put(c.key(), Boolean.TRUE.equals(value) || "true".equals(text));
                case "number" -> {
                    if (!text.isEmpty()) {
                        try {
                            checked.put(c.key(), new java.math.BigDecimal(text));
                        } catch (NumberFormatException e) {
                            throw new InputRejectedException(c.key(), "workbench.form.notANumber", c.label());
                        }
                    }
                }
                default -> checked.put(c.key(), text);
            }
        }
        return checked;
    }

    /** Reads a form-js file; a component of a type the workbench does not render is refused, not skipped. */
    public static TaskForm parse(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<TaskForm.Component> components = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            String type = c.path("type").asText();
            if (!TaskForm.TYPES.contains(type)) {
                throw new IllegalStateException("form " + root.path("id").asText() + ": component type " + type
                        + " is not rendered by the workbench");
            }
            List<TaskForm.Choice> choices = new ArrayList<>();
            for (JsonNode v : c.path("values")) {
                choices.add(new TaskForm.Choice(v.path("label").asText(), v.path("value").asText()));
            }
            if ("text".equals(type)) {
                try {
                    FormTemplate.names(c.path("text").asText(""));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("form " + root.path("id").asText() + ", " + c.path("id").asText()
                            + ": " + e.getMessage(), e);
                }
            }
            JsonNode validate = c.path("validate");
            components.add(new TaskForm.Component(c.path("id").asText(""), type, c.hasNonNull("key") ? c.get("key").asText() : null,
                    c.path("label").asText(""), c.path("text").asText(""), validate.path("required").asBoolean(false),
                    validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null, List.copyOf(choices)));
        }
        return new TaskForm(root.path("id").asText(), List.copyOf(components));
    }

    /** For tests and docs: the form with this id among the shipped files. */
    public static Optional<TaskForm> shipped(String fileName) {
        try (InputStream in = TaskFormService.class.getResourceAsStream("/forms/" + fileName)) {
            return in == null ? Optional.empty() : Optional.of(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
