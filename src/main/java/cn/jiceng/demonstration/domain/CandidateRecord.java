package cn.jiceng.demonstration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entry of a unit's record: a progress report, the self-assessment's note, an inspection's finding,
 * a rectification report, a re-inspection, a revocation review. Never changed or deleted.
 */
@Entity
@Table(name = "dem_record")
public class CandidateRecord {

    public static final String PLAN = "PLAN";
    public static final String PROGRESS = "PROGRESS";
    public static final String SELF_ASSESSMENT = "SELF_ASSESSMENT";
    public static final String ACCEPTANCE = "ACCEPTANCE";
    public static final String OBJECTION_RULING = "OBJECTION_RULING";
    public static final String SPOT_CHECK = "SPOT_CHECK";
    public static final String INSPECTION = "INSPECTION";
    public static final String RECTIFICATION = "RECTIFICATION";
    public static final String REINSPECTION = "REINSPECTION";
    public static final String REVOCATION_REVIEW = "REVOCATION_REVIEW";
    public static final String REVOCATION_DECISION = "REVOCATION_DECISION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(length = 4000)
    private String body;

    private Boolean passed;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CandidateRecord() {
    }

    public CandidateRecord(Long candidateId, String kind, String body, Boolean passed, String recordedBy, Instant recordedAt) {
        this.candidateId = candidateId;
        this.kind = kind;
        this.body = body;
        this.passed = passed;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getCandidateId() { return candidateId; }
    public String getKind() { return kind; }
    public String getBody() { return body; }
    public Boolean getPassed() { return passed; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
