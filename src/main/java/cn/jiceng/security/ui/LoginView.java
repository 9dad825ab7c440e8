package cn.jiceng.security.ui;

import cn.jiceng.common.i18n.LanguageSwitch;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import cn.jiceng.security.service.LoginThrottledException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("margin-bottom", "0");
        Paragraph subtitle = new Paragraph(getTranslation("app.subtitle"));
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Anchor register = new Anchor("apply/register", getTranslation("login.registerApplicant"));
        register.setId("register-applicant-link");
        Anchor notices = new Anchor("gongshi", getTranslation("public.nav.notices"));
        add(new LanguageSwitch(), title, subtitle, login, new HorizontalLayout(register, notices));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            login.showErrorMessage(getTranslation("login.error.title"), getTranslation("login.error.expired"));
            return;
        }
        if (!parameters.containsKey("error")) {
            login.setError(false);
            return;
        }
        // Spring's failure handler keeps the reason in the session: a throttled attempt says so and until when
        Object reason = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (reason instanceof LoginThrottledException throttled) {
            String until = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault())
                    .format(throttled.retryAfter());
            login.showErrorMessage(getTranslation("login.error.title"), getTranslation(
                    throttled.isLocked() ? "login.error.locked" : "login.error.delayed", until));
        } else {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}
