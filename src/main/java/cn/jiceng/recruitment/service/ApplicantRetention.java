package cn.jiceng.recruitment.service;

import cn.jiceng.privacy.service.RetentionSettings;
import cn.jiceng.recruitment.domain.Applicant;
import cn.jiceng.recruitment.domain.ApplicantRepository;
import cn.jiceng.recruitment.domain.ApplicationDocumentRepository;
import cn.jiceng.security.service.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention rule for applicants (PIPL: kept no longer than needed): an applicant whose campaigns
 * all closed more than {@code jiceng.retention.applicant-days} ago (or who registered that long ago
 * and never applied) is anonymised: ID number, its hash and the phone cleared, the name replaced,
 * the login disabled and its display name replaced, and the documents of their applications
 * deleted. The applications stay (scores, stages), no longer about an identifiable person. Run by the
 * timer of the process {@code personalDataRetention} (processes/personal-data-retention.bpmn), never
 * by a scheduler of its own; "now" is the engine clock.
 */
@Service("applicantRetention")
@Transactional
public class ApplicantRetention {

    private static final Logger log = LoggerFactory.getLogger(ApplicantRetention.class);

    private final ApplicantRepository applicants;
    private final ApplicationDocumentRepository documents;
    private final UserService users;
    private final int days;

    public ApplicantRetention(ApplicantRepository applicants, ApplicationDocumentRepository documents, UserService users,
                              RetentionSettings settings) {
        this.applicants = applicants;
        this.documents = documents;
        this.users = users;
        this.days = settings.applicantDays();
    }

    /** Anonymises every applicant due; returns how many. */
    public int anonymiseExpired() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Applicant> due = applicants.dueForAnonymisation(now.minus(Duration.ofDays(days)));
        for (Applicant a : due) {
            documents.deleteAllOfApplicant(a.getId());
            a.anonymise(now);
            users.anonymise(a.getUsername(), Applicant.ANONYMISED_NAME);
        }
        // ids and counts only: never a name or number
        log.info("Retention: {} applicants anonymised (campaigns closed more than {} days ago)", due.size(), days);
        return due.size();
    }
}
