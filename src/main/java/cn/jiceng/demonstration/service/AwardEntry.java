package cn.jiceng.demonstration.service;

import java.math.BigDecimal;

/** A line of the published award list (public: unit names, outcomes and subsidies only). */
public record AwardEntry(String countyName, String unitCode, String unitName, String outcome, String outcomeName,
                         Integer flags, BigDecimal score, BigDecimal citySubsidy, BigDecimal countySubsidyMin,
                         BigDecimal countySubsidyMax, String awardText) {
}
