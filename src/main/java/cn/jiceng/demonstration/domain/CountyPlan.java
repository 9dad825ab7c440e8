package cn.jiceng.demonstration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A county (district) of a program: its implementation plan (实施方案) and the office's review of its list. */
@Entity
@Table(name = "dem_county_plan")
public class CountyPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(name = "county_code", nullable = false, length = 24)
    private String countyCode;

    @Column(name = "county_name", nullable = false, length = 100)
    private String countyName;

    @Column(name = "county_path", nullable = false, length = 255)
    private String countyPath;

    @Column(name = "plan_text", length = 4000)
    private String planText;

    @Column(name = "plan_submitted_by", length = 64)
    private String planSubmittedBy;

    @Column(name = "plan_submitted_at")
    private Instant planSubmittedAt;

    @Column(name = "plan_missed", nullable = false)
    private boolean planMissed;

    @Column(name = "nominations_submitted_at")
    private Instant nominationsSubmittedAt;

    @Column(name = "review_opinion", length = 1000)
    private String reviewOpinion;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(nullable = false)
    private boolean accepted;

    protected CountyPlan() {
    }

    public CountyPlan(Program program, String countyCode, String countyName, String countyPath) {
        this.program = program;
        this.countyCode = countyCode;
        this.countyName = countyName;
        this.countyPath = countyPath;
    }

    public void submitPlan(String text, String by, Instant at) {
        this.planText = text;
        this.planSubmittedBy = by;
        this.planSubmittedAt = at;
        this.planMissed = false;
    }

    public void review(boolean accepted, String opinion, String by, Instant at) {
        this.accepted = accepted;
        this.reviewOpinion = opinion;
        this.reviewedBy = by;
        this.reviewedAt = at;
        if (!accepted) {
            this.nominationsSubmittedAt = null;
        }
    }

    public Long getId() { return id; }
    public Program getProgram() { return program; }
    public String getCountyCode() { return countyCode; }
    public String getCountyName() { return countyName; }
    public String getCountyPath() { return countyPath; }
    public String getPlanText() { return planText; }
    public String getPlanSubmittedBy() { return planSubmittedBy; }
    public Instant getPlanSubmittedAt() { return planSubmittedAt; }
    public boolean isPlanMissed() { return planMissed; }
    public void setPlanMissed(boolean planMissed) { this.planMissed = planMissed; }
    public Instant getNominationsSubmittedAt() { return nominationsSubmittedAt; }
    public void setNominationsSubmittedAt(Instant at) { this.nominationsSubmittedAt = at; }
    public String getReviewOpinion() { return reviewOpinion; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public boolean isAccepted() { return accepted; }
}
