package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.service.ApplicationCase;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.Eligibility;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The applicant's portal (报名): open campaigns and their posts with the requirements, the
 * pre-screen explained before applying, and the applicant's applications with their status.
 */
@Route("apply")
@RolesAllowed("APPLICANT")
public class ApplicantPortalView extends VerticalLayout implements HasDynamicTitle {


    private final RecruitmentService recruitment;
    private final ApplicationDocumentService documents;
    private final String username;
    private final Grid<ApplicationCase> mine = new Grid<>();
    private final VerticalLayout openCampaigns = new VerticalLayout();

    public ApplicantPortalView(RecruitmentService recruitment, ApplicationDocumentService documents, CurrentUser currentUser) {
        this.recruitment = recruitment;
        this.documents = documents;
        this.username = currentUser.require().getUsername();
        setId("applicant-portal");
        add(new H2(getTranslation("applicant.portal")));
        if (recruitment.applicant(username).isEmpty()) {
            add(new Paragraph(getTranslation("recruitment.error.notRegistered")));
            return;
        }
        add(new H3(getTranslation("applicant.myApplications")));
        mine.setId("my-applications");
        mine.addColumn(a -> "#" + a.applicationId()).setHeader(getTranslation("recruitment.applicationNo")).setAutoWidth(true);
        mine.addColumn(ApplicationCase::campaignName).setHeader(getTranslation("recruitment.campaign")).setAutoWidth(true);
        mine.addColumn(a -> a.postCode() + " " + a.unitName() + " " + a.postName()).setHeader(getTranslation("recruitment.post"))
                .setAutoWidth(true);
        mine.addColumn(a -> getTranslation("applicationStatus." + a.status().name())).setHeader(getTranslation("recruitment.status"))
                .setAutoWidth(true);
        mine.addColumn(a -> a.reviewNote() == null ? "" : a.reviewNote()).setHeader(getTranslation("recruitment.reviewNote"));
        mine.addColumn(a -> Times.format(a.correctionDeadline()))
                .setHeader(getTranslation("recruitment.correctionDeadline")).setAutoWidth(true);
        mine.addColumn(this::results).setHeader(getTranslation("applicant.results")).setAutoWidth(true);
        mine.addComponentColumn(this::actions).setAutoWidth(true);
        mine.setAllRowsVisible(true);
        mine.setEmptyStateText(getTranslation("ux.applicant.noApplications"));
        add(mine);
        openCampaigns.setPadding(false);
        add(openCampaigns);
        refreshMine();
    }

    /** The open campaigns and their posts; a post can be applied for unless the campaign already holds an application. */
    private void showCampaigns() {
        openCampaigns.removeAll();
        for (Campaign c : recruitment.campaignsOpenFor(username)) {
            if (c.getStatus() == cn.jiceng.recruitment.domain.CampaignStatus.SWITCHING) {
                openCampaigns.add(new Paragraph(getTranslation("applicant.switchHint", Times.format(c.getSwitchEnd()))));
            }
            openCampaigns.add(new H3(c.getName()), new Paragraph(getTranslation("recruitment.registrationWindow",
                    Times.format(c.getRegistrationStart()), Times.format(c.getRegistrationEnd()))));
            Optional<String> applied = recruitment.appliedPostIn(username, c.getId());
            applied.ifPresent(code -> {
                Paragraph hint = new Paragraph(getTranslation("ux.applicant.alreadyAppliedHint", code));
                hint.addClassName("already-applied-hint");
                hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
                openCampaigns.add(hint);
            });
            Grid<Post> posts = new Grid<>();
            posts.addClassName("campaign-posts");
            posts.addColumn(Post::getPostCode).setHeader(getTranslation("recruitment.postCode")).setAutoWidth(true);
            posts.addColumn(Post::getUnitName).setHeader(getTranslation("recruitment.unit")).setAutoWidth(true);
            posts.addColumn(Post::getPostName).setHeader(getTranslation("recruitment.postName")).setAutoWidth(true);
            posts.addColumn(Post::getOpenings).setHeader(getTranslation("recruitment.openings")).setAutoWidth(true);
            posts.addColumn(p -> getTranslation("education." + p.getMinEducation().name()) + getTranslation("recruitment.orAbove"))
                    .setHeader(getTranslation("recruitment.education")).setAutoWidth(true);
            posts.addColumn(p -> p.getMajors() == null ? getTranslation("recruitment.anyMajor") : p.getMajors())
                    .setHeader(getTranslation("recruitment.majors"));
            posts.addColumn(p -> p.getMaxAge() == null ? "" : p.getMaxAge() + "").setHeader(getTranslation("recruitment.maxAge"))
                    .setAutoWidth(true);
            posts.addComponentColumn(p -> {
                boolean thisPost = applied.filter(p.getPostCode()::equals).isPresent();
                Button check = new Button(getTranslation(thisPost ? "ux.applicant.applied" : "applicant.prescreenAndApply"),
                        e -> prescreen(p));
                check.addThemeVariants(ButtonVariant.LUMO_SMALL);
                check.addClassName("apply-button");
                check.getElement().setAttribute("data-post", p.getPostCode());
                // one application per campaign: the reason is the hint above the table
                check.setEnabled(applied.isEmpty());
                return check;
            }).setAutoWidth(true);
            posts.setItems(recruitment.posts(c.getId()).stream().filter(p -> p.getStatus() != Post.Status.CANCELLED).toList());
            posts.setAllRowsVisible(true);
            openCampaigns.add(posts);
        }
    }

    private HorizontalLayout actions(ApplicationCase a) {
        HorizontalLayout row = new HorizontalLayout();
        Button docs = new Button(getTranslation("documents.button"), e -> new ApplicationDocumentsDialog(documents, username, a).open());
        docs.addThemeVariants(ButtonVariant.LUMO_SMALL);
        docs.addClassName("documents-button");
        row.add(docs);
        if (a.status() == ApplicationStatus.RETURNED) {
            Button resubmit = new Button(getTranslation("applicant.resubmit"), e -> run(() -> recruitment.resubmit(username, a.applicationId())));
            resubmit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(resubmit);
        }
        if (a.status().isInReview()) {
            Button withdraw = new Button(getTranslation("applicant.withdraw"), e -> run(() -> recruitment.withdraw(username, a.applicationId())));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(withdraw);
        }
        return row;
    }

    /** Scores, rank and selection stage, as far as the campaign has published them. */
    private String results(ApplicationCase a) {
        ApplicationCase.Results r = a.results();
        List<String> parts = new java.util.ArrayList<>();
        if (r.admissionNo() != null) {
            parts.add(getTranslation("applicant.admissionNo", r.admissionNo()));
        }
        if (r.writtenScore() != null) {
            parts.add(getTranslation("applicant.written", score(r.writtenScore())));
        }
        if (r.interviewScore() != null) {
            parts.add(getTranslation("applicant.interview", score(r.interviewScore())));
        }
        if (r.totalScore() != null) {
            parts.add(getTranslation("applicant.total", score(r.totalScore())));
        }
        if (r.rank() != null) {
            parts.add(getTranslation("applicant.rank", r.rank()));
        }
        if (r.stage() != null) {
            parts.add(getTranslation("selectionStatus." + r.stage().name()));
        }
        return String.join(" · ", parts);
    }

    private static String score(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void prescreen(Post post) {
        Eligibility result = recruitment.prescreen(username, post.getId());
        Dialog dialog = new Dialog(getTranslation("applicant.prescreenTitle", post.getPostCode() + " " + post.getPostName()));
        dialog.setId("prescreen-dialog");
        if (result.meetsAll()) {
            dialog.add(new Paragraph(getTranslation("applicant.prescreenOk")));
        } else {
            dialog.add(new Paragraph(getTranslation("applicant.prescreenFindings")));
            UnorderedList list = new UnorderedList();
            result.findings().forEach(f -> list.add(new ListItem(f.message())));
            dialog.add(list);
        }
        Button apply = new Button(getTranslation("applicant.apply"), e -> run(() -> {
            recruitment.apply(username, post.getId());
            dialog.close();
        }));
        apply.setId("apply-confirm");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), apply);
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            Feedback.success("applicant.done");
            refreshMine();
        } catch (InputRejectedException ex) {
            Feedback.rejected(ex);
        }
    }

    private void refreshMine() {
        mine.setItems(recruitment.myApplications(username));
        showCampaigns();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applicant.portal") + " | " + getTranslation("app.title");
    }
}
