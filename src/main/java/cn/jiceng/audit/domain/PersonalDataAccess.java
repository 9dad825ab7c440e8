package cn.jiceng.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who (of which unit) opened which piece of personal data, when, and for what purpose. */
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

    /** The viewer's unit (null for a system-wide administrator; rows before V14 have none). */
    @Column(name = "unit_code", length = 24)
    private String unitCode;

    /** Why the viewer opened it, as they gave it (rows before V14 have none). */
    @Column(length = 200)
    private String purpose;

    protected PersonalDataAccess() {
    }

    public PersonalDataAccess(String username, String unitCode, String subject, String field, String purpose,
                              Instant accessedAt) {
        this.username = username;
        this.unitCode = unitCode;
        this.subject = subject;
        this.field = field;
        this.purpose = purpose;
        this.accessedAt = accessedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getPurpose() {
        return purpose;
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
