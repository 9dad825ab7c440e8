package cn.jiceng.publicity.process;

import cn.jiceng.publicity.service.PublicityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the processes waiting on the notice how the investigation ended. */
@Component("publicityInvestigationConcludedDelegate")
public class PublicityInvestigationConcludedDelegate implements JavaDelegate {

    private final PublicityService publicity;

    public PublicityInvestigationConcludedDelegate(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publicity.notifyInvestigationConcluded(((Number) execution.getVariable(PublicityProcess.VAR_OBJECTION_ID)).longValue());
    }
}
