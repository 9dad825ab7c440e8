package cn.jiceng.review.service;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.security.domain.AppUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Attachments of a decision in the workbench ({@code wb_task_attachment}, Flyway V12): files a
 * reviewer adds to an approval, a return, a form's submission, a co-signature or a delegate's
 * answer, each linked to the trail event ({@code wb_task_event}) that the decision recorded. The
 * type is recognised from the content (PDF, JPEG or PNG), never from the name or what the browser
 * claims; each file is at most {@code jiceng.workbench.attachments.max-size}. Whoever may read the
 * case ({@link WorkbenchService#readable}) may download them, and every download is audited.
 * Nothing is changed or deleted.
 */
@Service
public class TaskAttachmentService {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    /** Files one decision may carry. */
    public static final int MAX_FILES = 5;

    /** A file as the browser sent it. */
    public record Upload(String fileName, byte[] content) {
    }

    /** An attachment as the trail lists it (without its content). */
    public record Attachment(long id, long eventId, String taskId, String fileName, String contentType, long sizeBytes,
                             String uploadedBy, Instant uploadedAt) {
    }

    /** An attachment's content, for a download. */
    public record Content(String fileName, String contentType, byte[] content) {
    }

    private record Checked(String fileName, String contentType, byte[] content) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkbenchService workbench;
    private final PersonalDataAudit audit;
    private final long maxBytes;

    public TaskAttachmentService(NamedParameterJdbcTemplate jdbc, WorkbenchService workbench, PersonalDataAudit audit,
                                 @Value("${jiceng.workbench.attachments.max-size:5MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.workbench = workbench;
        this.audit = audit;
        this.maxBytes = maxSize.toBytes();
    }

    /** The size limit of one file in bytes (the upload component uses it too). */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Runs a decision and attaches the files to the trail event it recorded, in one transaction:
     * the files are checked first (nothing is decided when one is refused), and a decision that
     * fails stores none of them.
     * @throws InputRejectedException naming the file, when one is empty, too large, of another
     *     type, or when there are too many
     */
    @Transactional
    public void decide(AppUser user, List<Upload> files, Runnable decision) {
        List<Checked> checked = check(files);
        Long before = jdbc.getJdbcTemplate().queryForObject("select coalesce(max(id), 0) from wb_task_event", Long.class);
        decision.run();
        if (checked.isEmpty()) {
            return;
        }
        // the event the decision has just recorded, in this transaction, as this user
        List<Map<String, Object>> events = jdbc.queryForList("select id, process_instance_id, task_id from wb_task_event"
                        + " where id > :before and actor = :me order by id desc",
                Map.of("before", before == null ? 0L : before, "me", user.getUsername()));
        if (events.isEmpty()) {
            throw new IllegalStateException("the decision recorded no trail event to attach the files to");
        }
        Map<String, Object> event = events.get(0);
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        for (Checked file : checked) {
            jdbc.update("insert into wb_task_attachment (event_id, process_instance_id, task_id, file_name, content_type,"
                            + " size_bytes, sha256, content, uploaded_by, uploaded_at) values (:event, :pi, :task, :name, :type,"
                            + " :size, :sha, :content, :by, :at)",
                    new MapSqlParameterSource().addValue("event", ((Number) event.get("id")).longValue())
                            .addValue("pi", event.get("process_instance_id")).addValue("task", event.get("task_id"))
                            .addValue("name", file.fileName()).addValue("type", file.contentType())
                            .addValue("size", (long) file.content().length).addValue("sha", sha256(file.content()))
                            .addValue("content", file.content()).addValue("by", user.getUsername()).addValue("at", now));
        }
    }

    /** The attachments of the task's case by trail event, for a user who may read the task. */
    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> ofCase(AppUser user, String taskId) {
        WorkItem item = workbench.readable(user, taskId);
        String where = item.processInstanceId() == null ? "task_id = :id" : "process_instance_id = :id";
        List<Attachment> list = jdbc.query("select id, event_id, task_id, file_name, content_type, size_bytes, uploaded_by,"
                        + " uploaded_at from wb_task_attachment where " + where + " order by event_id, id",
                Map.of("id", item.processInstanceId() == null ? item.taskId() : item.processInstanceId()),
                (rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
        Map<Long, List<Attachment>> byEvent = new LinkedHashMap<>();
        list.forEach(a -> byEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a));
        return byEvent;
    }

    /**
     * An attachment's content, for a user who may read the task it was added to (and so its case);
     * the download is recorded in the audit log.
     */
    @Transactional(readOnly = true)
    public Content download(AppUser user, long attachmentId) {
        Optional<String> taskId = jdbc.queryForList("select task_id from wb_task_attachment where id = :id",
                Map.of("id", attachmentId), String.class).stream().findFirst();
        if (taskId.isEmpty()) {
            throw new AccessDeniedException("no such attachment");
        }
        workbench.readable(user, taskId.get());
        audit.opened(user.getUsername(), user.getUnitCode(), "task-attachment:" + attachmentId, "download",
                "workbench: attachment of a decision downloaded from the case's trail");
        return jdbc.queryForObject("select file_name, content_type, content from wb_task_attachment where id = :id",
                Map.of("id", attachmentId), (rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)));
    }

    // ------------------------------------------------------------------ checks

    private List<Checked> check(List<Upload> files) {
        List<Checked> checked = new ArrayList<>();
        if (files == null) {
            return checked;
        }
        if (files.size() > MAX_FILES) {
            throw new InputRejectedException("attachments", "workbench.attachment.error.tooMany", MAX_FILES);
        }
        for (Upload file : files) {
            String name = file.fileName() == null ? "" : file.fileName();
            byte[] content = file.content();
            if (content == null || content.length == 0) {
                throw new InputRejectedException("attachments", "workbench.attachment.error.empty", name);
            }
            if (content.length > maxBytes) {
                throw new InputRejectedException("attachments", "workbench.attachment.error.tooLarge", name, megabytes(maxBytes));
            }
            String type = sniff(content)
                    .orElseThrow(() -> new InputRejectedException("attachments", "workbench.attachment.error.type", name));
            checked.add(new Checked(cleanName(name, type), type, content));
        }
        return checked;
    }

    /** The content type recognised from the first bytes: PDF, JPEG or PNG, or empty for anything else. */
    public static Optional<String> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-') {
            return Optional.of(PDF);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length >= 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G'
                && content[4] == 0x0D && content[5] == 0x0A && content[6] == 0x1A && content[7] == 0x0A) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** The limit in MB for messages, e.g. "5" or "0.5". */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    /**
     * The name to show and serve: no directories, no control or reserved characters, at most 200
     * characters, with the extension of the recognised type (a PDF is never served as .png).
     */
    static String cleanName(String fileName, String type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
        String extension = PDF.equals(type) ? ".pdf" : PNG.equals(type) ? ".png" : ".jpg";
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = PDF.equals(type) ? lower.endsWith(".pdf") : PNG.equals(type) ? lower.endsWith(".png")
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        if (!fits) {
            int dot = name.lastIndexOf('.');
            name = (dot > 0 ? name.substring(0, dot) : name) + extension;
        }
        if (name.equals(extension) || name.isEmpty()) {
            name = "attachment" + extension;
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
}
