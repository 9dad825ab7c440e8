package cn.jiceng.publicity.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A public notice (公示) with its entries, running for a number of working days. */
@Entity
@Table(name = "publicity_notice")
public class PublicityNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The public number of the notice, used in URLs and printed on the notice. */
    @Column(name = "notice_no", nullable = false, unique = true, length = 32)
    private String noticeNo;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(name = "owner_unit_code", nullable = false, length = 24)
    private String ownerUnitCode;

    @Column(length = 200)
    private String contact;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** The last day of the period (inclusive). */
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** The moment the period ends (23:59:59 of endDate, Beijing time). */
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoticeStatus status = NoticeStatus.RUNNING;

    /** True if the period was counted Monday–Friday for lack of holiday data. */
    @Column(name = "calendar_warning", nullable = false)
    private boolean calendarWarning;

    @Column(name = "business_key", length = 100)
    private String businessKey;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<PublicityEntry> entries = new ArrayList<>();

    protected PublicityNotice() {
    }

    public PublicityNotice(String noticeNo, String title, String body, String ownerUnitCode, String contact,
                           int workingDays, LocalDate startDate, LocalDate endDate, Instant endsAt,
                           boolean calendarWarning, String businessKey, Instant createdAt) {
        this.noticeNo = noticeNo;
        this.title = title;
        this.body = body;
        this.ownerUnitCode = ownerUnitCode;
        this.contact = contact;
        this.workingDays = workingDays;
        this.startDate = startDate;
        this.endDate = endDate;
        this.endsAt = endsAt;
        this.calendarWarning = calendarWarning;
        this.businessKey = businessKey;
        this.createdAt = createdAt;
    }

    public PublicityEntry addEntry(String ref, String name, String detail) {
        PublicityEntry entry = new PublicityEntry(this, entries.size() + 1, ref, name, detail);
        entries.add(entry);
        return entry;
    }

    public boolean acceptsObjectionsAt(Instant now) {
        return status == NoticeStatus.RUNNING && now.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getNoticeNo() {
        return noticeNo;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getOwnerUnitCode() {
        return ownerUnitCode;
    }

    public String getContact() {
        return contact;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    public boolean isCalendarWarning() {
        return calendarWarning;
    }

    public String getBusinessKey() {
        return businessKey;
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

    public List<PublicityEntry> getEntries() {
        return entries;
    }
}
