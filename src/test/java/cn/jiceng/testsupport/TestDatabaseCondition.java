package cn.jiceng.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the MariaDB pass, skips Spring tests when the server is not reachable, unless
 * {@code jiceng.it.require-mysql=true} (CI), where that is a failure.
 */
public class TestDatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.mysqlRequested()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        Optional<String> problem = TestDatabase.mysqlProblem();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("MariaDB pass");
        }
        if (TestDatabase.mysqlRequired()) {
            throw new IllegalStateException(problem.get() + " (jiceng.it.require-mysql=true)");
        }
        return ConditionEvaluationResult.disabled(problem.get());
    }
}
