package cn.jiceng.demonstration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByCandidateIdAndKindAndScorer(Long candidateId, SheetKind kind, String scorer);

    List<ScoreSheet> findByCandidateIdAndKind(Long candidateId, SheetKind kind);

    List<ScoreSheet> findByCandidateIdOrderById(Long candidateId);

    /** The sheet with its unit, program and definition version, in one statement. */
    @Query("select s from ScoreSheet s join fetch s.candidate c join fetch c.program p join fetch p.definition where s.id = :id")
    Optional<ScoreSheet> findWithCandidate(@Param("id") Long id);
}
