package cn.jiceng.recruitment.process;

import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.service.RecruitmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service steps of recruitmentApplication.bpmn ({@code ${applicationSteps.x(execution)}}): thin calls into the service. */
@Component("applicationSteps")
public class ApplicationSteps {

    private final RecruitmentService recruitment;

    public ApplicationSteps(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(RecruitmentProcess.VAR_APPLICATION_ID)).longValue();
    }

    public void prescreen(DelegateExecution execution) {
        recruitment.recordPrescreen(id(execution));
    }

    public void qualified(DelegateExecution execution) {
        recruitment.markStatus(id(execution), ApplicationStatus.QUALIFIED);
    }

    public void rejected(DelegateExecution execution) {
        recruitment.markStatus(id(execution), ApplicationStatus.REJECTED);
    }

    public void returned(DelegateExecution execution) {
        execution.setVariable(RecruitmentProcess.VAR_CORRECTION_DEADLINE, recruitment.markReturned(id(execution)));
    }

    public void expired(DelegateExecution execution) {
        recruitment.markStatus(id(execution), ApplicationStatus.EXPIRED);
    }

    public void withdrawn(DelegateExecution execution) {
        recruitment.markStatus(id(execution), ApplicationStatus.WITHDRAWN);
    }

    public void postCancelled(DelegateExecution execution) {
        recruitment.markStatus(id(execution), ApplicationStatus.POST_CANCELLED);
    }
}
