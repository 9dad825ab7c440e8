package cn.jiceng.publicity.process;

import cn.jiceng.publicity.service.PublicityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the objection window and counts the objections still open. */
@Component("closePublicityPeriodDelegate")
public class ClosePublicityPeriodDelegate implements JavaDelegate {

    private final PublicityService publicity;

    public ClosePublicityPeriodDelegate(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long noticeId = ((Number) execution.getVariable(PublicityProcess.VAR_NOTICE_ID)).longValue();
        execution.setVariable(PublicityProcess.VAR_OPEN_OBJECTIONS, publicity.closePeriod(noticeId));
    }
}
