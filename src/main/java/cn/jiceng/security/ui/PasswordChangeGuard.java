package cn.jiceng.security.ui;

import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * After an administrator's reset the user must choose a new password first: every navigation of a
 * user whose account says so is rerouted to 修改密码 (the login page and public pages excepted).
 */
@Component
public class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    public PasswordChangeGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        currentUser.get().filter(u -> u.isMustChangePassword()).ifPresent(u -> event.rerouteTo(ChangePasswordView.class));
    }
}
