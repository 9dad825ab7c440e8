package cn.jiceng.reliability;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service task of {@code processes-test/flaky-service-task.bpmn}: fails while {@link #FAILURES_LEFT} is positive. */
public class FlakyDelegate implements JavaDelegate {

    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
        CALLS.incrementAndGet();
        if (FAILURES_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the external system did not answer (test)");
        }
        execution.setVariable("flakyDone", true);
    }
}
