package cn.jiceng.publicity.domain;

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

/**
 * One published line of a notice: a person, a community, a post. Holds only what is published
 * (never an ID number); {@code ref} is the calling process's own id for it.
 */
@Entity
@Table(name = "publicity_entry")
public class PublicityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id")
    private PublicityNotice notice;

    @Column(nullable = false)
    private int seq;

    @Column(name = "entry_ref", nullable = false, length = 64)
    private String ref;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PublicityOutcome outcome;

    protected PublicityEntry() {
    }

    PublicityEntry(PublicityNotice notice, int seq, String ref, String name, String detail) {
        this.notice = notice;
        this.seq = seq;
        this.ref = ref;
        this.name = name;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public PublicityNotice getNotice() {
        return notice;
    }

    public int getSeq() {
        return seq;
    }

    public String getRef() {
        return ref;
    }

    public String getName() {
        return name;
    }

    public String getDetail() {
        return detail;
    }

    public PublicityOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PublicityOutcome outcome) {
        this.outcome = outcome;
    }
}
