package cn.jiceng.demonstration.domain;

/** The leading group's decision per unit (approve as proposed, adjust the outcome, or reject). */
public enum LeadingDecision {
    APPROVE, ADJUST, REJECT
}
