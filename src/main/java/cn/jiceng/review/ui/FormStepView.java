package cn.jiceng.review.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.review.service.FormTemplate;
import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.TaskForm;
import cn.jiceng.review.service.TaskFormService;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;


/**
 * The form of any step whose user task references a Camunda Form ({@code camunda:formRef},
 * files in {@code forms/}): the workbench renders the same file Camunda Tasklist renders. Labels
 * come from the file (Chinese) or, in English, from {@code form.<form id>.<key>} bundle keys.
 * Required fields, lengths and choices are checked again on the server ({@link TaskFormService}).
 */
@org.springframework.stereotype.Component
@Order(500)
public class FormStepView implements StepView {

    private final TaskFormService forms;
    private final TaskAttachmentService attachments;
    private final List<FormStepExtras> extras;

    public FormStepView(TaskFormService forms, TaskAttachmentService attachments, List<FormStepExtras> extras) {
        this.forms = forms;
        this.attachments = attachments;
        this.extras = List.copyOf(extras);
    }

    @Override
    public boolean handles(StepRef step) {
        return forms.hasForm(step);
    }

    @Override
    public void open(WorkItem task, AppUser user, Runnable onDone) {
        UI ui = UI.getCurrent();
        TaskFormService.OpenForm open = forms.open(user, task.taskId(), ui.getLocale());
        TaskForm form = open.form();
        Dialog dialog = new Dialog(ui.getTranslation("tasks.decide", task.caseTitle()));
        dialog.setId("task-form");
        dialog.setWidth("36rem");
        dialog.add(new Paragraph(task.unitName() + " · " + Steps.name(task)));
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        boolean extrasAdded = false;
        for (TaskForm.Component c : form.components()) {
            if (c.isField() && !extrasAdded) {
                // a feature's additions go after the form's context text, above its fields
                extras.stream().filter(x -> x.handles(task.step()))
                        .forEach(x -> x.above(task, user, open.variables()).forEach(dialog::add));
                extrasAdded = true;
            }
            Component field = render(form, c, fields, open.variables());
            dialog.add(field);
        }
        // attachments of the decision: the workbench's own (kept with its trail event), not a field of the form file
        AttachmentField files = new AttachmentField(attachments);
        dialog.add(files);
        Button submit = new Button(ui.getTranslation("workbench.form.submit"), e -> {
            Map<String, Object> values = new HashMap<>();
            fields.forEach((key, f) -> values.put(key, f.getValue()));
            try {
                attachments.decide(user, files.files(), () -> forms.submit(user, task.taskId(), values));
                dialog.close();
                Feedback.success("workbench.done");
                onDone.run();
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            } catch (IllegalArgumentException ex) {
                Feedback.error(ex.getMessage());
            }
        });
        submit.setId("form-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(ui.getTranslation("common.cancel"), e -> dialog.close()), submit);
        dialog.open();
    }

    /**
     * One component as a Vaadin field, or for a text block its Markdown with the templates filled
     * from the variables ({@link FormTemplate}); fields are collected by key.
     */
    static Component render(TaskForm form, TaskForm.Component c, Map<String, HasValue<?, ?>> fields,
                            Map<String, Object> variables) {
        String label = Steps.label("form." + form.id() + "." + (c.key() != null ? c.key() : c.id()),
                "text".equals(c.type()) ? c.text() : c.label());
        Component field = switch (c.type()) {
            case "text" -> {
                String text;
                try {
                    text = FormTemplate.render(label, variables);
                } catch (IllegalArgumentException e) {
                    text = label; // a translation that breaks the template: shown as written
                }
                Component block = FormText.render(text);
                block.setId("form-" + c.id());
                yield block;
            }
            case "textfield" -> {
                TextField f = new TextField(label);
                if (c.maxLength() != null) {
                    f.setMaxLength(c.maxLength());
                }
                f.setWidthFull();
                yield f;
            }
            case "textarea" -> {
                TextArea f = new TextArea(label);
                if (c.maxLength() != null) {
                    f.setMaxLength(c.maxLength());
                }
                f.setWidthFull();
                yield f;
            }
            case "number" -> new NumberField(label);
            case "checkbox" -> new Checkbox(label);
            case "radio" -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
                f.setItems(c.values().stream().map(TaskForm.Choice::value).toList());
                f.setItemLabelGenerator(v -> choiceLabel(form, c, v));
                yield f;
            }
            case "select" -> {
                ComboBox<String> f = new ComboBox<>(label);
                f.setItems(c.values().stream().map(TaskForm.Choice::value).toList());
                f.setItemLabelGenerator(v -> choiceLabel(form, c, v));
                yield f;
            }
            default -> throw new IllegalStateException("unrendered form component " + c.type());
        };
        if (c.isField()) {
            field.setId("form-" + c.key());
            if (field instanceof HasValue<?, ?> value) {
                fields.put(c.key(), value);
                if (c.required() && value instanceof AbstractField<?, ?>) {
                    value.setRequiredIndicatorVisible(true);
                }
            }
        }
        return field;
    }

    private static String choiceLabel(TaskForm form, TaskForm.Component c, String value) {
        String fallback = c.values().stream().filter(v -> v.value().equals(value)).map(TaskForm.Choice::label)
                .findFirst().orElse(value);
        return Steps.label("form." + form.id() + "." + c.key() + "." + value, fallback);
    }
}
