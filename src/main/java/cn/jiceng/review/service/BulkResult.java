package cn.jiceng.review.service;

/** The outcome of one task of a bulk decision: done, or refused with a message key. */
public record BulkResult(String taskId, String caseTitle, boolean done, String messageKey) {
}
