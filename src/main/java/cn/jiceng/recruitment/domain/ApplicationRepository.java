package cn.jiceng.recruitment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    /** The application with its applicant, post and campaign in one query (a reviewer opening the case). */
    @EntityGraph(attributePaths = {"applicant", "post", "campaign"})
    Optional<Application> findWithDetailsById(Long id);

    Optional<Application> findByCampaignIdAndApplicantId(Long campaignId, Long applicantId);

    List<Application> findByApplicantIdOrderBySubmittedAtDesc(Long applicantId);

    List<Application> findByCampaignIdAndStatus(Long campaignId, ApplicationStatus status);

    List<Application> findByPostIdAndStatus(Long postId, ApplicationStatus status);

    List<Application> findByPostIdAndStatusIn(Long postId, Collection<ApplicationStatus> statuses);

    long countByPostIdAndStatus(Long postId, ApplicationStatus status);

    List<Application> findByCampaignIdAndStageOrderByPostIdAscRankAsc(Long campaignId, SelectionStatus stage);

    long countByCampaignIdAndStage(Long campaignId, SelectionStatus stage);

    long countByCampaignIdAndStatusIn(Long campaignId, Collection<ApplicationStatus> statuses);

    List<Application> findByPostIdAndStatusAndRankNotNullOrderByRankAscIdAsc(Long postId, ApplicationStatus status);

    @Query("select a.post.id, a.status, count(a) from Application a where a.campaign.id = :campaignId group by a.post.id, a.status")
    List<Object[]> countsByPostAndStatus(@Param("campaignId") Long campaignId);
}
