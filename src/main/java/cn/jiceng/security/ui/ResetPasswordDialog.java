package cn.jiceng.security.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.InvalidUserException;
import cn.jiceng.security.service.PasswordPolicy;
import cn.jiceng.security.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** An administrator sets a new password for an account of their region (重置密码); the user must change it at the next login. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserService users, AppUser admin, AppUser target, Runnable onDone) {
        setHeaderTitle(getTranslation("users.resetPassword") + "：" + target.getUsername());
        add(new Paragraph(getTranslation("users.resetExplained")));
        add(new Paragraph(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH)));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("reset-password");
        password.setWidthFull();
        add(password);
        Button reset = new Button(getTranslation("users.resetPassword"), e -> {
            try {
                users.resetPassword(admin, target.getUsername(), password.getValue());
                close();
                Feedback.success("users.passwordReset", target.getUsername());
                onDone.run();
            } catch (InvalidUserException ex) {
                Feedback.error(ex.messageKey(), PasswordPolicy.MIN_LENGTH);
            }
        });
        reset.setId("reset-password-confirm");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), reset);
    }
}
