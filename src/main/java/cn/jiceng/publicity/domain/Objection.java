package cn.jiceng.publicity.domain;

import cn.jiceng.privacy.crypto.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A real-name objection (实名异议) to one entry of a notice, and the owning unit's answer. */
@Entity
@Table(name = "publicity_objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id")
    private PublicityNotice notice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private PublicityEntry entry;

    @Column(name = "receipt_no", nullable = false, unique = true, length = 20)
    private String receiptNo;

    @Column(name = "objector_name", nullable = false, length = 30)
    private String objectorName;

    /** Personal data: encrypted at rest (AES-GCM), shown masked, opening it is audited; null once anonymised. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "objector_phone_enc", length = 120)
    private String objectorPhone;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ObjectionStatus status = ObjectionStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PublicityOutcome outcome;

    @Column(length = 1000)
    private String reply;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** When the retention rule anonymised the objector, or null. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** The name an anonymised objector keeps. */
    public static final String ANONYMISED_NAME = "（已匿名化）";

    protected Objection() {
    }

    public Objection(PublicityNotice notice, PublicityEntry entry, String receiptNo, String objectorName,
                     String objectorPhone, String reason, String clientKey, Instant submittedAt) {
        this.notice = notice;
        this.entry = entry;
        this.receiptNo = receiptNo;
        this.objectorName = objectorName;
        this.objectorPhone = objectorPhone;
        this.reason = reason;
        this.clientKey = clientKey;
        this.submittedAt = submittedAt;
    }

    public void answer(PublicityOutcome outcome, String reply, String by, Instant at) {
        this.outcome = outcome;
        this.reply = reply;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = outcome == PublicityOutcome.SUSPENDED ? ObjectionStatus.INVESTIGATING : ObjectionStatus.ANSWERED;
    }

    public void conclude(PublicityOutcome outcome, String reply, String by, Instant at) {
        this.outcome = outcome;
        this.reply = reply;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ObjectionStatus.CONCLUDED;
    }

    /** Retention rule: the objector's phone cleared and their name replaced; the objection and its answer stay. */
    public void anonymise(Instant at) {
        this.objectorName = ANONYMISED_NAME;
        this.objectorPhone = null;
        this.anonymisedAt = at;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Long getId() {
        return id;
    }

    public PublicityNotice getNotice() {
        return notice;
    }

    public PublicityEntry getEntry() {
        return entry;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public String getObjectorPhone() {
        return objectorPhone;
    }

    public String getReason() {
        return reason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public PublicityOutcome getOutcome() {
        return outcome;
    }

    public String getReply() {
        return reply;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
