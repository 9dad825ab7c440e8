package cn.jiceng.recruitment.ui;

import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.PostCounts;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's human steps that are more than a form: file the plan and the opening-ratio decisions
 * (HR). The province's joint review is the Camunda Form forms/joint-review-verdict.form.
 */
public class CampaignTaskDialog extends CampaignStepDialog {

    private final RecruitmentService recruitment;
    private final AppUser user;
    private final String taskId;

    public CampaignTaskDialog(RecruitmentService recruitment, AppUser user, String taskId, String formKey, Runnable onDone) {
        super(onDone);
        this.recruitment = recruitment;
        this.user = user;
        this.taskId = taskId;
        Campaign campaign = recruitment.campaignForTask(user, taskId);
        setHeaderTitle(campaign.getName());
        setWidth("56rem");
        List<PostCounts> counts = recruitment.postCounts(user, campaign.getId());
        add(new Paragraph(getTranslation("campaignTask.posts", counts.size(),
                counts.stream().mapToInt(c -> c.post().getOpenings()).sum())));
        if (campaign.getReviewOpinion() != null) {
            add(new Paragraph(getTranslation("campaignTask.opinion", campaign.getReviewOpinion())));
        }
        Button submit = new Button(getTranslation("qualification.submit"));
        submit.setId("campaign-task-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        switch (formKey) {
            case RecruitmentProcess.FORM_FILE_PLAN -> submit.addClickListener(e -> run(() -> recruitment.filePlan(user, taskId)));
            default -> ratioDecisions(counts, submit);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }

    private void ratioDecisions(List<PostCounts> counts, Button submit) {
        Map<Long, Select<Post.Status>> actions = new HashMap<>();
        Map<Long, IntegerField> openings = new HashMap<>();
        Grid<PostCounts> grid = new Grid<>();
        grid.addColumn(c -> c.post().getPostCode() + " " + c.post().getUnitName()).setHeader(getTranslation("recruitment.post"));
        grid.addColumn(c -> c.post().getOpenings()).setHeader(getTranslation("recruitment.openings")).setAutoWidth(true);
        grid.addColumn(PostCounts::qualified).setHeader(getTranslation("campaigns.qualified")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.ratioMet() ? "campaigns.ratioMet" : "campaigns.ratioNotMet"))
                .setHeader(getTranslation("campaigns.ratio")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Select<Post.Status> action = new Select<>();
            action.setItems(Post.Status.values());
            action.setItemLabelGenerator(s -> getTranslation("postStatus." + s.name()));
            action.setValue(Post.Status.OPEN);
            actions.put(c.post().getId(), action);
            return action;
        }).setHeader(getTranslation("campaignTask.action"));
        grid.addComponentColumn(c -> {
            IntegerField n = new IntegerField();
            n.setWidth("6rem");
            openings.put(c.post().getId(), n);
            return n;
        }).setHeader(getTranslation("campaignTask.newOpenings"));
        grid.setItems(counts);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("campaignTask.ratioHelp")), grid);
        submit.addClickListener(e -> run(() -> {
            List<RecruitmentService.RatioDecision> decisions = new ArrayList<>();
            actions.forEach((postId, select) -> {
                if (select.getValue() != Post.Status.OPEN) {
                    decisions.add(new RecruitmentService.RatioDecision(postId, select.getValue(), openings.get(postId).getValue()));
                }
            });
            recruitment.decideRatios(user, taskId, decisions);
        }));
    }
}
