package cn.jiceng.demonstration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    /** id, kind, indicator code, file name, type, size, uploaded by, at: no content. */
    @Query("select e.id, e.kind, e.indicatorCode, e.fileName, e.contentType, e.sizeBytes, e.uploadedBy, e.uploadedAt"
            + " from Evidence e where e.candidateId = :candidate and e.removedAt is null order by e.id")
    List<Object[]> listCurrent(@Param("candidate") Long candidateId);

    @Query("select count(e) from Evidence e where e.candidateId = :candidate and e.removedAt is null")
    long countCurrent(@Param("candidate") Long candidateId);
}
