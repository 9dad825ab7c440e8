package cn.jiceng.recruitment.service;

import java.time.LocalDate;

/** What an applicant registers with (real-name identity and a password). */
public record NewApplicant(String username, String password, String name, String idNumber, String phone,
                           String education, String school, String major, LocalDate graduationDate,
                           String householdCode) {
}
