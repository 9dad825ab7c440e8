package cn.jiceng.recruitment.service;

import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostType;
import java.time.Instant;
import java.util.List;

/**
 * A campaign's public announcement (招聘公告): what anyone may read once the province approved the
 * plan and it was published — never a draft or a plan under review. No personal data.
 */
public record PublicAnnouncement(String code, String name, String cityName, int year, int batch, CampaignStatus status,
                                 Instant registrationStart, Instant registrationEnd, Registration registration,
                                 List<PublicPost> posts) {

    /** Where registration stands now. */
    public enum Registration { UPCOMING, OPEN, CLOSED }

    /** A line of the post table as published (户籍 as the region's name where known). */
    public record PublicPost(String unitName, String postName, String postCode, PostType postType, int openings,
                             Post.Status status, Education minEducation, String majors, Integer maxAge,
                             String household, boolean freshGraduatesOnly, String notes) {
    }

    public int totalOpenings() {
        return posts.stream().filter(p -> p.status() != Post.Status.CANCELLED).mapToInt(PublicPost::openings).sum();
    }
}
