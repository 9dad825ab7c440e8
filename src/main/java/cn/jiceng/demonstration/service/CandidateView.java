package cn.jiceng.demonstration.service;

import java.util.List;

/** A unit of a program with everything recorded about it: member units' verdicts, its record, its evidence. */
public record CandidateView(Nomination nomination, String programName, List<MemberReviewView> memberReviews,
                            List<RecordView> records, List<EvidenceInfo> evidence) {
}
