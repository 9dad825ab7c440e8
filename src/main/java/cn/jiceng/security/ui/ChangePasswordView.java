package cn.jiceng.security.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.security.service.InvalidUserException;
import cn.jiceng.security.service.PasswordPolicy;
import cn.jiceng.security.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 修改密码: every signed-in user changes their own password; after an administrator's reset, before anything else. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(CurrentUser currentUser, UserService users) {
        setId("change-password-view");
        AppUser me = currentUser.require();
        add(new H2(getTranslation("password.title")));
        if (me.isMustChangePassword()) {
            Paragraph must = new Paragraph(getTranslation("password.mustChange"));
            must.setId("password-must-change");
            add(must);
        }
        add(new Paragraph(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH)));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("password-new");
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                Feedback.error("password.error.mismatch");
                return;
            }
            try {
                users.changeOwnPassword(me, current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Feedback.success("password.changed");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidUserException ex) {
                Feedback.error(ex.messageKey(), PasswordPolicy.MIN_LENGTH);
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.title");
    }
}
