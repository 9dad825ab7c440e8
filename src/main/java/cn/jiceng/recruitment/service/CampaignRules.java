package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.Campaign;
import java.math.BigDecimal;

/**
 * A campaign's rules, part of the plan the province reviews: who does the preliminary review, the
 * deadlines, the opening ratio, the interview shortlist, the score weights and tie-break, and after
 * which selection stages a vacancy is filled by the next in rank (递补).
 */
public record CampaignRules(Campaign.ReviewLevel reviewLevel, int correctionDays, BigDecimal openingRatio,
                            int switchDays, int interviewMultiple, BigDecimal writtenWeight, BigDecimal interviewWeight,
                            Campaign.TieBreak tieBreak, int reexamDays, boolean promoteAfterPhysical,
                            boolean promoteAfterInspection, boolean promoteAfterPublicity) {

    public static CampaignRules of(Campaign c) {
        return new CampaignRules(c.getReviewLevel(), c.getCorrectionDays(), c.getOpeningRatio(), c.getSwitchDays(),
                c.getInterviewMultiple(), c.getWrittenWeight(), c.getInterviewWeight(), c.getTieBreak(), c.getReexamDays(),
                c.promotesAfter(Campaign.SelectionStage.PHYSICAL), c.promotesAfter(Campaign.SelectionStage.INSPECTION),
                c.promotesAfter(Campaign.SelectionStage.PUBLICITY));
    }
}
