package cn.jiceng.demonstration.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An evidence file of a unit (PDF or JPEG by content), optionally for one item of the standard. */
@Entity
@Table(name = "dem_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(name = "indicator_code", length = 40)
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = Integer.MAX_VALUE)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Evidence() {
    }

    public Evidence(Long candidateId, String indicatorCode, EvidenceKind kind, String fileName, String contentType,
                    byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.candidateId = candidateId;
        this.indicatorCode = indicatorCode;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void remove(Instant at) {
        this.removedAt = at;
    }

    public boolean isCurrent() {
        return removedAt == null;
    }

    public Long getId() { return id; }
    public Long getCandidateId() { return candidateId; }
    public String getIndicatorCode() { return indicatorCode; }
    public EvidenceKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Instant getRemovedAt() { return removedAt; }
}
