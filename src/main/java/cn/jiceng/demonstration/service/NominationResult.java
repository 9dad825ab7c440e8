package cn.jiceng.demonstration.service;

import java.util.List;

/** A nomination as stored, with the quotas of its county and program after it; soft quotas it breaks are warnings. */
public record NominationResult(Nomination nomination, List<QuotaStatus> quotas, List<QuotaStatus> warnings) {
}
