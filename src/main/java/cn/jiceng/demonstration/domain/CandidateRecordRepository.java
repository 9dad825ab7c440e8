package cn.jiceng.demonstration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRecordRepository extends JpaRepository<CandidateRecord, Long> {

    List<CandidateRecord> findByCandidateIdOrderById(Long candidateId);
}
