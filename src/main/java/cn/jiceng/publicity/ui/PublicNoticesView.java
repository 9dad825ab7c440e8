package cn.jiceng.publicity.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.publicity.service.PublicNotice;
import cn.jiceng.publicity.service.PublicityService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public list of notices running now and ended recently: /gongshi. */
@Route(value = "gongshi", autoLayout = false)
@AnonymousAllowed
public class PublicNoticesView extends PublicPage implements HasDynamicTitle {

    public PublicNoticesView(PublicityService publicity) {
        setId("public-notices");
        content.add(new H2(getTranslation("public.notices.title")));
        var notices = publicity.publicNotices();
        if (notices.isEmpty()) {
            content.add(new Paragraph(getTranslation("public.notices.none")));
        }
        for (PublicNotice n : notices) {
            Div card = new Div();
            card.addClassName("public-notice-card");
            card.getStyle().set("padding", "var(--lumo-space-m) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            RouterLink link = new RouterLink(n.title(), PublicNoticeView.class, new RouteParameters("noticeNo", n.noticeNo()));
            link.getStyle().set("font-size", "var(--lumo-font-size-l)");
            Span status = new Span(getTranslation(n.acceptingObjections() ? "public.status.running" : "public.status.ended"));
            status.getElement().getThemeList().add(n.acceptingObjections() ? "badge success" : "badge contrast");
            Paragraph meta = new Paragraph(getTranslation("public.notice.meta", n.unitName(),
                    Times.formatDate(n.startDate()), Times.formatDate(n.endDate()), n.workingDays()));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
            card.add(new Div(link, new Span(" "), status), meta);
            content.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.notices.title") + " | " + getTranslation("app.title");
    }
}
