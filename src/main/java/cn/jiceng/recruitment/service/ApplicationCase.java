package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.Application;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.SelectionStatus;
import java.math.BigDecimal;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;

/** An application as a reviewer or the applicant sees it; ID number and phone masked. */
public record ApplicationCase(Long applicationId, String campaignName, String postCode, String postName, String unitName,
                              String applicantName, String maskedIdNumber, String maskedPhone, String education,
                              String school, String major, LocalDate graduationDate, ApplicationStatus status,
                              String prescreenFindings, String reviewNote, Instant correctionDeadline,
                              Results results, Requirements requirements) {

    /** What the post asks of an applicant, shown beside the applicant's data for the reviewer. */
    public record Requirements(String minEducation, String majors, Integer maxAge, String householdCode,
                               boolean freshGraduatesOnly, String notes) {
    }

    /** Exam results and selection stage, each shown only once the campaign has published it. */
    public record Results(String admissionNo, BigDecimal writtenScore, BigDecimal interviewScore, BigDecimal totalScore,
                          Integer rank, SelectionStatus stage) {

        static Results of(Application a) {
            Campaign c = a.getCampaign();
            boolean written = c.isWrittenPublished();
            boolean ranking = c.isRankingPublished();
            return new Results(a.getAdmissionNo(), written ? a.getWrittenScore() : null,
                    ranking ? a.getInterviewScore() : null, ranking ? a.getTotalScore() : null,
                    ranking ? a.getRank() : null, a.getStage());
        }
    }
}
