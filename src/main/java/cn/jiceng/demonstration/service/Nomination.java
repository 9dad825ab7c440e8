package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.Exclusion;
import cn.jiceng.demonstration.domain.LeadingDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A nominated unit as lists show it: target, stage, score and outcome so far, final outcome with
 * its award and subsidies once announced. Outcome codes come with their names ({@code *Name}).
 */
public record Nomination(long candidateId, long programId, String unitCode, String unitName, String countyCode,
                         String targetOutcome, String targetOutcomeName, List<String> attributes,
                         CandidateStatus status, Exclusion exclusion, BigDecimal score, Integer flagCount,
                         String outcomeCode, String outcomeName, boolean bottomLineFailed, int failedChecks,
                         boolean spotChecked, boolean spotCheckOverturned, String publicityOutcome,
                         LeadingDecision decision, String finalOutcome, String finalOutcomeName, BigDecimal citySubsidy,
                         BigDecimal countySubsidyMin, BigDecimal countySubsidyMax, String awardText, boolean weak,
                         String rectificationStatus, Instant nominatedAt, String nominatedBy, long version) {
}
