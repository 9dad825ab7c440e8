package cn.jiceng.review.service;

import java.util.List;

/**
 * A Camunda Form (form-js JSON, {@code forms/*.form}) as the workbench renders it: its id and the
 * components of the types these forms use (text, textfield, textarea, number, radio, select,
 * checkbox). Labels are the file's (Chinese); the view may translate them by
 * {@code form.<form id>.<key>} keys.
 */
public record TaskForm(String id, List<Component> components) {

    public static final List<String> TYPES = List.of("text", "textfield", "textarea", "number", "radio", "select", "checkbox");

    /** One component; {@code key} is null for a text block, {@code values} empty unless radio or select. */
    public record Component(String id, String type, String key, String label, String text, boolean required, Integer maxLength,
                            List<Choice> values) {

        public boolean isField() {
            return key != null && !"text".equals(type);
        }
    }

    public record Choice(String label, String value) {
    }
}
