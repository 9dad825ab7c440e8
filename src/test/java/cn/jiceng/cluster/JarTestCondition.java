package cn.jiceng.cluster;

import cn.jiceng.testsupport.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The jar tests need the MariaDB/MySQL server of the MariaDB pass and the packaged production jar. Without
 * either they are skipped, unless {@code -Djiceng.it.require-mysql=true} (CI), where that is a failure: the same
 * rule and the same server settings as {@link cn.jiceng.testsupport.TestDatabaseCondition}.
 */
public class JarTestCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = TestDatabase.mysqlProblem().or(AppNode::jarProblem);
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("MariaDB reachable, production jar " + AppNode.jar());
        }
        if (TestDatabase.mysqlRequired()) {
            throw new IllegalStateException(problem.get() + " (jiceng.it.require-mysql=true)");
        }
        return ConditionEvaluationResult.disabled(problem.get());
    }
}
