package cn.jiceng.demonstration.service;

import java.util.List;

/**
 * What the leading group decides on, side by side: the proposed units (scores, survey, publicity
 * outcome), the member units' objections per unit, the quotas if everything is approved as
 * proposed, and the outcomes an adjustment may choose.
 */
public record DecisionView(long programId, String programName, List<Nomination> proposed,
                           List<MemberReviewView> objections, List<QuotaStatus> quotasAsProposed,
                           List<OutcomeOption> outcomes) {
}
