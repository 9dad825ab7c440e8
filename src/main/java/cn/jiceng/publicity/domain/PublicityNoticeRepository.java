package cn.jiceng.publicity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicityNoticeRepository extends JpaRepository<PublicityNotice, Long> {

    Optional<PublicityNotice> findByNoticeNo(String noticeNo);

    /** Notices running now or ended after the given moment, newest first. */
    @Query("select n from PublicityNotice n where n.endsAt > :since order by n.startDate desc, n.id desc")
    List<PublicityNotice> findRecent(@Param("since") Instant since);

    boolean existsByNoticeNo(String noticeNo);
}
