package cn.jiceng.recruitment.service;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.common.importing.FileType;
import cn.jiceng.common.importing.UploadedFiles;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.ApplicationDocument;
import cn.jiceng.recruitment.domain.ApplicationDocumentRepository;
import cn.jiceng.recruitment.domain.ApplicationRepository;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.DocumentKind;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Documents applicants attach to their applications (ID card scan, diploma, …). Only PDF and JPEG
 * are accepted, recognised by their first bytes ({@code %PDF-} with its {@code %%EOF} marker at the
 * end, {@code FF D8 FF}) — never by the file name or the type the browser claims; a program or
 * script gets its own message — and up to {@code jiceng.recruitment.documents.max-size}
 * (default 5 MB): the checks of {@link UploadedFiles}, shared with every upload. Applicants change their documents only while the application is editable
 * (submitted and not yet reviewed, or returned for correction before the deadline). Reviewers read
 * the documents of the application of a task in their queue (so region-scoped); every opening by a
 * reviewer is audited like revealing an ID number.
 */
@Service
@Transactional
public class ApplicationDocumentService {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    private static final Set<FileType> ACCEPTED = Set.of(FileType.PDF, FileType.JPEG);
    /** At most this many current documents of kind OTHER per application. */
    public static final int MAX_OTHER = 5;

    /** A document without its content, for lists. */
    public record DocumentInfo(long id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                               Instant uploadedAt) {
    }

    /** A document's content with the name and type to serve it under. */
    public record DocumentContent(String fileName, String contentType, byte[] content) {
    }

    private final ApplicationDocumentRepository documents;
    private final ApplicationRepository applications;
    private final ReviewTaskService tasks;
    private final PersonalDataAudit audit;
    private final long maxBytes;

    public ApplicationDocumentService(ApplicationDocumentRepository documents, ApplicationRepository applications,
                                      ReviewTaskService tasks, PersonalDataAudit audit,
                                      @Value("${jiceng.recruitment.documents.max-size:5MB}") DataSize maxSize) {
        this.documents = documents;
        this.applications = applications;
        this.tasks = tasks;
        this.audit = audit;
        this.maxBytes = maxSize.toBytes();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The size limit in bytes (the upload component uses it too). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The content type recognised from the first bytes: PDF or JPEG, or empty for anything else. */
    public static Optional<String> sniff(byte[] content) {
        FileType type = FileType.of(content);
        return ACCEPTED.contains(type) ? Optional.of(type.mediaType()) : Optional.empty();
    }

    // ------------------------------------------------------------------ applicants

    /** The current documents of the applicant's own application. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> myDocuments(String username, long applicationId) {
        ownApplication(username, applicationId);
        return list(applicationId);
    }

    /** True if the applicant may still add, replace or remove documents of this application. */
    @Transactional(readOnly = true)
    public boolean editable(String username, long applicationId) {
        return isEditable(ownApplication(username, applicationId));
    }

    /**
     * Attaches a document. For the kinds held once (ID card, diploma, degree) it replaces the
     * current one. Checked before anything is stored: editable, not empty, within the size limit,
     * PDF or JPEG by content.
     */
    public DocumentInfo upload(String username, long applicationId, DocumentKind kind, String fileName, byte[] content) {
        Application application = ownApplication(username, applicationId);
        requireEditable(application);
        if (kind == null) {
            throw new RecruitmentInputException("kind", "recruitment.document.error.kind");
        }
        String type = checkedContent(content);
        if (kind.isSingle()) {
            documents.removeCurrent(applicationId, kind, now());
        } else if (documents.countCurrent(applicationId, kind) >= MAX_OTHER) {
            throw new RecruitmentInputException("kind", "recruitment.document.error.tooMany", MAX_OTHER);
        }
        return store(application, kind, fileName, type, content, username);
    }

    /** Replaces a current document by a new file of the same kind. */
    public DocumentInfo replace(String username, long documentId, String fileName, byte[] content) {
        ApplicationDocument old = ownCurrentDocument(username, documentId);
        Application application = old.getApplication();
        requireEditable(application);
        String type = checkedContent(content);
        old.remove(now());
        return store(application, old.getKind(), fileName, type, content, username);
    }

    /** Removes a current document (the row stays, marked removed, for the trail). */
    public void remove(String username, long documentId) {
        ApplicationDocument document = ownCurrentDocument(username, documentId);
        requireEditable(document.getApplication());
        document.remove(now());
    }

    /** The applicant's own document, to look at it again. */
    @Transactional(readOnly = true)
    public DocumentContent myDocument(String username, long documentId) {
        return content(ownCurrentDocument(username, documentId));
    }

    // ------------------------------------------------------------------ reviewers

    /** The current documents of the application of a task in the reviewer's queue. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documentsForTask(AppUser reviewer, String taskId) {
        return list(applicationIdOfTask(reviewer, taskId));
    }

    /**
     * The purpose recorded when a reviewer opens a document of the application under review: the
     * link is in the review step itself, whose purpose this is.
     */
    public static final String DOCUMENT_PURPOSE = "资格审查：查阅报名材料";

    /** A document of the application of a task in the reviewer's queue; the opening is audited. */
    public DocumentContent openForReview(AppUser reviewer, String taskId, long documentId) {
        long applicationId = applicationIdOfTask(reviewer, taskId);
        ApplicationDocument document = documents.findById(documentId).filter(ApplicationDocument::isCurrent)
                .orElseThrow(() -> new RecruitmentInputException("document", "recruitment.document.error.noDocument"));
        if (!document.getApplication().getId().equals(applicationId)) {
            throw new AccessDeniedException("document " + documentId + " is not of the task's application");
        }
        audit.opened(reviewer.getUsername(), reviewer.getUnitCode(),
                "applicant:" + document.getApplication().getApplicant().getId(), "document:" + documentId, DOCUMENT_PURPOSE);
        return content(document);
    }

    // ------------------------------------------------------------------ internals

    private long applicationIdOfTask(AppUser reviewer, String taskId) {
        return RecruitmentService.applicationIdOf(tasks.checkQueue(reviewer, taskId, RecruitmentProcess.VAR_APPLICATION_ID));
    }

    private List<DocumentInfo> list(long applicationId) {
        return documents.listCurrent(applicationId).stream().map(r -> new DocumentInfo((Long) r[0], (DocumentKind) r[1],
                (String) r[2], (String) r[3], (Long) r[4], (Instant) r[5])).toList();
    }

    /** The checks shared with every upload ({@link UploadedFiles}); programs and scripts get their own message. */
    private String checkedContent(byte[] content) {
        try {
            return UploadedFiles.check(content, maxBytes, ACCEPTED, "file", "recruitment.document.error").mediaType();
        } catch (RecruitmentInputException e) {
            throw e;
        } catch (InputRejectedException e) {
            throw new RecruitmentInputException(e.getField(), e.getMessageKey(), e.getArgs());
        }
    }

    /** The limit in MB for messages, e.g. "5" or "0.5". */
    public static String megabytes(long bytes) {
        return UploadedFiles.megabytes(bytes);
    }

    private DocumentInfo store(Application application, DocumentKind kind, String fileName, String type, byte[] content,
                               String username) {
        ApplicationDocument saved = documents.save(new ApplicationDocument(application, kind, cleanName(fileName, type),
                type, content, sha256(content), username, now()));
        return new DocumentInfo(saved.getId(), saved.getKind(), saved.getFileName(), saved.getContentType(),
                saved.getSizeBytes(), saved.getUploadedAt());
    }

    private static DocumentContent content(ApplicationDocument d) {
        return new DocumentContent(d.getFileName(), d.getContentType(), d.getContent());
    }

    /**
     * The file name to show and serve: no directories, no control characters, at most 200
     * characters, and with the extension of the recognised type (a PDF is never served as .jpg).
     */
    static String cleanName(String fileName, String type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
        String extension = PDF.equals(type) ? ".pdf" : ".jpg";
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean fits = PDF.equals(type) ? lower.endsWith(".pdf") : lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        if (!fits) {
            int dot = name.lastIndexOf('.');
            name = (dot > 0 ? name.substring(0, dot) : name) + extension;
        }
        if (name.equals(extension) || name.isEmpty()) {
            name = "document" + extension;
        }
        if (name.length() > 200) {
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Application ownApplication(String username, long applicationId) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new RecruitmentInputException("application", "recruitment.error.noApplication"));
        if (!application.getApplicant().getUsername().equals(username)) {
            throw new AccessDeniedException("not the applicant's application");
        }
        return application;
    }

    private ApplicationDocument ownCurrentDocument(String username, long documentId) {
        ApplicationDocument document = documents.findById(documentId).filter(ApplicationDocument::isCurrent)
                .orElseThrow(() -> new RecruitmentInputException("document", "recruitment.document.error.noDocument"));
        if (!document.getApplication().getApplicant().getUsername().equals(username)) {
            throw new AccessDeniedException("not the applicant's document");
        }
        return document;
    }

    private static boolean isEditable(Application application) {
        return application.getStatus() == ApplicationStatus.SUBMITTED
                || application.getStatus() == ApplicationStatus.RETURNED
                && (application.getCorrectionDeadline() == null || !now().isAfter(application.getCorrectionDeadline()));
    }

    private static void requireEditable(Application application) {
        if (!isEditable(application)) {
            throw new RecruitmentInputException("application", "recruitment.document.error.notEditable");
        }
    }
}
