package cn.jiceng.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's chromium and chromium-driver. Without them they are skipped, unless
 * {@code jiceng.it.require-browser=true} (CI, which installs both), where that is a failure.
 */
public class BrowserCondition implements ExecutionCondition {

    public static final String CHROMIUM = System.getProperty("jiceng.it.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("jiceng.it.chromedriver", "/usr/bin/chromedriver");

    /** Whether Debian's chromium and chromium-driver are installed where the tests look for them. */
    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        String problem = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER
                + ") missing: apt-get install chromium chromium-driver";
        if (Boolean.parseBoolean(System.getProperty("jiceng.it.require-browser", "false"))) {
            throw new IllegalStateException(problem + " (jiceng.it.require-browser=true)");
        }
        return ConditionEvaluationResult.disabled(problem);
    }
}
