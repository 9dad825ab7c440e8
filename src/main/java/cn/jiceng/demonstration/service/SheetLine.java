package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.CheckType;
import cn.jiceng.demonstration.domain.IndicatorClass;
import java.math.BigDecimal;

/** One item of a score sheet with what the sheet holds for it. */
public record SheetLine(String indicatorCode, String categoryCode, String categoryName, String name, CheckType check,
                        IndicatorClass indicatorClass, BigDecimal maxPoints, boolean survey, boolean editable,
                        BigDecimal points, Boolean passed, String comment) {
}
