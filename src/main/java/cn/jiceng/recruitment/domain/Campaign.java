package cn.jiceng.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recruitment batch (招聘批次) run by a city under provincial coordination. */
@Entity
@Table(name = "rec_campaign")
public class Campaign {

    /** Who does the preliminary qualification review. */
    public enum ReviewLevel { COUNTY, STREET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "city_code", nullable = false, length = 24)
    private String cityCode;

    @Column(name = "cal_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int batch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "registration_start")
    private Instant registrationStart;

    @Column(name = "registration_end")
    private Instant registrationEnd;

    /** The date ages are computed on (usually the announcement date). */
    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_level", nullable = false, length = 10)
    private ReviewLevel reviewLevel = ReviewLevel.COUNTY;

    /** Working days an applicant has to correct a returned application. */
    @Column(name = "correction_days", nullable = false)
    private int correctionDays = 3;

    /** Qualified applicants per opening needed for a post to go ahead (开考比例), e.g. 3.00. */
    @Column(name = "opening_ratio", nullable = false, precision = 5, scale = 2)
    private BigDecimal openingRatio = new BigDecimal("3.00");

    @Column(name = "written_weight", nullable = false, precision = 4, scale = 3)
    private BigDecimal writtenWeight = new BigDecimal("0.500");

    @Column(name = "interview_weight", nullable = false, precision = 4, scale = 3)
    private BigDecimal interviewWeight = new BigDecimal("0.500");

    /** Interview shortlist: this many candidates per opening, by written score, ties included. */
    @Column(name = "interview_multiple", nullable = false)
    private int interviewMultiple = 3;

    /** The province's opinions when it returned the plan. */
    @Column(name = "review_opinion", length = 1000)
    private String reviewOpinion;

    @Column(name = "parent_campaign_id")
    private Long parentCampaignId;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Campaign() {
    }

    public Campaign(String code, String name, String cityCode, int year, int batch, LocalDate referenceDate, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.cityCode = cityCode;
        this.year = year;
        this.batch = batch;
        this.referenceDate = referenceDate;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCityCode() {
        return cityCode;
    }

    public int getYear() {
        return year;
    }

    public int getBatch() {
        return batch;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public Instant getRegistrationStart() {
        return registrationStart;
    }

    public Instant getRegistrationEnd() {
        return registrationEnd;
    }

    public void setRegistrationWindow(Instant start, Instant end) {
        this.registrationStart = start;
        this.registrationEnd = end;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public ReviewLevel getReviewLevel() {
        return reviewLevel;
    }

    public void setReviewLevel(ReviewLevel reviewLevel) {
        this.reviewLevel = reviewLevel;
    }

    public int getCorrectionDays() {
        return correctionDays;
    }

    public void setCorrectionDays(int correctionDays) {
        this.correctionDays = correctionDays;
    }

    public BigDecimal getOpeningRatio() {
        return openingRatio;
    }

    public void setOpeningRatio(BigDecimal openingRatio) {
        this.openingRatio = openingRatio;
    }

    public BigDecimal getWrittenWeight() {
        return writtenWeight;
    }

    public BigDecimal getInterviewWeight() {
        return interviewWeight;
    }

    public void setWeights(BigDecimal written, BigDecimal interview) {
        this.writtenWeight = written;
        this.interviewWeight = interview;
    }

    public int getInterviewMultiple() {
        return interviewMultiple;
    }

    public void setInterviewMultiple(int interviewMultiple) {
        this.interviewMultiple = interviewMultiple;
    }

    public String getReviewOpinion() {
        return reviewOpinion;
    }

    public void setReviewOpinion(String reviewOpinion) {
        this.reviewOpinion = reviewOpinion;
    }

    public Long getParentCampaignId() {
        return parentCampaignId;
    }

    public void setParentCampaignId(Long parentCampaignId) {
        this.parentCampaignId = parentCampaignId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean registrationOpenAt(Instant now) {
        return registrationStart != null && registrationEnd != null && !now.isBefore(registrationStart)
                && now.isBefore(registrationEnd);
    }
}
