package cn.jiceng.demonstration.service;

import java.time.Instant;

/**
 * A nominating unit of a program (a county or district; a street when the office is a district): its
 * plan, whether its list is submitted and how the office decided it, how many it nominated.
 */
public record CountyView(String countyCode, String countyName, String planText, Instant planSubmittedAt,
                         boolean planMissed, Instant nominationsSubmittedAt, boolean accepted, String reviewOpinion,
                         Instant reviewedAt, long nominations) {
}
