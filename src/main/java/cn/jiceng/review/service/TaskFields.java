package cn.jiceng.review.service;

import java.math.BigDecimal;

/**
 * The business fields a feature gives the task list for one task: the subject (applicant,
 * community, plan), a detail (post, program), a score where the step has one. Never an ID number
 * or a phone.
 */
public record TaskFields(String subject, String detail, BigDecimal score) {

    public static final TaskFields NONE = new TaskFields("", "", null);
}
