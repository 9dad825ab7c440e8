package cn.jiceng.publicity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address that is no view (and for a public notice that does not exist), in the
 * frame of the public pages and in the UI's language, instead of Vaadin's English "Could not
 * navigate". HTTP-level errors (403, 404, 500 outside the views) are {@code static/error/*.html}.
 */
@AnonymousAllowed
public class NotFoundView extends PublicPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        setId("not-found");
        Anchor home = new Anchor("", getTranslation("ux.error.home"));
        home.setId("not-found-home");
        content.add(new H2(getTranslation("ux.error.notFound.title")), new Paragraph(getTranslation("ux.error.notFound.text")),
                new Paragraph(home));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ux.error.notFound.title") + " | " + getTranslation("app.title");
    }
}
