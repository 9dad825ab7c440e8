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
import java.util.Arrays;
import java.util.List;

/**
 * A unit nominated to a program (创建单位), with its target outcome, its scores and everything decided
 * about it. Unit names are not personal data; no person is stored here.
 */
@Entity
@Table(name = "dem_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(name = "unit_code", nullable = false, length = 24)
    private String unitCode;

    @Column(name = "unit_name", nullable = false, length = 100)
    private String unitName;

    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;

    @Column(name = "county_code", nullable = false, length = 24)
    private String countyCode;

    /** The outcome the county aims at: a level or title code, or FLAGS_n. */
    @Column(name = "target_outcome", nullable = false, length = 40)
    private String targetOutcome;

    /** Attribute codes of the definition, comma-separated (e.g. OLD for 老旧小区). */
    @Column(length = 200)
    private String attributes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidateStatus status = CandidateStatus.NOMINATED;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Exclusion exclusion;

    @Column(name = "nominated_by", nullable = false, length = 64)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    /** The final score (combined team score with the survey, or the spot check's when it overturned it). */
    @Column(precision = 9, scale = 2)
    private BigDecimal score;

    /** The evaluation team's combined score, as it was before any spot check. */
    @Column(name = "team_score", precision = 9, scale = 2)
    private BigDecimal teamScore;

    @Column(name = "flag_count")
    private Integer flagCount;

    /** The outcome the score gives (level or title code, FLAGS_n, NONE or DISQUALIFIED). */
    @Column(name = "outcome_code", length = 40)
    private String outcomeCode;

    @Column(name = "bottom_line_failed", nullable = false)
    private boolean bottomLineFailed;

    @Column(name = "failed_checks", nullable = false)
    private int failedChecks;

    @Column(name = "spot_checked", nullable = false)
    private boolean spotChecked;

    @Column(name = "spot_check_overturned", nullable = false)
    private boolean spotCheckOverturned;

    @Column(name = "publicity_outcome", length = 20)
    private String publicityOutcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private LeadingDecision decision;

    @Column(name = "decision_opinion", length = 1000)
    private String decisionOpinion;

    @Column(name = "final_outcome", length = 40)
    private String finalOutcome;

    @Column(name = "final_flag_count")
    private Integer finalFlagCount;

    @Column(name = "city_subsidy", precision = 12, scale = 2)
    private BigDecimal citySubsidy;

    @Column(name = "county_subsidy_min", precision = 12, scale = 2)
    private BigDecimal countySubsidyMin;

    @Column(name = "county_subsidy_max", precision = 12, scale = 2)
    private BigDecimal countySubsidyMax;

    @Column(name = "award_text", length = 200)
    private String awardText;

    @Column(nullable = false)
    private boolean weak;

    @Column(name = "rectification_due")
    private Instant rectificationDue;

    /** OPEN while a rectification runs, then RECTIFIED. */
    @Column(name = "rectification_status", length = 20)
    private String rectificationStatus;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    protected Candidate() {
    }

    public Candidate(Program program, String unitCode, String unitName, String unitPath, String countyCode,
                     String targetOutcome, List<String> attributes, String nominatedBy, Instant nominatedAt) {
        this.program = program;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.countyCode = countyCode;
        this.targetOutcome = targetOutcome;
        setAttributes(attributes);
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
    }

    public List<String> attributeList() {
        return attributes == null || attributes.isBlank() ? List.of() : Arrays.asList(attributes.split(","));
    }

    public void setAttributes(List<String> list) {
        this.attributes = list == null || list.isEmpty() ? null : String.join(",", list);
    }

    /** Records the result the scores give. */
    public void scored(BigDecimal score, Integer flagCount, String outcomeCode, boolean bottomLineFailed, int failedChecks) {
        this.score = score;
        this.flagCount = flagCount;
        this.outcomeCode = outcomeCode;
        this.bottomLineFailed = bottomLineFailed;
        this.failedChecks = failedChecks;
    }

    public void exclude(Exclusion why) {
        this.status = CandidateStatus.EXCLUDED;
        this.exclusion = why;
    }

    public void award(String finalOutcome, Integer finalFlagCount, BigDecimal citySubsidy, BigDecimal countySubsidyMin,
                      BigDecimal countySubsidyMax, String awardText, Instant at) {
        this.finalOutcome = finalOutcome;
        this.finalFlagCount = finalFlagCount;
        this.citySubsidy = citySubsidy;
        this.countySubsidyMin = countySubsidyMin;
        this.countySubsidyMax = countySubsidyMax;
        this.awardText = awardText;
        this.awardedAt = at;
        this.status = CandidateStatus.AWARDED;
    }

    public void decide(LeadingDecision decision, String opinion) {
        this.decision = decision;
        this.decisionOpinion = opinion;
    }

    public void revoke(String reason, Instant at) {
        this.status = CandidateStatus.REVOKED;
        this.revocationReason = reason;
        this.revokedAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Program getProgram() { return program; }
    public String getUnitCode() { return unitCode; }
    public String getUnitName() { return unitName; }
    public String getUnitPath() { return unitPath; }
    public String getCountyCode() { return countyCode; }
    public String getTargetOutcome() { return targetOutcome; }
    public void setTargetOutcome(String targetOutcome) { this.targetOutcome = targetOutcome; }
    public CandidateStatus getStatus() { return status; }
    public void setStatus(CandidateStatus status) { this.status = status; }
    public Exclusion getExclusion() { return exclusion; }
    public String getNominatedBy() { return nominatedBy; }
    public Instant getNominatedAt() { return nominatedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public BigDecimal getScore() { return score; }
    public BigDecimal getTeamScore() { return teamScore; }
    public void setTeamScore(BigDecimal teamScore) { this.teamScore = teamScore; }
    public Integer getFlagCount() { return flagCount; }
    public String getOutcomeCode() { return outcomeCode; }
    public boolean isBottomLineFailed() { return bottomLineFailed; }
    public int getFailedChecks() { return failedChecks; }
    public boolean isSpotChecked() { return spotChecked; }
    public void setSpotChecked(boolean spotChecked) { this.spotChecked = spotChecked; }
    public boolean isSpotCheckOverturned() { return spotCheckOverturned; }
    public void setSpotCheckOverturned(boolean overturned) { this.spotCheckOverturned = overturned; }
    public String getPublicityOutcome() { return publicityOutcome; }
    public void setPublicityOutcome(String publicityOutcome) { this.publicityOutcome = publicityOutcome; }
    public LeadingDecision getDecision() { return decision; }
    public String getDecisionOpinion() { return decisionOpinion; }
    public String getFinalOutcome() { return finalOutcome; }
    public void setFinalOutcome(String finalOutcome) { this.finalOutcome = finalOutcome; }
    public Integer getFinalFlagCount() { return finalFlagCount; }
    public BigDecimal getCitySubsidy() { return citySubsidy; }
    public BigDecimal getCountySubsidyMin() { return countySubsidyMin; }
    public BigDecimal getCountySubsidyMax() { return countySubsidyMax; }
    public String getAwardText() { return awardText; }
    public boolean isWeak() { return weak; }
    public void setWeak(boolean weak) { this.weak = weak; }
    public Instant getRectificationDue() { return rectificationDue; }
    public void setRectificationDue(Instant rectificationDue) { this.rectificationDue = rectificationDue; }
    public String getRectificationStatus() { return rectificationStatus; }
    public void setRectificationStatus(String rectificationStatus) { this.rectificationStatus = rectificationStatus; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevocationReason() { return revocationReason; }
    public Instant getAwardedAt() { return awardedAt; }
}
