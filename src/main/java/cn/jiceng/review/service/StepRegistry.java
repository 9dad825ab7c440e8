package cn.jiceng.review.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The features' {@link ReviewStep} beans, asked in order; a step no bean handles gets the defaults. */
@Component
public class StepRegistry {

    private static final ReviewStep DEFAULTS = step -> true;

    private final List<ReviewStep> steps;

    public StepRegistry(List<ReviewStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public ReviewStep of(StepRef step) {
        return find(step).orElse(DEFAULTS);
    }

    public Optional<ReviewStep> find(StepRef step) {
        return steps.stream().filter(s -> s.handles(step)).findFirst();
    }

    public Set<TaskOperation> operations(StepRef step) {
        return of(step).operations(step);
    }
}
