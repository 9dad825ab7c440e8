package cn.jiceng.publicity.service;

import cn.jiceng.publicity.domain.ObjectionStatus;
import cn.jiceng.publicity.domain.PublicityOutcome;
import java.time.Instant;

/** An objection as the owning unit's reviewer sees it in a task; the phone stays masked. */
public record ObjectionCase(Long objectionId, String receiptNo, String noticeNo, String noticeTitle, String entryName,
                            String entryDetail, String objectorName, String maskedPhone, String reason,
                            Instant submittedAt, ObjectionStatus status, PublicityOutcome outcome, String reply) {
}
