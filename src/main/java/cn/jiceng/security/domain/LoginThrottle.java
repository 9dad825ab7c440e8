package cn.jiceng.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The failed logins of one account or one client address since its last success (or since the
 * failures were forgotten), and until when further attempts are refused. One row per subject,
 * shared by every node through the database.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public enum Kind { ACCOUNT, ADDRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 64)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    /** Attempts before this instant are refused without checking the password (null: none). */
    @Column(name = "blocked_until")
    private Instant blockedUntil;

    /** True once the limit was reached: a lock, lifted when {@link #blockedUntil} passes or by an administrator. */
    @Column(nullable = false)
    private boolean locked;

    protected LoginThrottle() {
    }

    public LoginThrottle(Kind kind, String subject, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.lastFailureAt = now;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public boolean isLocked() {
        return locked;
    }

    /** Counts one more failure at {@code now}, refusing attempts until {@code blockedUntil}. */
    public void fail(Instant now, Instant blockedUntil, boolean locked) {
        this.failures++;
        this.lastFailureAt = now;
        this.blockedUntil = blockedUntil;
        this.locked = locked;
    }

    /** Forgets the failures (after a lock expired, or after a long quiet period). */
    public void reset() {
        this.failures = 0;
        this.blockedUntil = null;
        this.locked = false;
    }

    public boolean blocks(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }
}
