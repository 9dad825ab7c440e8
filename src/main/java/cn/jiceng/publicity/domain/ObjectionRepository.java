package cn.jiceng.publicity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    Optional<Objection> findByReceiptNo(String receiptNo);

    List<Objection> findByNoticeIdOrderBySubmittedAt(Long noticeId);

    long countByNoticeIdAndStatus(Long noticeId, ObjectionStatus status);

    long countByClientKeyAndSubmittedAtAfter(String clientKey, Instant after);

    long countByNoticeIdAndClientKeyAndSubmittedAtAfter(Long noticeId, String clientKey, Instant after);

    List<Objection> findByNoticeIdAndStatusIn(Long noticeId, Collection<ObjectionStatus> statuses);

    /** Objections not yet anonymised of notices whose objection period ended before the cut-off. */
    @Query("select o from Objection o where o.anonymisedAt is null and o.notice.endsAt < :cutoff order by o.id")
    List<Objection> dueForAnonymisation(@Param("cutoff") Instant cutoff);
}
