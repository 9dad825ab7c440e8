package cn.jiceng.common.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese first: every new session speaks zh-CN, whatever the browser says, unless the user chose
 * English (kept in a cookie, so the choice outlives the session and works on every node).
 */
@Component
public class LocaleSettings implements VaadinServiceInitListener {

    public static final String COOKIE = "jiceng-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(localeOf(VaadinRequest.getCurrent())));
        event.getSource().addSessionInitListener(s -> s.getSession().setLocale(localeOf(s.getRequest())));
    }

    static Locale localeOf(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return TranslationProvider.CHINESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> "en".equals(c.getValue()) ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE)
                .orElse(TranslationProvider.CHINESE);
    }

    /** Switches the current user's language and reloads the page so every string is redrawn. */
    public static void switchTo(Locale locale) {
        boolean english = TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
        Cookie cookie = new Cookie(COOKIE, english ? "en" : "zh");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(english ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE);
        UI.getCurrent().getPage().reload();
    }
}
