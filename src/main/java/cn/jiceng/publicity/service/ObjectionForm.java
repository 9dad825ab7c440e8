package cn.jiceng.publicity.service;

/** What the public objection form sends. */
public record ObjectionForm(String noticeNo, Long entryId, String name, String phone, String reason) {
}
