package cn.jiceng.demonstration.domain;

/** The class of an indicator (Yantai's 基础/品牌/底线 指标); a failed bottom-line check disqualifies the unit. */
public enum IndicatorClass {
    BASIC, BRAND, BOTTOM_LINE
}
