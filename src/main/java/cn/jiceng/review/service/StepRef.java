package cn.jiceng.review.service;

/**
 * One kind of step: a user task of a process (its element id), with its form key (for a step with
 * a Camunda Form, {@code camunda:formRef}, the form's id). Features say which steps they describe
 * by these.
 */
public record StepRef(String processKey, String stepKey, String formKey) {

    /** The resource-bundle key of the step's name: {@code bpmn.<process id>.<element id>}. */
    public String nameKey() {
        return "bpmn." + processKey + "." + stepKey;
    }
}
