package cn.jiceng.security.service;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login attempt refused without checking the password: the account or the client address failed
 * too often. {@link #isLocked()} tells a lock (the limit reached) from a short growing delay.
 */
public class LoginThrottledException extends LockedException {

    private final Instant retryAfter;
    private final boolean locked;

    public LoginThrottledException(Instant retryAfter, boolean locked) {
        super(locked ? "too many failed logins: locked" : "too many failed logins: wait");
        this.retryAfter = retryAfter;
        this.locked = locked;
    }

    public Instant retryAfter() {
        return retryAfter;
    }

    public boolean isLocked() {
        return locked;
    }
}
