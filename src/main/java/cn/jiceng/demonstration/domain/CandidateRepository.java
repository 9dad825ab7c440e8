package cn.jiceng.demonstration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

    Optional<Candidate> findByProgramIdAndUnitCode(Long programId, String unitCode);

    @Query("select c from Candidate c where c.program.id = :program and c.unitPath like concat(:path, '%')"
            + " order by c.countyCode, c.unitCode")
    List<Candidate> findInScope(@Param("program") Long programId, @Param("path") String path);

    @Query("select c from Candidate c where c.program.id = :program and c.countyCode = :county"
            + " and c.status <> cn.jiceng.demonstration.domain.CandidateStatus.WITHDRAWN order by c.unitCode")
    List<Candidate> findActiveInCounty(@Param("program") Long programId, @Param("county") String countyCode);

    @Query("select c from Candidate c where c.program.id = :program and c.status in :statuses order by c.countyCode, c.unitCode")
    List<Candidate> findByStatus(@Param("program") Long programId, @Param("statuses") Collection<CandidateStatus> statuses);

    @Query("select c from Candidate c join fetch c.program p join fetch p.definition where c.id = :id")
    Optional<Candidate> findWithProgram(@Param("id") Long id);
}
