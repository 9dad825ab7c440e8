package cn.jiceng.demonstration.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The announced list of a program: awarded units, weak units named for rectification, subsidy totals. */
public record AwardList(long programId, String programCode, String programName, String officeUnitName, Instant announcedAt,
                        List<AwardEntry> awarded, List<AwardEntry> weak, BigDecimal citySubsidyTotal,
                        BigDecimal countySubsidyMinTotal) {
}
