package cn.jiceng.demonstration.service;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.demonstration.domain.Candidate;
import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.Evidence;
import cn.jiceng.demonstration.domain.EvidenceKind;
import cn.jiceng.demonstration.domain.EvidenceRepository;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of a unit (创建佐证材料), stored like applicants' documents: PDF or JPEG recognised by
 * their first bytes, up to {@code jiceng.demonstration.evidence.max-size} (default 10 MB), in the
 * database so that every node serves them. The unit's own reviewer uploads while the unit creates or
 * is inspected (or rectifies); everyone whose region covers the unit may list them; every opening of
 * a file is audited. Removal only marks a file.
 */
@Service
@Transactional
public class EvidenceService {

    public static final int MAX_FILES = 200;

    /** The content of a file with the name and type to serve it under. */
    public record EvidenceContent(String fileName, String contentType, byte[] content) {
    }

    private final ProgramContext ctx;
    private final EvidenceRepository evidence;
    private final PersonalDataAudit audit;
    private final long maxBytes;

    public EvidenceService(ProgramContext ctx, EvidenceRepository evidence, PersonalDataAudit audit,
                           @Value("${jiceng.demonstration.evidence.max-size:10MB}") DataSize maxSize) {
        this.ctx = ctx;
        this.evidence = evidence;
        this.audit = audit;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Uploads a file for the unit (optionally for one item of the standard). */
    public EvidenceInfo upload(AppUser user, long candidateId, EvidenceKind kind, String indicatorCode, String fileName,
                               byte[] content) {
        Candidate c = ctx.candidate(candidateId);
        requireUploader(user, c, kind);
        if (indicatorCode != null && !indicatorCode.isBlank() && ctx.standard(c.getProgram()).item(indicatorCode).isEmpty()) {
            throw new DemonstrationInputException("indicatorCode", "demonstration.score.error.unknownIndicator", indicatorCode);
        }
        if (content == null || content.length == 0) {
            throw new DemonstrationInputException("file", "demonstration.evidence.error.empty");
        }
        if (content.length > maxBytes) {
            throw new DemonstrationInputException("file", "demonstration.evidence.error.tooLarge", megabytes(maxBytes));
        }
        String type = sniff(content);
        if (type == null) {
            throw new DemonstrationInputException("file", "demonstration.evidence.error.type");
        }
        if (evidence.countCurrent(candidateId) >= MAX_FILES) {
            throw new DemonstrationInputException("file", "demonstration.evidence.error.tooMany", MAX_FILES);
        }
        Evidence saved = evidence.save(new Evidence(candidateId, indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode,
                kind, cleanName(fileName, type), type, content, DefinitionService.sha256(content), user.getUsername(), now()));
        return new EvidenceInfo(saved.getId(), saved.getKind(), saved.getIndicatorCode(), saved.getFileName(),
                saved.getContentType(), saved.getSizeBytes(), saved.getUploadedBy(), saved.getUploadedAt());
    }

    /** The unit's current files (no content). */
    @Transactional(readOnly = true)
    public List<EvidenceInfo> list(AppUser user, long candidateId) {
        ctx.requireVisible(user, ctx.candidate(candidateId));
        return evidence.listCurrent(candidateId).stream().map(EvidenceService::info).toList();
    }

    /** A file's content, for anyone whose region covers the unit; the opening is audited. */
    public EvidenceContent open(AppUser user, long evidenceId) {
        Evidence e = current(evidenceId);
        ctx.requireVisible(user, ctx.candidate(e.getCandidateId()));
        audit.opened(user.getUsername(), user.getUnitCode(), "demonstration-unit:" + e.getCandidateId(), "evidence:" + evidenceId,
                "demonstration: evidence of a candidate unit opened for its review");
        return new EvidenceContent(e.getFileName(), e.getContentType(), e.getContent());
    }

    /** Removes a file (marked, kept for the trail) while the unit may still upload. */
    public void remove(AppUser user, long evidenceId) {
        Evidence e = current(evidenceId);
        requireUploader(user, ctx.candidate(e.getCandidateId()), e.getKind());
        e.remove(now());
    }

    private Evidence current(long id) {
        return evidence.findById(id).filter(Evidence::isCurrent)
                .orElseThrow(() -> new DemonstrationInputException("evidence", "demonstration.evidence.error.noFile", id));
    }

    private void requireUploader(AppUser user, Candidate c, EvidenceKind kind) {
        if (kind == null) {
            throw new DemonstrationInputException("kind", "demonstration.error.required");
        }
        ctx.requireAt(user, ctx.selfUnit(ctx.unit(c.getUnitCode())), Role.REVIEWER);
        boolean open = switch (kind) {
            case SELF_ASSESSMENT, PROGRESS -> c.getStatus() == CandidateStatus.CREATING || c.getStatus() == CandidateStatus.INSPECTING;
            case RECTIFICATION -> CandidateService.RECTIFICATION_OPEN.equals(c.getRectificationStatus());
        };
        if (!open) {
            throw new DemonstrationInputException("kind", "demonstration.evidence.error.closed", c.getUnitName());
        }
    }

    static EvidenceInfo info(Object[] r) {
        return new EvidenceInfo((Long) r[0], (EvidenceKind) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
                (String) r[6], (Instant) r[7]);
    }

    /** PDF or JPEG by the first bytes, or null. */
    static String sniff(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    static String cleanName(String fileName, String type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
        String ext = "application/pdf".equals(type) ? ".pdf" : ".jpg";
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = ext.equals(".pdf") ? lower.endsWith(".pdf") : lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        if (!fits) {
            int dot = name.lastIndexOf('.');
            name = (dot > 0 ? name.substring(0, dot) : name) + ext;
        }
        if (name.equals(ext)) {
            name = "evidence" + ext;
        }
        return name.length() > 200 ? name.substring(0, 200 - ext.length()) + ext : name;
    }

    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    private static Instant now() {
        return ProgramContext.now();
    }

    static void deny(String why) {
        throw new AccessDeniedException(why);
    }
}
