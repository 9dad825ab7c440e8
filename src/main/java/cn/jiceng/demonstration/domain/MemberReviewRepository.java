package cn.jiceng.demonstration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberReviewRepository extends JpaRepository<MemberReview, Long> {

    List<MemberReview> findByCandidateIdOrderById(Long candidateId);
}
