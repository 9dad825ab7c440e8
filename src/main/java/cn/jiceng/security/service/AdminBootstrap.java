package cn.jiceng.security.service;

import cn.jiceng.security.domain.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start: no demo data; the first administrator is created from the environment
 * ({@code JICENG_ADMIN_USERNAME}, default {@code admin}, and {@code JICENG_ADMIN_PASSWORD}) when no
 * administrator exists yet. Without a password the application refuses to start, saying why.
 */
@Component
@Profile("prod")
@Order(1)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String username;
    private final String password;

    public AdminBootstrap(UserService users, @Value("${jiceng.admin.username:admin}") String username,
                          @Value("${jiceng.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdminExists()) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No administrator exists yet: set JICENG_ADMIN_PASSWORD (at least "
                    + UserService.MIN_PASSWORD_LENGTH + " characters, not the user name) for the first start");
        }
        users.create(new UserService.NewUser(username, password, "系统管理员", null, Set.of(Role.ADMIN)));
        log.info("First administrator '{}' created from the environment", username);
    }
}
