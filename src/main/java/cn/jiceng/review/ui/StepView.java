package cn.jiceng.review.ui;

import cn.jiceng.review.service.StepRef;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.AppUser;

/**
 * How a feature plugs its step forms into the workbench, on the view side: a Spring bean per
 * feature. The workbench opens the form of the first bean that {@link #handles} the task's step;
 * a step no bean handles gets the generic decision form ({@link DecisionStepView}).
 */
public interface StepView {

    boolean handles(StepRef step);

    /**
     * Opens the step's form for a task of the user's queue (the workbench has checked it there);
     * {@code onDone} refreshes the workbench after a decision.
     */
    void open(WorkItem task, AppUser user, Runnable onDone);
}
