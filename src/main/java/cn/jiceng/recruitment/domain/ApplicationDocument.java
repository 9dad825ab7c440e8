package cn.jiceng.recruitment.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A document attached to an application (PDF or JPEG, type checked by content). Listings use
 * {@link ApplicationDocumentRepository#listCurrent} (no content); the content is read one document
 * at a time. Removing a document only marks it: the trail keeps what reviewers saw.
 */
@Entity
@Table(name = "rec_document")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    /** Decided from the content ("application/pdf" or "image/jpeg"), never from the browser. */
    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** LONGBLOB on MySQL/MariaDB (Hibernate picks it for lengths over 16 MB), BINARY LARGE OBJECT on H2. */
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

    protected ApplicationDocument() {
    }

    public ApplicationDocument(Application application, DocumentKind kind, String fileName, String contentType,
                               byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.application = application;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public boolean isCurrent() {
        return removedAt == null;
    }

    public void remove(Instant at) {
        this.removedAt = at;
    }
}
