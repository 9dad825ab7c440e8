package cn.jiceng.recruitment.domain;

import cn.jiceng.privacy.crypto.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * A real-name applicant. The ID number and phone are personal data: they stay in this table,
 * encrypted (AES-GCM, {@link EncryptedString}), with a keyed hash of the ID number for uniqueness and
 * look-up; they are masked in lists and never go into process variables. The retention rule
 * anonymises an applicant (both cleared, the name replaced) once their campaigns have long closed.
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

    /** Encrypted at rest; null once anonymised. Never compared in a query: see {@link #idNumberHash}. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "id_number_enc", length = 120)
    private String idNumber;

    /** HMAC-SHA256 of the normalised ID number (PersonalDataCipher#hash): uniqueness and look-up; null once anonymised. */
    @Column(name = "id_number_hash", unique = true, length = 64)
    private String idNumberHash;

    @Convert(converter = EncryptedString.class)
    @Column(name = "phone_enc", length = 120)
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

    /** When the retention rule anonymised the applicant, or null. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** The name an anonymised applicant keeps. */
    public static final String ANONYMISED_NAME = "（已匿名化）";

    protected Applicant() {
    }

    public Applicant(String username, String name, String idNumber, String idNumberHash, String phone, Education education,
                     String school, String major, LocalDate graduationDate, String householdCode, Instant createdAt) {
        this.username = username;
        this.name = name;
        this.idNumber = idNumber;
        this.idNumberHash = idNumberHash;
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
        if (idNumber == null) {
            throw new IllegalStateException("applicant " + id + " is anonymised");
        }
        return IdNumber.birthDate(idNumber).orElseThrow();
    }

    /**
     * Retention rule: ID number, its hash and the phone cleared, the name replaced. What remains
     * (education, school, results in the applications) is no longer about an identifiable person.
     */
    public void anonymise(Instant at) {
        this.name = ANONYMISED_NAME;
        this.idNumber = null;
        this.idNumberHash = null;
        this.phone = null;
        this.anonymisedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
