package cn.jiceng.demonstration.process;

import cn.jiceng.demonstration.domain.ProgramStatus;
import cn.jiceng.demonstration.service.ProgramService;
import cn.jiceng.publicity.process.DeterminePublicityOutcomesDelegate;
import cn.jiceng.publicity.process.PublicityProcess;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service steps of demonstration-program.bpmn ({@code ${programSteps.x(execution)}}): thin calls into the service. */
@Component(DemonstrationProcess.BEAN_PROGRAM_STEPS)
public class ProgramSteps {

    private final ProgramService programs;

    public ProgramSteps(ProgramService programs) {
        this.programs = programs;
    }

    private static long id(DelegateExecution e) {
        return ((Number) e.getVariable(DemonstrationProcess.VAR_PROGRAM_ID)).longValue();
    }

    public List<String> counties(DelegateExecution e) {
        return programs.countyCodes(id(e));
    }

    public void mobilise(DelegateExecution e) {
        programs.markStatus(id(e), ProgramStatus.MOBILISING);
    }

    public void recordMissingPlans(DelegateExecution e) {
        programs.recordMissingPlans(id(e));
    }

    public void openNomination(DelegateExecution e) {
        programs.markStatus(id(e), ProgramStatus.NOMINATING);
    }

    public void acceptList(DelegateExecution e) {
        programs.acceptList(id(e), (String) e.getVariable(DemonstrationProcess.VAR_COUNTY_CODE));
    }

    public void openCreation(DelegateExecution e) {
        programs.markStatus(id(e), ProgramStatus.CREATING);
    }

    public void openInspection(DelegateExecution e) {
        programs.markStatus(id(e), ProgramStatus.INSPECTING);
    }

    public void recordPublicity(DelegateExecution e) {
        Object notice = e.getVariable(PublicityProcess.VAR_NOTICE_ID);
        programs.recordPublicity(id(e), notice == null ? null : ((Number) notice).longValue(),
                DeterminePublicityOutcomesDelegate.outcomes((String) e.getVariable(PublicityProcess.VAR_OUTCOMES)));
    }

    public void announce(DelegateExecution e) {
        programs.announce(id(e));
    }
}
