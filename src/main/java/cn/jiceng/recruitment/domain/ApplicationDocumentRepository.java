package cn.jiceng.recruitment.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationDocumentRepository extends JpaRepository<ApplicationDocument, Long> {

    /** The current documents of an application without their content: id, kind, file name, type, size, uploaded at. */
    @Query("select d.id, d.kind, d.fileName, d.contentType, d.sizeBytes, d.uploadedAt from ApplicationDocument d"
            + " where d.application.id = :applicationId and d.removedAt is null order by d.kind, d.uploadedAt")
    List<Object[]> listCurrent(@Param("applicationId") Long applicationId);

    /** Marks the current documents of one kind as removed (a new upload replaces them); returns how many. */
    @Modifying(flushAutomatically = true)
    @Query("update ApplicationDocument d set d.removedAt = :at where d.application.id = :applicationId and d.kind = :kind"
            + " and d.removedAt is null")
    int removeCurrent(@Param("applicationId") Long applicationId, @Param("kind") DocumentKind kind, @Param("at") Instant at);

    @Query("select count(d) from ApplicationDocument d where d.application.id = :applicationId and d.kind = :kind"
            + " and d.removedAt is null")
    long countCurrent(@Param("applicationId") Long applicationId, @Param("kind") DocumentKind kind);

    @Query("select count(d) from ApplicationDocument d where d.application.id = :applicationId and d.removedAt is null")
    long countCurrent(@Param("applicationId") Long applicationId);

    /** Retention rule: deletes every document (current or replaced) of an applicant's applications. */
    @Modifying(flushAutomatically = true)
    @Query("delete from ApplicationDocument d where d.application.id in "
            + "(select a.id from Application a where a.applicant.id = :applicantId)")
    int deleteAllOfApplicant(@Param("applicantId") Long applicantId);
}
