package cn.jiceng.publicity.service;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.calendar.service.WorkingDayCalendar;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.publicity.domain.NoticeStatus;
import cn.jiceng.publicity.domain.Objection;
import cn.jiceng.publicity.domain.ObjectionRepository;
import cn.jiceng.publicity.domain.ObjectionStatus;
import cn.jiceng.publicity.domain.PublicityEntry;
import cn.jiceng.publicity.domain.PublicityNotice;
import cn.jiceng.publicity.domain.PublicityNoticeRepository;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.RegionScopeService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity notices (公示): publishing, the public view, real-name objections, their answers and
 * the outcome per entry. "Now" is the engine's clock, so that tests can move time.
 */
@Service
@Transactional
public class PublicityService {

    public static final int MAX_REASON = 1000;
    public static final int MAX_REPLY = 1000;
    public static final int MAX_ENTRIES = 5000;
    /** Objections one client may file per hour, over all notices. */
    public static final int RATE_PER_HOUR = 5;
    /** Objections one client may file per day on one notice. */
    public static final int RATE_PER_NOTICE_PER_DAY = 3;
    /** How long ended notices stay on the public list. */
    public static final Duration RECENT = Duration.ofDays(90);

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·. ]{2,30}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern MARKUP = Pattern.compile("[<>]|javascript:|&#", Pattern.CASE_INSENSITIVE);
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Set<PublicityOutcome> ANSWERS =
            EnumSet.of(PublicityOutcome.NO_IMPACT, PublicityOutcome.CANCELLED, PublicityOutcome.SUSPENDED);
    private static final Set<PublicityOutcome> FINAL_ANSWERS = EnumSet.of(PublicityOutcome.NO_IMPACT, PublicityOutcome.CANCELLED);

    private final PublicityNoticeRepository notices;
    private final ObjectionRepository objections;
    private final WorkingDayCalendar calendar;
    private final OrgUnitService orgUnits;
    private final RegionScopeService scope;
    private final ReviewTaskService tasks;
    private final RuntimeService runtime;
    private final PersonalDataAudit audit;
    private final SecureRandom random = new SecureRandom();

    public PublicityService(PublicityNoticeRepository notices, ObjectionRepository objections, WorkingDayCalendar calendar,
                            OrgUnitService orgUnits, RegionScopeService scope, ReviewTaskService tasks,
                            RuntimeService runtime, PersonalDataAudit audit) {
        this.notices = notices;
        this.objections = objections;
        this.calendar = calendar;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.tasks = tasks;
        this.runtime = runtime;
        this.audit = audit;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ------------------------------------------------------------------ publishing (process side)

    /** Publishes a notice starting today; the period ends after the given working days. */
    public PublicityNotice publish(PublishRequest request, String processInstanceId) {
        String title = required("title", request.title(), 200);
        String body = request.body() == null ? "" : request.body().trim();
        if (body.length() > 5000) {
            throw new PublicityInputException("body", "publicity.error.tooLong", 5000);
        }
        OrgUnit unit = orgUnits.findByCode(request.unitCode())
                .orElseThrow(() -> new PublicityInputException("unitCode", "publicity.error.unknownUnit", request.unitCode()));
        if (request.workingDays() < 1 || request.workingDays() > 60) {
            throw new PublicityInputException("workingDays", "publicity.error.workingDays", request.workingDays());
        }
        List<PublishRequest.Entry> entries = request.entries() == null ? List.of() : request.entries();
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new PublicityInputException("entries", "publicity.error.entries", MAX_ENTRIES);
        }
        Set<String> refs = new HashSet<>();
        for (PublishRequest.Entry e : entries) {
            required("entries.ref", e.ref(), 64);
            required("entries.name", e.name(), 100);
            if (e.detail() != null && e.detail().length() > 500) {
                throw new PublicityInputException("entries.detail", "publicity.error.tooLong", 500);
            }
            if (!refs.add(e.ref())) {
                throw new PublicityInputException("entries.ref", "publicity.error.duplicateRef", e.ref());
            }
        }
        Instant now = now();
        LocalDate today = now.atZone(WorkingDayCalendar.ZONE).toLocalDate();
        LocalDate start = calendar.firstWorkingDayOnOrAfter(today);
        LocalDate end = calendar.periodEnd(today, request.workingDays());
        boolean warning = !calendar.uncoveredYears(today, end).isEmpty();
        PublicityNotice notice = new PublicityNotice(newNoticeNo(today), title, body, unit.getCode(),
                request.contact() == null ? null : request.contact().trim(), request.workingDays(), start, end,
                WorkingDayCalendar.endOfDay(end).toInstant(), warning, request.businessKey(), now);
        entries.forEach(e -> notice.addEntry(e.ref(), e.name().trim(), e.detail() == null ? null : e.detail().trim()));
        notice.setProcessInstanceId(processInstanceId);
        return notices.save(notice);
    }

    /** Ends the objection window; returns how many objections still wait for an answer. */
    public int closePeriod(long noticeId) {
        PublicityNotice notice = notices.findById(noticeId).orElseThrow();
        notice.setStatus(NoticeStatus.ENDED);
        return (int) objections.countByNoticeIdAndStatus(noticeId, ObjectionStatus.OPEN);
    }

    /** Sets and returns the outcome of every entry (by the caller's ref), in published order. */
    public Map<String, PublicityOutcome> determineOutcomes(long noticeId) {
        PublicityNotice notice = notices.findById(noticeId).orElseThrow();
        Map<Long, PublicityOutcome> byEntry = answersByEntry(noticeId);
        Map<String, PublicityOutcome> outcomes = new LinkedHashMap<>();
        for (PublicityEntry entry : notice.getEntries()) {
            PublicityOutcome outcome = byEntry.getOrDefault(entry.getId(), PublicityOutcome.NO_OBJECTION);
            entry.setOutcome(outcome);
            outcomes.put(entry.getRef(), outcome);
        }
        notice.setStatus(NoticeStatus.CLOSED);
        return outcomes;
    }

    // ------------------------------------------------------------------ public side

    /** Notices running now and those ended in the last 90 days, newest first. */
    @Transactional(readOnly = true)
    public List<PublicNotice> publicNotices() {
        return notices.findRecent(now().minus(RECENT)).stream().map(this::toPublic).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublicNotice> publicNotice(String noticeNo) {
        return notices.findByNoticeNo(noticeNo == null ? "" : noticeNo.trim()).map(this::toPublic);
    }

    private PublicNotice toPublic(PublicityNotice n) {
        String unitName = orgUnits.findByCode(n.getOwnerUnitCode()).map(OrgUnit::getName).orElse(n.getOwnerUnitCode());
        List<PublicNotice.Entry> entries = n.getEntries().stream()
                .map(e -> new PublicNotice.Entry(e.getId(), e.getSeq(), e.getName(), e.getDetail(),
                        n.getStatus() == NoticeStatus.CLOSED ? e.getOutcome() : null))
                .toList();
        return new PublicNotice(n.getNoticeNo(), n.getTitle(), n.getBody(), unitName, n.getContact(), n.getStartDate(),
                n.getEndDate(), n.getWorkingDays(), n.getStatus(), n.acceptsObjectionsAt(now()), n.isCalendarWarning(),
                entries);
    }

    /**
     * Files a real-name objection while the period runs, and hands it to the owning unit (a task
     * in the publicity process). Validates everything first; on any problem nothing is stored.
     *
     * @param clientAddress the caller's network address, for rate limiting (stored only as a hash)
     * @return the receipt number the objector uses to read the answer
     */
    public String fileObjection(ObjectionForm form, String clientAddress) {
        PublicityNotice notice = notices.findByNoticeNo(form.noticeNo() == null ? "" : form.noticeNo().trim())
                .orElseThrow(() -> new PublicityInputException("notice", "publicity.error.noNotice"));
        String name = form.name() == null ? "" : form.name().trim();
        String phone = form.phone() == null ? "" : form.phone().replace(" ", "").trim();
        String reason = form.reason() == null ? "" : form.reason().strip();
        rejectMarkup("name", name);
        rejectMarkup("phone", phone);
        rejectMarkup("reason", reason);
        Instant now = now();
        if (!notice.acceptsObjectionsAt(now)) {
            throw new PublicityInputException("notice", "publicity.error.periodEnded");
        }
        PublicityEntry entry = notice.getEntries().stream().filter(e -> e.getId().equals(form.entryId())).findFirst()
                .orElseThrow(() -> new PublicityInputException("entry", "publicity.error.entryRequired"));
        if (!NAME.matcher(name).matches()) {
            throw new PublicityInputException("name", "publicity.error.name");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new PublicityInputException("phone", "publicity.error.phone");
        }
        if (reason.isEmpty()) {
            throw new PublicityInputException("reason", "publicity.error.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw new PublicityInputException("reason", "publicity.error.tooLong", MAX_REASON);
        }
        String clientKey = hash(clientAddress == null ? "unknown" : clientAddress);
        if (objections.countByClientKeyAndSubmittedAtAfter(clientKey, now.minus(Duration.ofHours(1))) >= RATE_PER_HOUR
                || objections.countByNoticeIdAndClientKeyAndSubmittedAtAfter(notice.getId(), clientKey,
                now.minus(Duration.ofDays(1))) >= RATE_PER_NOTICE_PER_DAY) {
            throw new PublicityInputException("notice", "publicity.error.rateLimited");
        }
        Objection objection = objections.save(new Objection(notice, entry, newReceiptNo(), name, phone, reason, clientKey, now));
        objections.flush();
        runtime.createMessageCorrelation(PublicityProcess.MSG_OBJECTION_RECEIVED)
                .processInstanceId(notice.getProcessInstanceId())
                .setVariable(PublicityProcess.VAR_RECEIVED_OBJECTION_ID, objection.getId())
                .correlateWithResult();
        return objection.getReceiptNo();
    }

    @Transactional(readOnly = true)
    public Optional<ObjectionReceipt> receipt(String receiptNo) {
        String no = receiptNo == null ? "" : receiptNo.trim().toUpperCase();
        return objections.findByReceiptNo(no).map(o -> new ObjectionReceipt(o.getReceiptNo(), o.getNotice().getNoticeNo(),
                o.getNotice().getTitle(), o.getEntry().getName(), PersonalDataAudit.maskName(o.getObjectorName()),
                o.getSubmittedAt(), o.getStatus(), o.getOutcome(), o.getReply(), o.getAnsweredAt()));
    }

    // ------------------------------------------------------------------ owning unit side

    /** The objection behind a task of the user's queue (objection or investigation task). */
    @Transactional(readOnly = true)
    public ObjectionCase objectionForTask(AppUser user, String taskId) {
        tasks.requireInQueue(user, taskId);
        return toCase(objectionOfTask(taskId));
    }

    /**
     * What the form of an objection or investigation task shows (forms/objection-answer.form,
     * forms/investigation-conclusion.form): the notice, the entry, the objector and the objection,
     * and the first answer of a suspended one. The phone stays masked here; the form's view offers
     * the audited reveal. For a task the workbench has checked in the user's queue.
     */
    @Transactional(readOnly = true)
    Map<String, Object> objectionDisplay(String checkedTaskId) {
        ObjectionCase c = toCase(objectionOfTask(checkedTaskId));
        Map<String, Object> display = new HashMap<>();
        display.put("noticeTitle", c.noticeTitle());
        display.put("entryName", c.entryName());
        display.put("entryDetail", c.entryDetail());
        display.put("objectorName", c.objectorName());
        display.put("maskedPhone", c.maskedPhone());
        display.put("reason", c.reason());
        display.put("firstReply", c.reply());
        return display;
    }

    /** Answers an objection: not affecting, verified and cancelled, or suspended pending investigation. */
    public void answerObjection(AppUser user, String taskId, PublicityOutcome outcome, String reply) {
        var task = tasks.requireInQueue(user, taskId);
        if (!PublicityProcess.TASK_HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())) {
            throw new PublicityInputException("task", "publicity.error.wrongTask");
        }
        if (outcome == null || !ANSWERS.contains(outcome)) {
            throw new PublicityInputException("outcome", "publicity.error.outcomeRequired");
        }
        String text = checkedReply(reply);
        Objection objection = objectionOfTask(taskId);
        objection.answer(outcome, text, user.getUsername(), now());
        objections.flush();
        PublicityNotice notice = objection.getNotice();
        long open = objections.countByNoticeIdAndStatus(notice.getId(), ObjectionStatus.OPEN);
        tasks.complete(user, task, Map.of(PublicityProcess.VAR_OPEN_OBJECTIONS, (int) open), text);
        if (outcome == PublicityOutcome.SUSPENDED) {
            Map<String, Object> vars = new HashMap<>();
            vars.put(PublicityProcess.VAR_OBJECTION_ID, objection.getId());
            vars.put(PublicityProcess.VAR_NOTICE_ID, notice.getId());
            vars.put(PublicityProcess.VAR_UNIT_CODE, notice.getOwnerUnitCode());
            vars.put(PublicityProcess.VAR_TITLE, notice.getTitle() + " · " + objection.getEntry().getName());
            vars.put(PublicityProcess.VAR_ENTRY_REF, objection.getEntry().getRef());
            vars.put(PublicityProcess.VAR_INVESTIGATION_DAYS, PublicityProcess.DEFAULT_INVESTIGATION_DAYS);
            runtime.startProcessInstanceByKey(PublicityProcess.INVESTIGATION_PROCESS_ID,
                    notice.getNoticeNo() + "/" + objection.getReceiptNo(), vars);
        }
    }

    /** Concludes the investigation of a suspended objection: not affecting, or verified and cancelled. */
    public void concludeInvestigation(AppUser user, String taskId, PublicityOutcome outcome, String reply) {
        var task = tasks.requireInQueue(user, taskId);
        if (!PublicityProcess.TASK_CONCLUDE_INVESTIGATION.equals(task.getTaskDefinitionKey())) {
            throw new PublicityInputException("task", "publicity.error.wrongTask");
        }
        if (outcome == null || !FINAL_ANSWERS.contains(outcome)) {
            throw new PublicityInputException("outcome", "publicity.error.finalOutcomeRequired");
        }
        String text = checkedReply(reply);
        Objection objection = objectionOfTask(taskId);
        objection.conclude(outcome, text, user.getUsername(), now());
        objections.flush();
        if (objection.getNotice().getStatus() == NoticeStatus.CLOSED) {
            determineEntryOutcome(objection.getEntry());
        }
        tasks.complete(user, task, Map.of(PublicityProcess.VAR_CONCLUDED_OUTCOME, outcome.name()), text);
    }

    /**
     * Tells every process that holds the notice (the caller of the publicity, waiting for a
     * suspended entry) how the investigation ended.
     */
    public void notifyInvestigationConcluded(long objectionId) {
        Objection objection = objections.findById(objectionId).orElseThrow();
        runtime.createMessageCorrelation(PublicityProcess.MSG_INVESTIGATION_CONCLUDED)
                .processInstanceVariableEquals(PublicityProcess.VAR_NOTICE_ID, objection.getNotice().getId())
                .setVariable(PublicityProcess.VAR_ENTRY_REF, objection.getEntry().getRef())
                .setVariable(PublicityProcess.VAR_CONCLUDED_OUTCOME, objection.getOutcome().name())
                .correlateAllWithResult();
    }

    /**
     * The objector's phone in full, for the owning unit, on a stated purpose; every opening is audited
     * with the viewer, their unit and the purpose.
     */
    public String revealPhone(AppUser user, String taskId, String purpose) {
        String why = PersonalDataAudit.checkedPurpose(purpose);
        tasks.requireInQueue(user, taskId);
        Objection objection = objectionOfTask(taskId);
        audit.opened(user.getUsername(), user.getUnitCode(), "objection:" + objection.getId(), "phone", why);
        return objection.getObjectorPhone();
    }

    @Transactional(readOnly = true)
    public List<ObjectionCase> objectionsOf(AppUser user, String noticeNo) {
        PublicityNotice notice = notices.findByNoticeNo(noticeNo).orElseThrow();
        if (!scope.canSeeUnit(user, notice.getOwnerUnitCode())) {
            throw new AccessDeniedException("notice " + noticeNo + " is outside the user's region");
        }
        return objections.findByNoticeIdOrderBySubmittedAt(notice.getId()).stream().map(this::toCase).toList();
    }

    // ------------------------------------------------------------------ helpers

    private void determineEntryOutcome(PublicityEntry entry) {
        entry.setOutcome(answersByEntry(entry.getNotice().getId()).getOrDefault(entry.getId(), PublicityOutcome.NO_OBJECTION));
    }

    /** The strongest answer given to the objections on each entry of a notice (entries without answers absent). */
    private Map<Long, PublicityOutcome> answersByEntry(long noticeId) {
        Map<Long, PublicityOutcome> byEntry = new HashMap<>();
        for (Objection o : objections.findByNoticeIdOrderBySubmittedAt(noticeId)) {
            if (o.getOutcome() != null) {
                byEntry.merge(o.getEntry().getId(), o.getOutcome(), PublicityOutcome::strongest);
            }
        }
        return byEntry;
    }

    private Objection objectionOfTask(String taskId) {
        Object id = tasks.taskVariable(taskId, PublicityProcess.VAR_OBJECTION_ID);
        if (id == null) {
            throw new PublicityInputException("task", "publicity.error.wrongTask");
        }
        return objections.findById(((Number) id).longValue()).orElseThrow();
    }

    private ObjectionCase toCase(Objection o) {
        return new ObjectionCase(o.getId(), o.getReceiptNo(), o.getNotice().getNoticeNo(), o.getNotice().getTitle(),
                o.getEntry().getName(), o.getEntry().getDetail(), o.getObjectorName(),
                PersonalDataAudit.maskPhone(o.getObjectorPhone()), o.getReason(), o.getSubmittedAt(), o.getStatus(),
                o.getOutcome(), o.getReply());
    }

    private static String checkedReply(String reply) {
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty()) {
            throw new PublicityInputException("reply", "publicity.error.replyRequired");
        }
        if (text.length() > MAX_REPLY) {
            throw new PublicityInputException("reply", "publicity.error.tooLong", MAX_REPLY);
        }
        rejectMarkup("reply", text);
        return text;
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new PublicityInputException(field, "publicity.error.required", field);
        }
        if (v.length() > max) {
            throw new PublicityInputException(field, "publicity.error.tooLong", max);
        }
        return v;
    }

    private static void rejectMarkup(String field, String value) {
        if (value != null && MARKUP.matcher(value).find()) {
            throw new PublicityInputException(field, "publicity.error.markup");
        }
    }

    private String newNoticeNo(LocalDate day) {
        for (int i = 0; i < 20; i++) {
            String no = "GS" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + code(4);
            if (!notices.existsByNoticeNo(no)) {
                return no;
            }
        }
        throw new IllegalStateException("no free notice number");
    }

    private String newReceiptNo() {
        return code(4) + "-" + code(4) + "-" + code(4);
    }

    private String code(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
