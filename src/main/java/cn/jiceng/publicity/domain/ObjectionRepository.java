package cn.jiceng.publicity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    Optional<Objection> findByReceiptNo(String receiptNo);

    List<Objection> findByNoticeIdOrderBySubmittedAt(Long noticeId);

    long countByNoticeIdAndStatus(Long noticeId, ObjectionStatus status);

    long countByClientKeyAndSubmittedAtAfter(String clientKey, Instant after);

    long countByNoticeIdAndClientKeyAndSubmittedAtAfter(Long noticeId, String clientKey, Instant after);

    List<Objection> findByNoticeIdAndStatusIn(Long noticeId, Collection<ObjectionStatus> statuses);
}
