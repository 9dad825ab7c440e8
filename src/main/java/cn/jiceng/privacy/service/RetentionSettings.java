package cn.jiceng.privacy.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long personal data is kept (docs/operations.md "Retention"): applicants after their campaigns
 * closed ({@code jiceng.retention.applicant-days}), objectors after the notice's objection period
 * ended ({@code jiceng.retention.objection-days}); 3 years by default. The features' retention
 * services read them; the nightly process personalDataRetention runs those.
 */
@Component
public class RetentionSettings {

    private final int applicantDays;
    private final int objectionDays;

    public RetentionSettings(@Value("${jiceng.retention.applicant-days:1095}") int applicantDays,
                             @Value("${jiceng.retention.objection-days:1095}") int objectionDays) {
        if (applicantDays < 1 || objectionDays < 1) {
            throw new IllegalArgumentException("jiceng.retention.applicant-days and jiceng.retention.objection-days must be "
                    + "at least 1 (are " + applicantDays + ", " + objectionDays + ")");
        }
        this.applicantDays = applicantDays;
        this.objectionDays = objectionDays;
    }

    public int applicantDays() {
        return applicantDays;
    }

    public int objectionDays() {
        return objectionDays;
    }
}
