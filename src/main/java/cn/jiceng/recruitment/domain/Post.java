package cn.jiceng.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** A line of the post table (岗位表). */
@Entity
@Table(name = "rec_post")
public class Post {

    public enum Status { OPEN, REDUCED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "post_code", nullable = false, length = 20)
    private String postCode;

    /** The hiring unit in the organisation tree (a community, village or street). */
    @Column(name = "unit_code", nullable = false, length = 24)
    private String unitCode;

    /** 招聘单位 as written in the post table. */
    @Column(name = "unit_name", nullable = false, length = 100)
    private String unitName;

    @Column(name = "post_name", nullable = false, length = 100)
    private String postName;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 25)
    private PostType postType;

    @Column(nullable = false)
    private int openings;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_education", nullable = false, length = 20)
    private Education minEducation;

    /** Accepted majors separated by 、 or ; — empty means any major (专业不限). */
    @Column(length = 1000)
    private String majors;

    @Column(name = "max_age")
    private Integer maxAge;

    /** Required household registration (户籍) as a region code prefix, or null. */
    @Column(name = "household_code", length = 24)
    private String householdCode;

    @Column(name = "fresh_graduates_only", nullable = false)
    private boolean freshGraduatesOnly;

    @Column(length = 500)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    protected Post() {
    }

    public Post(Campaign campaign, String postCode, String unitCode, String unitName, String postName, PostType postType,
                int openings, Education minEducation, String majors, Integer maxAge, String householdCode,
                boolean freshGraduatesOnly, String notes) {
        this.campaign = campaign;
        this.postCode = postCode;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.postName = postName;
        this.postType = postType;
        this.openings = openings;
        this.minEducation = minEducation;
        this.majors = majors;
        this.maxAge = maxAge;
        this.householdCode = householdCode;
        this.freshGraduatesOnly = freshGraduatesOnly;
        this.notes = notes;
    }

    /** The same post in a supplementary campaign, with the openings still to fill. */
    public Post copyFor(Campaign supplementary, int remainingOpenings) {
        return new Post(supplementary, postCode, unitCode, unitName, postName, postType, remainingOpenings, minEducation,
                majors, maxAge, householdCode, freshGraduatesOnly, notes);
    }

    public List<String> majorList() {
        if (majors == null || majors.isBlank() || majors.contains("不限")) {
            return List.of();
        }
        return Arrays.stream(majors.split("[、;；,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getPostCode() {
        return postCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getPostName() {
        return postName;
    }

    public PostType getPostType() {
        return postType;
    }

    public int getOpenings() {
        return openings;
    }

    public void setOpenings(int openings) {
        this.openings = openings;
    }

    public Education getMinEducation() {
        return minEducation;
    }

    public String getMajors() {
        return majors;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public String getHouseholdCode() {
        return householdCode;
    }

    public boolean isFreshGraduatesOnly() {
        return freshGraduatesOnly;
    }

    public String getNotes() {
        return notes;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }
}
