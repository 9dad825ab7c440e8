package cn.jiceng.demonstration.ui;

import java.math.BigDecimal;

/** Amounts in yuan as the award lists show them (thousands separated, a county range as min—max). */
final class AwardListPdfFormat {

    private AwardListPdfFormat() {
    }

    static String yuan(BigDecimal b) {
        return b == null ? "" : String.format("%,d", b.longValue());
    }

    static String range(BigDecimal min, BigDecimal max) {
        if (min == null) {
            return "";
        }
        return max == null ? yuan(min) + "+" : max.compareTo(min) == 0 ? yuan(min) : yuan(min) + "—" + yuan(max);
    }
}
