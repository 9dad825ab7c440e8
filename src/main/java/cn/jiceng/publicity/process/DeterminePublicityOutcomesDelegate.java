package cn.jiceng.publicity.process;

import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.service.PublicityService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the outcome of each entry and hands them to the caller as variables. */
@Component("determinePublicityOutcomesDelegate")
public class DeterminePublicityOutcomesDelegate implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicityService publicity;

    public DeterminePublicityOutcomesDelegate(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        long noticeId = ((Number) execution.getVariable(PublicityProcess.VAR_NOTICE_ID)).longValue();
        Map<String, PublicityOutcome> outcomes = publicity.determineOutcomes(noticeId);
        Map<String, String> names = new LinkedHashMap<>();
        outcomes.forEach((ref, outcome) -> names.put(ref, outcome.name()));
        execution.setVariable(PublicityProcess.VAR_OUTCOMES, JSON.writeValueAsString(names));
        execution.setVariable(PublicityProcess.VAR_ANY_CANCELLED, outcomes.containsValue(PublicityOutcome.CANCELLED));
        execution.setVariable(PublicityProcess.VAR_ANY_SUSPENDED, outcomes.containsValue(PublicityOutcome.SUSPENDED));
    }

    /** Reads {@link PublicityProcess#VAR_OUTCOMES} back, for callers. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> outcomes(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
