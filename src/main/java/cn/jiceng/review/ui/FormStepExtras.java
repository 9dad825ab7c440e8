package cn.jiceng.review.ui;

import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;

/**
 * What a feature adds to a step's Camunda Form, after its text and above its fields, where a form
 * file cannot hold it, e.g. publicity's audited reveal of an objector's phone number. A Spring bean
 * of the feature's {@code ui}; the form itself stays the file that Camunda Tasklist renders.
 */
public interface FormStepExtras {

    boolean handles(StepRef step);

    /**
     * Components for a task the workbench has checked in the user's queue; {@code formVariables}
     * are what the form's templates are filled with (the step's display values included).
     */
    List<Component> above(WorkItem task, AppUser user, Map<String, Object> formVariables);
}
