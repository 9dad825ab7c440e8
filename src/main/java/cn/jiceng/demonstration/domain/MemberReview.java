package cn.jiceng.demonstration.domain;

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

/** One member unit's verdict on a unit in the joint review (成员单位联审); never changed. */
@Entity
@Table(name = "dem_member_review")
public class MemberReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(nullable = false, length = 32)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Verdict verdict;

    @Column(length = 1000)
    private String opinion;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected MemberReview() {
    }

    public MemberReview(Long candidateId, String department, Verdict verdict, String opinion, String decidedBy,
                        Instant decidedAt) {
        this.candidateId = candidateId;
        this.department = department;
        this.verdict = verdict;
        this.opinion = opinion;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getCandidateId() { return candidateId; }
    public String getDepartment() { return department; }
    public Verdict getVerdict() { return verdict; }
    public String getOpinion() { return opinion; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
