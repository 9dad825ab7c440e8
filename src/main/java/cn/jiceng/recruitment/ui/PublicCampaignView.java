package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.publicity.ui.PublicPage;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.service.PublicAnnouncement;
import cn.jiceng.recruitment.service.PublicAnnouncement.PublicPost;
import cn.jiceng.recruitment.service.PublicRecruitmentService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A campaign's public announcement with its full post table, no login: /recruitment/{campaignCode}.
 * Only published campaigns; any other code (a draft, a plan under review, a typo) shows the same
 * "not found" message.
 */
@Route(value = "recruitment/:campaignCode", autoLayout = false)
@AnonymousAllowed
public class PublicCampaignView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {


    private final PublicRecruitmentService announcements;
    private PublicAnnouncement announcement;

    public PublicCampaignView(PublicRecruitmentService announcements) {
        this.announcements = announcements;
        setId("public-campaign");
        content.getStyle().set("max-width", "90rem");
    }

    static Span registrationBadge(PublicAnnouncement a) {
        Span badge = new Span(UI.getCurrent().getTranslation("announcement.registration." + a.registration().name()));
        badge.getElement().getThemeList().add(a.registration() == PublicAnnouncement.Registration.OPEN ? "badge success"
                : a.registration() == PublicAnnouncement.Registration.UPCOMING ? "badge" : "badge contrast");
        badge.addClassName("registration-status");
        return badge;
    }

    static Paragraph meta(PublicAnnouncement a) {
        UI ui = UI.getCurrent();
        Paragraph meta = new Paragraph(ui.getTranslation("announcement.meta", a.cityName(), String.valueOf(a.year()), a.batch(),
                Times.format(a.registrationStart()),
                Times.format(a.registrationEnd())));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        meta.addClassName("announcement-meta");
        return meta;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("campaignCode").orElse("");
        content.removeAll();
        announcement = announcements.announcement(code).orElse(null);
        if (announcement == null) {
            // a draft, a plan under review and a wrong code look the same to the public
            Paragraph notFound = new Paragraph(getTranslation("announcement.notFound"));
            notFound.setId("announcement-not-found");
            content.add(new H2(getTranslation("announcement.list.title")), notFound,
                    new Anchor("recruitment", getTranslation("announcement.backToList")));
            return;
        }
        H2 title = new H2(announcement.name());
        title.setId("announcement-title");
        Paragraph meta = meta(announcement);
        meta.setId("announcement-meta");
        content.add(title, registrationBadge(announcement), meta);
        Paragraph summary = new Paragraph(getTranslation("announcement.summary", announcement.posts().size(),
                announcement.totalOpenings()));
        Anchor register = new Anchor("apply/register", getTranslation("announcement.register"));
        register.setId("announcement-register");
        Anchor login = new Anchor("login", getTranslation("announcement.login"));
        Paragraph how = new Paragraph(new Span(getTranslation("announcement.how") + " "), register, new Span(" · "), login);
        content.add(summary, how, new H3(getTranslation("announcement.posts")), postTable());
    }

    private Grid<PublicPost> postTable() {
        Grid<PublicPost> grid = new Grid<>();
        grid.setId("announcement-posts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PublicPost::unitName).setHeader(getTranslation("announcement.col.unit")).setAutoWidth(true);
        grid.addColumn(PublicPost::postName).setHeader(getTranslation("announcement.col.postName")).setAutoWidth(true);
        grid.addColumn(PublicPost::postCode).setHeader(getTranslation("announcement.col.postCode")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("postType." + p.postType().name())).setHeader(getTranslation("announcement.col.postType"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.status() == Post.Status.CANCELLED ? getTranslation("announcement.cancelled") : String.valueOf(p.openings()))
                .setHeader(getTranslation("announcement.col.openings")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("education." + p.minEducation().name()) + getTranslation("recruitment.orAbove"))
                .setHeader(getTranslation("announcement.col.education")).setAutoWidth(true);
        grid.addColumn(p -> p.majors() == null || p.majors().isBlank() ? getTranslation("recruitment.anyMajor") : p.majors())
                .setHeader(getTranslation("announcement.col.majors")).setFlexGrow(2);
        grid.addColumn(p -> p.maxAge() == null ? getTranslation("announcement.noLimit") : getTranslation("announcement.maxAge", p.maxAge()))
                .setHeader(getTranslation("announcement.col.age")).setAutoWidth(true);
        grid.addColumn(p -> p.household() == null ? getTranslation("announcement.noLimit") : p.household())
                .setHeader(getTranslation("announcement.col.household")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.freshGraduatesOnly() ? "announcement.yes" : "announcement.no"))
                .setHeader(getTranslation("announcement.col.fresh")).setAutoWidth(true);
        grid.addColumn(p -> p.notes() == null ? "" : p.notes()).setHeader(getTranslation("announcement.col.notes")).setFlexGrow(1);
        grid.setItems(announcement.posts());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return (announcement == null ? "" : announcement.name() + " | ") + getTranslation("app.title");
    }
}
