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
import java.time.Instant;

/** A program run by an office for one year, from one version of a definition. */
@Entity
@Table(name = "dem_program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "definition_id")
    private StoredDefinition definition;

    @Column(name = "cal_year", nullable = false)
    private int year;

    @Column(name = "office_unit_code", nullable = false, length = 24)
    private String officeUnitCode;

    @Column(name = "office_unit_path", nullable = false, length = 255)
    private String officeUnitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgramStatus status = ProgramStatus.MOBILISING;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "publicity_notice_id")
    private Long publicityNoticeId;

    @Column(name = "creation_end")
    private Instant creationEnd;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "announced_at")
    private Instant announcedAt;

    protected Program() {
    }

    public Program(String code, String name, StoredDefinition definition, int year, String officeUnitCode,
                   String officeUnitPath, String createdBy, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.definition = definition;
        this.year = year;
        this.officeUnitCode = officeUnitCode;
        this.officeUnitPath = officeUnitPath;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public StoredDefinition getDefinition() { return definition; }
    public int getYear() { return year; }
    public String getOfficeUnitCode() { return officeUnitCode; }
    public String getOfficeUnitPath() { return officeUnitPath; }
    public ProgramStatus getStatus() { return status; }
    public void setStatus(ProgramStatus status) { this.status = status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public Long getPublicityNoticeId() { return publicityNoticeId; }
    public void setPublicityNoticeId(Long publicityNoticeId) { this.publicityNoticeId = publicityNoticeId; }
    public Instant getCreationEnd() { return creationEnd; }
    public void setCreationEnd(Instant creationEnd) { this.creationEnd = creationEnd; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getAnnouncedAt() { return announcedAt; }
    public void setAnnouncedAt(Instant announcedAt) { this.announcedAt = announcedAt; }
}
