package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.CandidateStatus;
import cn.jiceng.demonstration.domain.ProgramStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * A program's figures for the leaders' dashboard, within the viewer's region: units per stage and
 * county, quota attainment, outcomes awarded with their subsidies, revocations and rectifications.
 */
public record ProgramDashboard(long programId, String programName, ProgramStatus status, List<StageCount> stages,
                               List<QuotaStatus> quotas, List<OutcomeCount> outcomes, BigDecimal citySubsidyDue,
                               BigDecimal countySubsidyMinDue, long weak, long rectificationsOpen, long rectified,
                               long revoked) {

    /** How many units of a county are at a stage. */
    public record StageCount(String countyCode, String countyName, CandidateStatus status, long count) {
    }

    /** How many units were awarded an outcome, and their subsidies. */
    public record OutcomeCount(String outcome, String outcomeName, long count, BigDecimal citySubsidy,
                               BigDecimal countySubsidyMin) {
    }
}
