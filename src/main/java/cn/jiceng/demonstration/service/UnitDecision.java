package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.LeadingDecision;

/** The leading group's decision on one proposed unit: approve, adjust to another outcome, or reject (with an opinion). */
public record UnitDecision(long candidateId, LeadingDecision decision, String adjustedOutcome, String opinion) {
}
