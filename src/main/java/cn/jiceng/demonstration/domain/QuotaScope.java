package cn.jiceng.demonstration.domain;

/** Whether a quota holds for each county of the program or for the program as a whole. */
public enum QuotaScope {
    PER_COUNTY, PROGRAM
}
