package cn.jiceng.recruitment.ui;

import cn.jiceng.publicity.ui.PublicPage;
import cn.jiceng.recruitment.service.PublicAnnouncement;
import cn.jiceng.recruitment.service.PublicRecruitmentService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public list of published recruitment announcements (招聘公告), no login: /recruitment. */
@Route(value = "recruitment", autoLayout = false)
@AnonymousAllowed
public class PublicCampaignsView extends PublicPage implements HasDynamicTitle {

    public PublicCampaignsView(PublicRecruitmentService announcements) {
        setId("public-campaigns");
        content.add(new H2(getTranslation("announcement.list.title")));
        var list = announcements.publishedCampaigns();
        if (list.isEmpty()) {
            content.add(new Paragraph(getTranslation("announcement.list.none")));
        }
        for (PublicAnnouncement a : list) {
            Div card = new Div();
            card.addClassName("public-campaign-card");
            card.getStyle().set("padding", "var(--lumo-space-m) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            RouterLink link = new RouterLink(a.name(), PublicCampaignView.class, new RouteParameters("campaignCode", a.code()));
            link.getStyle().set("font-size", "var(--lumo-font-size-l)");
            card.add(new Div(link, new Span(" "), PublicCampaignView.registrationBadge(a)),
                    PublicCampaignView.meta(a));
            content.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("announcement.list.title") + " | " + getTranslation("app.title");
    }
}
