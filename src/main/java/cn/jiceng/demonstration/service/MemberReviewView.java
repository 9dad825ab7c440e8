package cn.jiceng.demonstration.service;

import cn.jiceng.demonstration.domain.Verdict;
import java.time.Instant;

/** A member unit's verdict on a unit, with its opinion. */
public record MemberReviewView(long candidateId, String unitName, String department, Verdict verdict, String opinion,
                               String decidedBy, Instant decidedAt) {
}
