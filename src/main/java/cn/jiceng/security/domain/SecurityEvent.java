package cn.jiceng.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited security event: a failed login, a lock, an unlock, a password change or reset. Never changed. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Type {
        LOGIN_FAILED, LOGIN_REFUSED_THROTTLED, ACCOUNT_LOCKED, ADDRESS_LOCKED, ACCOUNT_UNLOCKED, ADDRESS_UNLOCKED,
        PASSWORD_CHANGED, PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private Type type;

    /** The account concerned (the user name typed, for a failed login). */
    @Column(length = 64)
    private String username;

    @Column(length = 64)
    private String address;

    /** Who did it, when it is not the user themselves (an administrator's unlock or reset). */
    @Column(length = 64)
    private String actor;

    @Column(length = 255)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, Type type, String username, String address, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = clip(username, 64);
        this.address = clip(address, 64);
        this.actor = clip(actor, 64);
        this.detail = clip(detail, 255);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Type getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
