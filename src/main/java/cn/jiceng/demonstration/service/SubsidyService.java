package cn.jiceng.demonstration.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/** The subsidies of an outcome from the DMN table {@code demonstrationSubsidy} (processes/demonstration-subsidy.dmn). */
@Service
public class SubsidyService {

    public static final String DECISION = "demonstrationSubsidy";

    /** What the table gives for an outcome: yuan, the county's maximum null when it has none. */
    public record Subsidy(BigDecimal city, BigDecimal countyMin, BigDecimal countyMax, String basis) {
        public static final Subsidy NONE = new Subsidy(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "");
    }

    private final DecisionService decisions;

    public SubsidyService(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The subsidy of an awarded outcome under the scheme; empty when the scheme has no matching rule. */
    public Optional<Subsidy> subsidy(String scheme, String outcome, int flags) {
        return evaluate(decisions, scheme, outcome, flags);
    }

    static Optional<Subsidy> evaluate(DecisionService decisions, String scheme, String outcome, int flags) {
        Map<String, Object> in = new HashMap<>();
        in.put("scheme", scheme);
        in.put("outcome", outcome);
        in.put("flags", flags);
        DmnDecisionResultEntries r = decisions.evaluateDecisionByKey(DECISION).variables(in).evaluate().getFirstResult();
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new Subsidy(amount(r.get("citySubsidy")), amount(r.get("countySubsidyMin")),
                r.get("countySubsidyMax") == null ? null : amount(r.get("countySubsidyMax")), (String) r.get("basis")));
    }

    private static BigDecimal amount(Object o) {
        return o == null ? BigDecimal.ZERO : BigDecimal.valueOf(((Number) o).longValue());
    }
}
