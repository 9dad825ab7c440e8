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

    /** The score that breaks a tie of total scores. */
    public enum TieBreak { WRITTEN, INTERVIEW }

    /** The selection stages after which a vacancy may be filled by promotion (递补). */
    public enum SelectionStage { PHYSICAL, INSPECTION, PUBLICITY }

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

    /** Working days an applicant of a cancelled post has to switch to another post (改报). */
    @Column(name = "switch_days", nullable = false)
    private int switchDays = 5;

    @Column(name = "switch_end")
    private Instant switchEnd;

    /** Calendar days within which a failed physical exam may be re-examined once (复检). */
    @Column(name = "reexam_days", nullable = false)
    private int reexamDays = 7;

    /** Which score breaks a tie of totals in the ranking. */
    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", nullable = false, length = 10)
    private TieBreak tieBreak = TieBreak.WRITTEN;

    /** Whether a vacancy after the physical exam / inspection / publicity is filled by the next in rank (递补). */
    @Column(name = "promote_after_physical", nullable = false)
    private boolean promoteAfterPhysical = true;

    @Column(name = "promote_after_inspection", nullable = false)
    private boolean promoteAfterInspection = true;

    @Column(name = "promote_after_publicity", nullable = false)
    private boolean promoteAfterPublicity = true;

    @Column(name = "written_published", nullable = false)
    private boolean writtenPublished;

    @Column(name = "ranking_published", nullable = false)
    private boolean rankingPublished;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The closing report (plain text, one line per post). */
    @Column(length = 4000)
    private String report;

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

    public int getSwitchDays() {
        return switchDays;
    }

    public void setSwitchDays(int switchDays) {
        this.switchDays = switchDays;
    }

    public Instant getSwitchEnd() {
        return switchEnd;
    }

    public void setSwitchEnd(Instant switchEnd) {
        this.switchEnd = switchEnd;
    }

    public boolean switchOpenAt(Instant now) {
        return status == CampaignStatus.SWITCHING && switchEnd != null && now.isBefore(switchEnd);
    }

    public int getReexamDays() {
        return reexamDays;
    }

    public void setReexamDays(int reexamDays) {
        this.reexamDays = reexamDays;
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(TieBreak tieBreak) {
        this.tieBreak = tieBreak;
    }

    public boolean promotesAfter(SelectionStage stage) {
        return switch (stage) {
            case PHYSICAL -> promoteAfterPhysical;
            case INSPECTION -> promoteAfterInspection;
            case PUBLICITY -> promoteAfterPublicity;
        };
    }

    public void setPromotion(boolean afterPhysical, boolean afterInspection, boolean afterPublicity) {
        this.promoteAfterPhysical = afterPhysical;
        this.promoteAfterInspection = afterInspection;
        this.promoteAfterPublicity = afterPublicity;
    }

    public boolean isWrittenPublished() {
        return writtenPublished;
    }

    public void setWrittenPublished(boolean writtenPublished) {
        this.writtenPublished = writtenPublished;
    }

    public boolean isRankingPublished() {
        return rankingPublished;
    }

    public void setRankingPublished(boolean rankingPublished) {
        this.rankingPublished = rankingPublished;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getReport() {
        return report;
    }

    public void close(Instant at, String report) {
        this.closedAt = at;
        this.report = report;
        this.status = CampaignStatus.CLOSED;
    }

    /** A supplementary campaign keeps its parent's rules. */
    public void copyRulesOf(Campaign parent) {
        this.reviewLevel = parent.reviewLevel;
        this.correctionDays = parent.correctionDays;
        this.openingRatio = parent.openingRatio;
        this.writtenWeight = parent.writtenWeight;
        this.interviewWeight = parent.interviewWeight;
        this.interviewMultiple = parent.interviewMultiple;
        this.switchDays = parent.switchDays;
        this.reexamDays = parent.reexamDays;
        this.tieBreak = parent.tieBreak;
        setPromotion(parent.promoteAfterPhysical, parent.promoteAfterInspection, parent.promoteAfterPublicity);
    }

    public boolean registrationOpenAt(Instant now) {
        return registrationStart != null && registrationEnd != null && !now.isBefore(registrationStart)
                && now.isBefore(registrationEnd);
    }
}
