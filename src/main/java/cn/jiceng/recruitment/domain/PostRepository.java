package cn.jiceng.recruitment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRepository extends JpaRepository<Post, Long> {

    List<Post> findByCampaignIdOrderByPostCode(Long campaignId);

    Optional<Post> findByCampaignIdAndPostCode(Long campaignId, String postCode);
}
