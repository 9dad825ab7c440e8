package cn.jiceng.publicity.service;

import cn.jiceng.privacy.service.RetentionSettings;
import cn.jiceng.publicity.domain.Objection;
import cn.jiceng.publicity.domain.ObjectionRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention rule for objectors: once the notice's objection period ended more than
 * {@code jiceng.retention.objection-days} ago, the objector's phone is cleared and their name
 * replaced; the objection, its answer and the receipt stay. Run by the timer of the process
 * {@code personalDataRetention}; "now" is the engine clock.
 */
@Service("objectionRetention")
@Transactional
public class ObjectionRetention {

    private static final Logger log = LoggerFactory.getLogger(ObjectionRetention.class);

    private final ObjectionRepository objections;
    private final int days;

    public ObjectionRetention(ObjectionRepository objections, RetentionSettings settings) {
        this.objections = objections;
        this.days = settings.objectionDays();
    }

    /** Anonymises the objectors due; returns how many. */
    public int anonymiseExpired() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Objection> due = objections.dueForAnonymisation(now.minus(Duration.ofDays(days)));
        due.forEach(o -> o.anonymise(now));
        log.info("Retention: {} objectors anonymised (notices ended more than {} days ago)", due.size(), days);
        return due.size();
    }
}
