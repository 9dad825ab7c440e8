package cn.jiceng.audit.service;

import cn.jiceng.audit.domain.PersonalDataAccess;
import cn.jiceng.audit.domain.PersonalDataAccessRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records every opening of unmasked personal data (ID numbers, phones). */
@Service
public class PersonalDataAudit {

    private final PersonalDataAccessRepository log;

    public PersonalDataAudit(PersonalDataAccessRepository log) {
        this.log = log;
    }

    /** Written in its own transaction: the record stays even if the caller's work rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(String username, String subject, String field) {
        log.save(new PersonalDataAccess(username, subject, field, Instant.now()));
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
