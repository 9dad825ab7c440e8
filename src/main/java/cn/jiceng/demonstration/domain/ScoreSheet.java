package cn.jiceng.demonstration.domain;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A score sheet of a unit: one scorer's (TEAM), the survey's, the spot check's, the self-assessment, or
 * the combined result. Its lines (one per item) live in {@code dem_score}, written and read per sheet
 * in one statement by the scoring service.
 */
@Entity
@Table(name = "dem_score_sheet")
public class ScoreSheet {

    /** The scorer name of sheets that belong to no person. */
    public static final String SURVEY_SCORER = "#survey";
    public static final String COMBINED_SCORER = "#combined";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SheetKind kind;

    @Column(nullable = false, length = 64)
    private String scorer;

    @Column(precision = 9, scale = 2)
    private BigDecimal total;

    @Column(name = "bottom_line_failed", nullable = false)
    private boolean bottomLineFailed;

    @Column(name = "failed_checks", nullable = false)
    private int failedChecks;

    @Column(length = 1000)
    private String opinion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected ScoreSheet() {
    }

    public ScoreSheet(Candidate candidate, SheetKind kind, String scorer, Instant at) {
        this.candidate = candidate;
        this.kind = kind;
        this.scorer = scorer;
        this.updatedAt = at;
    }

    public void totals(BigDecimal total, boolean bottomLineFailed, int failedChecks, Instant at) {
        this.total = total;
        this.bottomLineFailed = bottomLineFailed;
        this.failedChecks = failedChecks;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Candidate getCandidate() { return candidate; }
    public SheetKind getKind() { return kind; }
    public String getScorer() { return scorer; }
    public BigDecimal getTotal() { return total; }
    public boolean isBottomLineFailed() { return bottomLineFailed; }
    public int getFailedChecks() { return failedChecks; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
}
