package cn.jiceng.security.service;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.AppUserRepository;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user of the current request, as an {@link AppUser}. */
@Service
public class CurrentUser {

    private final AppUserRepository users;

    public CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(auth.getName());
    }

    public AppUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not logged in"));
    }
}
