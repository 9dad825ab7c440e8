package cn.jiceng.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A real-name applicant. The ID number and phone are personal data: they stay in this table, are
 * masked in lists and never go into process variables.
 */
@Entity
@Table(name = "rec_applicant")
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The applicant's login (role APPLICANT). */
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(nullable = false, length = 30)
    private String name;

    @Column(name = "id_number", nullable = false, unique = true, length = 18)
    private String idNumber;

    @Column(nullable = false, length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Education education;

    @Column(nullable = false, length = 100)
    private String school;

    @Column(nullable = false, length = 100)
    private String major;

    @Column(name = "graduation_date", nullable = false)
    private LocalDate graduationDate;

    /** Household registration (户籍) as a region code, e.g. 220103. */
    @Column(name = "household_code", length = 24)
    private String householdCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Applicant() {
    }

    public Applicant(String username, String name, String idNumber, String phone, Education education, String school,
                     String major, LocalDate graduationDate, String householdCode, Instant createdAt) {
        this.username = username;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.education = education;
        this.school = school;
        this.major = major;
        this.graduationDate = graduationDate;
        this.householdCode = householdCode;
        this.createdAt = createdAt;
    }

    public void updateProfile(String phone, Education education, String school, String major, LocalDate graduationDate) {
        this.phone = phone;
        this.education = education;
        this.school = school;
        this.major = major;
        this.graduationDate = graduationDate;
    }

    public LocalDate birthDate() {
        return IdNumber.birthDate(idNumber).orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public Education getEducation() {
        return education;
    }

    public String getSchool() {
        return school;
    }

    public String getMajor() {
        return major;
    }

    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public String getHouseholdCode() {
        return householdCode;
    }
}
