package cn.jiceng.demonstration.process;

import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.Exclusion;
import cn.jiceng.demonstration.service.CandidateService;
import cn.jiceng.demonstration.service.ScoringService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service steps and collections of demonstration-candidate.bpmn ({@code ${candidateSteps.x(execution)}}). */
@Component(DemonstrationProcess.BEAN_CANDIDATE_STEPS)
public class CandidateSteps {

    private final CandidateService candidates;
    private final ScoringService scoring;

    public CandidateSteps(CandidateService candidates, ScoringService scoring) {
        this.candidates = candidates;
        this.scoring = scoring;
    }

    private static long id(DelegateExecution e) {
        return ((Number) e.getVariable(DemonstrationProcess.VAR_CANDIDATE_ID)).longValue();
    }

    public void startInspection(DelegateExecution e) {
        candidates.markStatus(id(e), CandidateStatus.INSPECTING);
    }

    public List<Integer> scorerSlots(DelegateExecution e) {
        return candidates.scorerSlots(id(e));
    }

    public void combine(DelegateExecution e) {
        e.setVariable(DemonstrationProcess.VAR_BOTTOM_LINE_FAILED, scoring.combine(id(e)).bottomLineFailed());
    }

    public void disqualify(DelegateExecution e) {
        candidates.exclude(id(e), Exclusion.BOTTOM_LINE);
    }

    public List<String> memberUnits(DelegateExecution e) {
        return candidates.memberUnits(id(e));
    }

    public boolean anyObjection(DelegateExecution e) {
        return candidates.anyObjection(id(e));
    }

    public void excludeObjected(DelegateExecution e) {
        candidates.exclude(id(e), Exclusion.MEMBER_OBJECTION);
    }

    public List<String> acceptanceUnits(DelegateExecution e) {
        return candidates.acceptanceUnits(id(e));
    }

    public void excludeAcceptance(DelegateExecution e) {
        candidates.exclude(id(e), Exclusion.ACCEPTANCE);
    }

    public void selectSpotCheck(DelegateExecution e) {
        e.setVariable(DemonstrationProcess.VAR_SPOT_CHECK_SELECTED, candidates.selectSpotCheck(id(e)));
    }

    public void inspected(DelegateExecution e) {
        candidates.markStatus(id(e), CandidateStatus.INSPECTED);
    }

    public void rectified(DelegateExecution e) {
        candidates.rectified(id(e));
    }

    public void revoke(DelegateExecution e) {
        candidates.revoke(id(e));
    }
}
