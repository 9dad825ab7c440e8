package cn.jiceng.security.service;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.AppUserRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts for the login throttle without depending on UserService (which depends on the throttle). */
@Component
class AppUserLookup {

    private final AppUserRepository users;

    AppUserLookup(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }
}
