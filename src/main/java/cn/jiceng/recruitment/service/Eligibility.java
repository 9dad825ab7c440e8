package cn.jiceng.recruitment.service;

import java.util.List;

/** The pre-screen's result: what the applicant does not meet, explained. Advisory only. */
public record Eligibility(List<Finding> findings) {

    public record Finding(String code, String message) {
    }

    public boolean meetsAll() {
        return findings.isEmpty();
    }

    public String asText() {
        return String.join("\n", findings.stream().map(Finding::message).toList());
    }
}
