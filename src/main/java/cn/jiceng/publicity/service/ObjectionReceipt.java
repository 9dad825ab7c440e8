package cn.jiceng.publicity.service;

import cn.jiceng.publicity.domain.ObjectionStatus;
import cn.jiceng.publicity.domain.PublicityOutcome;
import java.time.Instant;

/** What the objector sees with their receipt number: the answer, and their name masked. */
public record ObjectionReceipt(String receiptNo, String noticeNo, String noticeTitle, String entryName,
                               String maskedObjectorName, Instant submittedAt, ObjectionStatus status,
                               PublicityOutcome outcome, String reply, Instant answeredAt) {
}
