package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.ui.BackgroundExport;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.importing.ImportPanel;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.service.ExportService;
import cn.jiceng.recruitment.service.PostCounts;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import cn.jiceng.common.ui.Downloads;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The HR workspace for recruitment campaigns: create a campaign for the own city, import the post
 * table (preview first, row errors, nothing imported on any error), see per post how many applied
 * and qualified against the opening ratio.
 */
@Route("campaigns")
@RolesAllowed({"HR", "ADMIN", "LEADER"})
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {


    private final RecruitmentService recruitment;
    private final PostTableImportService postImport;
    private final AppUser user;
    private final ComboBox<Campaign> campaign = new ComboBox<>();
    private final Grid<PostCounts> counts = new Grid<>();
    private final Grid<Post> preview = new Grid<>();
    private final Button confirm = new Button();
    private PendingImport pending;
    private final BackgroundExport export = new BackgroundExport("post-counts-export", "campaigns.export", Downloads.XLSX);
    private final BackgroundExport resultsExport = new BackgroundExport("results-export", "campaigns.exportResults",
            Downloads.XLSX);
    private final com.vaadin.flow.component.html.Span status = new com.vaadin.flow.component.html.Span();

    /** A previewed post table waiting for HR's confirmation. */
    private record PendingImport(long campaignId, byte[] data, List<Post> posts) {
    }
    private final ExportService exports;

    public CampaignsView(RecruitmentService recruitment, PostTableImportService postImport, ExportService exports,
                         CurrentUser currentUser) {
        this.recruitment = recruitment;
        this.exports = exports;
        this.postImport = postImport;
        this.user = currentUser.require();
        setId("campaigns-view");
        add(new H2(getTranslation("campaigns.title")));
        campaign.setId("campaign-select");
        campaign.setLabel(getTranslation("recruitment.campaign"));
        campaign.setItemLabelGenerator(c -> c.getCode() + " " + c.getName());
        campaign.setWidth("32rem");
        campaign.addValueChangeListener(e -> refresh());
        Button rules = new Button(getTranslation("rules.open"), e -> {
            if (campaign.getValue() != null) {
                new CampaignRulesDialog(recruitment, user, campaign.getValue(), this::reloadCampaigns).open();
            }
        });
        rules.setId("campaign-rules");
        rules.setVisible(user.hasRole(cn.jiceng.security.domain.Role.HR) || user.hasRole(cn.jiceng.security.domain.Role.ADMIN));
        status.setId("campaign-status");
        var top = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(campaign, rules, status);
        top.setAlignItems(Alignment.BASELINE);
        add(top);

        counts.setId("post-counts");
        counts.addColumn(c -> c.post().getPostCode()).setHeader(getTranslation("recruitment.postCode")).setAutoWidth(true);
        counts.addColumn(c -> c.post().getUnitName()).setHeader(getTranslation("recruitment.unit")).setAutoWidth(true);
        counts.addColumn(c -> c.post().getPostName()).setHeader(getTranslation("recruitment.postName")).setAutoWidth(true);
        counts.addColumn(c -> c.post().getOpenings()).setHeader(getTranslation("recruitment.openings")).setAutoWidth(true);
        counts.addColumn(PostCounts::active).setHeader(getTranslation("campaigns.applied")).setAutoWidth(true);
        counts.addColumn(PostCounts::qualified).setHeader(getTranslation("campaigns.qualified")).setAutoWidth(true);
        counts.addColumn(c -> getTranslation(c.ratioMet() ? "campaigns.ratioMet" : "campaigns.ratioNotMet"))
                .setHeader(getTranslation("campaigns.ratio")).setAutoWidth(true);
        counts.setAllRowsVisible(true);
        add(counts, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(export, resultsExport), importPanel());
        if (user.hasRole(cn.jiceng.security.domain.Role.HR) || user.hasRole(cn.jiceng.security.domain.Role.ADMIN)) {
            add(createForm());
        }
        reloadCampaigns();
    }

    private ImportPanel importPanel() {
        preview.setId("post-preview");
        preview.addColumn(Post::getPostCode).setHeader(getTranslation("recruitment.postCode")).setAutoWidth(true);
        preview.addColumn(Post::getUnitName).setHeader(getTranslation("recruitment.unit")).setAutoWidth(true);
        preview.addColumn(Post::getPostName).setHeader(getTranslation("recruitment.postName")).setAutoWidth(true);
        preview.addColumn(Post::getOpenings).setHeader(getTranslation("recruitment.openings")).setAutoWidth(true);
        preview.addColumn(p -> getTranslation("education." + p.getMinEducation().name())).setHeader(getTranslation("recruitment.education"));
        preview.addColumn(p -> p.getMajors() == null ? "" : p.getMajors()).setHeader(getTranslation("recruitment.majors"));
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        confirm.setText(getTranslation("campaigns.confirmImport"));
        confirm.setId("post-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        // the upload only previews; the file is imported when HR confirms
        ImportPanel panel = new ImportPanel("post-import-upload", "campaigns.importTitle", "campaigns.importHelp",
                (fileName, data) -> {
                    resetPreview();
                    Campaign c = campaign.getValue();
                    return () -> c == null ? null : new PendingImport(c.getId(), data, postImport.preview(c.getId(), data));
                },
                (PendingImport p) -> {
                    if (p != null) {
                        preview.setItems(p.posts());
                        pending = p;
                        preview.setVisible(true);
                        confirm.setVisible(true);
                    }
                    return null;
                });
        panel.addBusyListener(running -> confirm.setEnabled(!running));
        confirm.addClickListener(e -> {
            PendingImport p = pending;
            if (p == null) {
                return;
            }
            panel.runInBackground(getTranslation("campaigns.confirmImport"), () -> postImport.importPosts(p.campaignId(), p.data()),
                    n -> {
                        resetPreview();
                        refresh();
                        return getTranslation("campaigns.imported", n);
                    });
        });
        panel.add(preview, confirm);
        return panel;
    }

    private void resetPreview() {
        pending = null;
        preview.setItems(List.of());
        preview.setVisible(false);
        confirm.setVisible(false);
    }

    private FormLayout createForm() {
        TextField code = new TextField(getTranslation("campaigns.code"));
        TextField name = new TextField(getTranslation("campaigns.name"));
        DateTimePicker start = new DateTimePicker(getTranslation("campaigns.registrationStart"));
        DateTimePicker end = new DateTimePicker(getTranslation("campaigns.registrationEnd"));
        WidgetI18n.dateTimePicker(start);
        WidgetI18n.dateTimePicker(end);
        Button create = new Button(getTranslation("campaigns.create"), e -> {
            try {
                LocalDate today = Times.today();
                Campaign c = recruitment.createCampaign(user, code.getValue(), name.getValue(), user.getUnitCode(),
                        today.getYear(), 1, today, Times.instant(start.getValue()),
                        Times.instant(end.getValue()));
                reloadCampaigns();
                campaign.setValue(c);
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            }
        });
        FormLayout form = new FormLayout(new H3(getTranslation("campaigns.new")), code, name, start, end, create);
        form.setColspan(form.getChildren().findFirst().orElseThrow(), 2);
        return form;
    }

    private void reloadCampaigns() {
        List<Campaign> list = recruitment.campaignsInScope(user);
        campaign.setItems(list);
        if (!list.isEmpty() && campaign.getValue() == null) {
            campaign.setValue(list.get(0));
        }
    }

    private void refresh() {
        Campaign c = campaign.getValue();
        counts.setItems(c == null ? List.of() : recruitment.postCounts(user, c.getId()));
        export.setVisible(c != null);
        resultsExport.setVisible(c != null);
        status.setText(c == null ? "" : getTranslation("campaignStatus." + c.getStatus().name())
                + (c.getParentCampaignId() == null ? "" : " · " + getTranslation("campaigns.supplementaryOf",
                recruitment.campaignCode(c.getParentCampaignId()))));
        if (c != null) {
            export.setSource(c.getCode() + "-posts.xlsx", () -> exports.postCounts(user, c.getId()));
            resultsExport.setSource(c.getCode() + "-results.xlsx", () -> exports.results(user, c.getId()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.campaigns") + " | " + getTranslation("app.title");
    }
}
