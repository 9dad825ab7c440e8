package cn.jiceng.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who opened which piece of personal data, and when. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    /** What the data belongs to, e.g. "objection:12". */
    @Column(nullable = false, length = 64)
    private String subject;

    /** Which field was opened, e.g. "phone". */
    @Column(nullable = false, length = 32)
    private String field;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected PersonalDataAccess() {
    }

    public PersonalDataAccess(String username, String subject, String field, Instant accessedAt) {
        this.username = username;
        this.subject = subject;
        this.field = field;
        this.accessedAt = accessedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getSubject() {
        return subject;
    }

    public String getField() {
        return field;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }
}
