package cn.jiceng.demonstration.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The totals of a sheet as the scores stand, computed by the definition's rules: the total and per
 * category, failed bottom-line checks (which disqualify), other failed checks, flags earned, the
 * outcome it gives and whether the unit would be weak; {@code missing} are the items still empty.
 */
public record SheetTotals(BigDecimal total, Map<String, BigDecimal> categoryTotals, boolean bottomLineFailed,
                          List<String> failedBottomLines, int failedChecks, List<String> flags, String outcomeCode,
                          String outcomeName, boolean weak, List<String> missing) {
}
