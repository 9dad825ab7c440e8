package cn.jiceng.demonstration.domain;

/** What a quota's share is of (all target units of its scope, or the nominations of its scope). */
public enum QuotaBasis {
    UNITS, NOMINATED
}
