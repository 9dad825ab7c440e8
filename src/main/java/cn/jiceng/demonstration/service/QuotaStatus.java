package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.QuotaBasis;
import cn.jiceng.demonstration.domain.QuotaScope;
import java.math.BigDecimal;

/**
 * A quota of a county (or of the whole program) now: how many nominations (or awarded units) it
 * counts, of how many (the share's denominator), and whether it is met.
 */
public record QuotaStatus(String code, String name, QuotaScope scope, String unitCode, String unitName, boolean hard,
                          Integer min, Integer max, BigDecimal minShare, BigDecimal maxShare, QuotaBasis basis,
                          long count, long denominator, Attainment status) {

    /** MET: within its bounds; AT_RISK: below a minimum while it can still be reached; MISSED: below it for good; EXCEEDED: above a maximum. */
    public enum Attainment { MET, AT_RISK, MISSED, EXCEEDED }

    public BigDecimal share() {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP);
    }
}
