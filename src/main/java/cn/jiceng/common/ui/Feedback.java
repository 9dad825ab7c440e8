package cn.jiceng.common.ui;

import cn.jiceng.common.validation.InputRejectedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The notifications every view shows after an action: done, or refused with the service's reason. */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String messageKey, Object... args) {
        Notification.show(UI.getCurrent().getTranslation(messageKey, args), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void rejected(InputRejectedException e) {
        error(e.getMessageKey(), e.getArgs());
    }

    /** An error the user should read: the action was refused or failed. */
    public static void error(String messageKey, Object... args) {
        Notification.show(UI.getCurrent().getTranslation(messageKey, args), 5000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
