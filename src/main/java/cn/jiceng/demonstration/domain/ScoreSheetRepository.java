package cn.jiceng.demonstration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByCandidateIdAndKindAndScorer(Long candidateId, SheetKind kind, String scorer);

    List<ScoreSheet> findByCandidateIdAndKind(Long candidateId, SheetKind kind);

    List<ScoreSheet> findByCandidateIdOrderById(Long candidateId);
}
