package cn.jiceng.audit.service;

import cn.jiceng.audit.domain.PersonalDataAccess;
import cn.jiceng.audit.domain.PersonalDataAccessRepository;
import cn.jiceng.common.validation.InputRejectedException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every opening of unmasked personal data (ID numbers, phones, applicants' documents) with
 * the viewer, their unit and the purpose they gave (PIPL: access on a stated purpose, traceable).
 */
@Service
public class PersonalDataAudit {

    private final PersonalDataAccessRepository log;

    public PersonalDataAudit(PersonalDataAccessRepository log) {
        this.log = log;
    }

    /** The longest purpose recorded. */
    public static final int MAX_PURPOSE = 200;

    /**
     * The purpose as recorded (trimmed); refuses a missing or over-long one before anything is shown.
     *
     * @throws InputRejectedException field "purpose", key privacy.error.purposeRequired / privacy.error.purposeTooLong
     */
    public static String checkedPurpose(String purpose) {
        String p = purpose == null ? "" : purpose.strip();
        if (p.isEmpty()) {
            throw new InputRejectedException("purpose", "privacy.error.purposeRequired");
        }
        if (p.length() > MAX_PURPOSE) {
            throw new InputRejectedException("purpose", "privacy.error.purposeTooLong", MAX_PURPOSE);
        }
        return p;
    }

    /**
     * Records one opening. Written in its own transaction: the record stays even if the caller's work
     * rolls back. The purpose is checked with {@link #checkedPurpose}; callers check it before they
     * read the value.
     *
     * @param unitCode the viewer's unit (null for a system-wide administrator)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(String username, String unitCode, String subject, String field, String purpose) {
        log.save(new PersonalDataAccess(username, unitCode, subject, field, checkedPurpose(purpose), Instant.now()));
    }

    /** The latest openings, newest first (for administrators). */
    @Transactional(readOnly = true)
    public List<PersonalDataAccess> latest() {
        return log.findTop200ByOrderByAccessedAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<PersonalDataAccess> accessesTo(String subject) {
        return log.findBySubjectOrderByAccessedAtDesc(subject);
    }

    /** 138****5678: first three and last four digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** 张*明 / 李*: keeps the first and (for three or more characters) the last character. */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length == 1) {
            return name;
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        for (int i = 1; i < cps.length - (cps.length > 2 ? 1 : 0); i++) {
            sb.append('*');
        }
        if (cps.length > 2) {
            sb.appendCodePoint(cps[cps.length - 1]);
        }
        return sb.toString();
    }
}
