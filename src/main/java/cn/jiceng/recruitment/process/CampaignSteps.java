package cn.jiceng.recruitment.process;

import cn.jiceng.publicity.process.DeterminePublicityOutcomesDelegate;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.process.PublishNoticeDelegate;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.recruitment.service.SelectionService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The service steps and gateway conditions of recruitment-campaign.bpmn
 * ({@code ${campaignSteps.x(execution)}}); each calls one service method.
 */
@Component("campaignSteps")
public class CampaignSteps {

    private final RecruitmentService recruitment;
    private final SelectionService selection;

    public CampaignSteps(RecruitmentService recruitment, SelectionService selection) {
        this.recruitment = recruitment;
        this.selection = selection;
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(RecruitmentProcess.VAR_CAMPAIGN_ID)).longValue();
    }

    /** The departments of the joint review, one parallel task each. */
    public List<String> jointReviewDepartments() {
        return RecruitmentProcess.JOINT_REVIEW_DEPARTMENTS;
    }

    public void published(DelegateExecution execution) {
        recruitment.campaignStatus(id(execution), CampaignStatus.PUBLISHED);
    }

    public void registrationOpened(DelegateExecution execution) {
        recruitment.campaignStatus(id(execution), CampaignStatus.REGISTRATION);
    }

    /** Registration closed: next comes HR's opening-ratio decision (the reviews go on meanwhile). */
    public void registrationClosed(DelegateExecution execution) {
        recruitment.campaignStatus(id(execution), CampaignStatus.RATIO_DECISION);
    }

    public void openSwitchWindow(DelegateExecution execution) {
        execution.setVariable(RecruitmentProcess.VAR_SWITCH_END, selection.openSwitchWindow(id(execution)));
    }

    public void closeSwitchWindow(DelegateExecution execution) {
        selection.closeSwitchWindow(id(execution));
    }

    public void shortlist(DelegateExecution execution) {
        selection.publishWrittenScores(id(execution));
    }

    public void rank(DelegateExecution execution) {
        selection.rankAll(id(execution));
    }

    public void callCandidates(DelegateExecution execution) {
        selection.callCandidates(id(execution));
    }

    public void concludePhysical(DelegateExecution execution) {
        selection.concludePhysical(id(execution));
    }

    /** Gateway condition: promote the next in rank after the stage (PHYSICAL, INSPECTION, PUBLICITY)? */
    public boolean promote(DelegateExecution execution, String stage) {
        return selection.promote(id(execution), Campaign.SelectionStage.valueOf(stage));
    }

    public boolean anyProposed(DelegateExecution execution) {
        return selection.anyProposed(id(execution));
    }

    /** Sets the variables the publicity call activity passes to the sub-process. */
    public void proposeHires(DelegateExecution execution) {
        SelectionService.Proposal p = selection.proposeHires(id(execution));
        execution.setVariable(RecruitmentProcess.VAR_PUBLICITY_TITLE, p.title());
        execution.setVariable(PublicityProcess.VAR_BODY, p.body());
        execution.setVariable(PublicityProcess.VAR_CONTACT, p.contact());
        execution.setVariable(PublicityProcess.VAR_WORKING_DAYS, p.workingDays());
        execution.setVariable(PublicityProcess.VAR_ENTRIES, PublishNoticeDelegate.toJson(p.entries()));
    }

    public void recordPublicity(DelegateExecution execution) {
        selection.recordPublicity(id(execution),
                DeterminePublicityOutcomesDelegate.outcomes((String) execution.getVariable(PublicityProcess.VAR_OUTCOMES)));
    }

    public boolean anySuspended(DelegateExecution execution) {
        return selection.anySuspended(id(execution));
    }

    public void recordInvestigation(DelegateExecution execution) {
        selection.recordInvestigation(id(execution), (String) execution.getVariable(PublicityProcess.VAR_ENTRY_REF),
                (String) execution.getVariable(PublicityProcess.VAR_CONCLUDED_OUTCOME));
    }

    public void hire(DelegateExecution execution) {
        selection.hire(id(execution));
    }

    public void startSupplementary(DelegateExecution execution) {
        selection.startSupplementary(id(execution));
    }
}
