package cn.jiceng.recruitment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicantRepository extends JpaRepository<Applicant, Long> {

    Optional<Applicant> findByUsername(String username);

    /** By the keyed hash of the normalised ID number: the encrypted column cannot be compared. */
    boolean existsByIdNumberHash(String idNumberHash);

    Optional<Applicant> findByIdNumberHash(String idNumberHash);

    /**
     * Applicants due for anonymisation: registered before the cut-off, not yet anonymised, and every
     * application of theirs in a campaign closed before the cut-off (an applicant who never applied
     * counts from the registration).
     */
    @Query("""
            select p from Applicant p where p.anonymisedAt is null and p.createdAt < :cutoff
            and not exists (select a.id from Application a join a.campaign c where a.applicant = p
                            and (c.closedAt is null or c.closedAt >= :cutoff))
            order by p.id""")
    List<Applicant> dueForAnonymisation(@Param("cutoff") Instant cutoff);
}
