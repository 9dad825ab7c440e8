package cn.jiceng.recruitment.process;

import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.service.RecruitmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service steps of recruitment-campaign.bpmn ({@code ${campaignSteps.x(execution)}}). */
@Component("campaignSteps")
public class CampaignSteps {

    private final RecruitmentService recruitment;

    public CampaignSteps(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(RecruitmentProcess.VAR_CAMPAIGN_ID)).longValue();
    }

    public void published(DelegateExecution execution) {
        recruitment.campaignStatus(id(execution), CampaignStatus.PUBLISHED);
    }

    public void registrationOpened(DelegateExecution execution) {
        recruitment.campaignStatus(id(execution), CampaignStatus.REGISTRATION);
    }

    public void registrationClosed(DelegateExecution execution) {
        recruitment.campaignStatus(id(execution), CampaignStatus.QUALIFICATION);
    }
}
