package cn.jiceng.demo;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the app listens and the demo logins, once the app is ready, so a new user can start at once. */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "jiceng.demo-data", havingValue = "true", matchIfMissing = true)
public class DemoLoginBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginBanner.class);

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        String users = DemoData.USERS.stream()
                .map(u -> String.format("  %-18s %-14s %s", u.username(),
                        u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), u.displayName()))
                .collect(Collectors.joining("\n"));
        log.info("""

                ==============================================================
                 Jiceng is running:  http://localhost:{}/
                 Cockpit (admin):    http://localhost:{}/camunda/app/cockpit/
                 Demo logins (password for all: {}):
                {}
                ==============================================================""",
                port, port, DemoData.PASSWORD, users);
    }
}
