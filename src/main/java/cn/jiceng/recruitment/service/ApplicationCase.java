package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;

/** An application as a reviewer or the applicant sees it; ID number and phone masked. */
public record ApplicationCase(Long applicationId, String campaignName, String postCode, String postName, String unitName,
                              String applicantName, String maskedIdNumber, String maskedPhone, String education,
                              String school, String major, LocalDate graduationDate, ApplicationStatus status,
                              String prescreenFindings, String reviewNote, Instant correctionDeadline) {
}
