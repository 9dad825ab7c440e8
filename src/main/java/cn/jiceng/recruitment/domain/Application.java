package cn.jiceng.recruitment.domain;

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

/** An application (报名) of an applicant to a post; one per applicant and campaign. */
@Entity
@Table(name = "rec_application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id")
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The DMN pre-screen's findings, one per line; empty if none. Advisory: never rejects by itself. */
    @Column(name = "prescreen_findings", length = 2000)
    private String prescreenFindings;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "correction_deadline")
    private Instant correctionDeadline;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    /** 准考证号, given to qualified applicants before the written exam. */
    @Column(name = "admission_no", length = 20)
    private String admissionNo;

    @Column(name = "written_score", precision = 5, scale = 2)
    private BigDecimal writtenScore;

    @Column(name = "interview_score", precision = 5, scale = 2)
    private BigDecimal interviewScore;

    @Column(name = "total_score", precision = 6, scale = 3)
    private BigDecimal totalScore;

    @Column(name = "post_rank")
    private Integer rank;

    /** Where the candidate stands in the selection after the ranking; null before it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private SelectionStatus stage;

    @Column(name = "stage_note", length = 500)
    private String stageNote;

    @Column(name = "stage_changed_at")
    private Instant stageChangedAt;

    protected Application() {
    }

    public Application(Campaign campaign, Post post, Applicant applicant, Instant submittedAt) {
        this.campaign = campaign;
        this.post = post;
        this.applicant = applicant;
        this.submittedAt = submittedAt;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Post getPost() {
        return post;
    }

    public void setPost(Post post) {
        this.post = post;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void resubmitted(Instant at) {
        this.submittedAt = at;
        this.status = ApplicationStatus.SUBMITTED;
        this.correctionDeadline = null;
    }

    public String getPrescreenFindings() {
        return prescreenFindings;
    }

    public void setPrescreenFindings(String prescreenFindings) {
        this.prescreenFindings = prescreenFindings;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public Instant getCorrectionDeadline() {
        return correctionDeadline;
    }

    public void setCorrectionDeadline(Instant correctionDeadline) {
        this.correctionDeadline = correctionDeadline;
    }

    public String getAdmissionNo() {
        return admissionNo;
    }

    public void setAdmissionNo(String admissionNo) {
        this.admissionNo = admissionNo;
    }

    public BigDecimal getWrittenScore() {
        return writtenScore;
    }

    public void setWrittenScore(BigDecimal writtenScore) {
        this.writtenScore = writtenScore;
    }

    public BigDecimal getInterviewScore() {
        return interviewScore;
    }

    public void setInterviewScore(BigDecimal interviewScore) {
        this.interviewScore = interviewScore;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public Integer getRank() {
        return rank;
    }

    public void setResult(BigDecimal totalScore, Integer rank) {
        this.totalScore = totalScore;
        this.rank = rank;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public SelectionStatus getStage() {
        return stage;
    }

    public String getStageNote() {
        return stageNote;
    }

    public Instant getStageChangedAt() {
        return stageChangedAt;
    }

    public void setStage(SelectionStatus stage, String note, Instant at) {
        this.stage = stage;
        this.stageNote = note;
        this.stageChangedAt = at;
    }
}
