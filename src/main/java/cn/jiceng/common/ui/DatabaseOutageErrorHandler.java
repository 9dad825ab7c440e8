package cn.jiceng.common.ui;

import cn.jiceng.common.database.DatabaseUnavailableException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The error handler of every Vaadin session: when an action fails because the database cannot be
 * reached ({@link DatabaseUnavailableException}), the user reads {@code error.databaseUnavailable}
 * in a notification (what they did was not saved; try again in a minute) instead of a stack trace;
 * anything else goes to Vaadin's default handler. A view that cannot even be opened shows
 * {@link DatabaseUnavailableView}.
 */
@Component
public class DatabaseOutageErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageErrorHandler.class);
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseUnavailableException.isCausedByOutage(event.getThrowable()) || UI.getCurrent() == null) {
            fallback.error(event);
            return;
        }
        LOG.warn("database unavailable: {}", event.getThrowable().toString());
        UI ui = UI.getCurrent();
        Notification.show(ui.getTranslation(DatabaseUnavailableException.MESSAGE_KEY), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
