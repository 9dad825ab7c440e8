package cn.jiceng.recruitment.domain;

public enum CampaignStatus {
    DRAFT, FILED, RETURNED, PUBLISHED, REGISTRATION, QUALIFICATION, EXAMS, HIRING, CLOSED
}
