package cn.jiceng.recruitment.service;

import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import cn.jiceng.recruitment.service.PublicAnnouncement.PublicPost;
import cn.jiceng.recruitment.service.PublicAnnouncement.Registration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of recruitment (no login): announcements of the campaigns whose plan the province
 * approved and published, with their post tables. Drafts, filed plans and returned plans are never
 * shown — the public sees the same "not found" as for a code that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PublicRecruitmentService {

    /**
     * Statuses from the publication of the announcement on: all but the plan's (draft, filed, returned),
     * so that a status added later is public unless it belongs to the plan.
     */
    public static final Set<CampaignStatus> PUBLIC_STATUSES = EnumSet.complementOf(EnumSet.of(CampaignStatus.DRAFT,
            CampaignStatus.FILED, CampaignStatus.RETURNED));

    private final CampaignRepository campaigns;
    private final PostRepository posts;
    private final OrgUnitService orgUnits;

    public PublicRecruitmentService(CampaignRepository campaigns, PostRepository posts, OrgUnitService orgUnits) {
        this.campaigns = campaigns;
        this.posts = posts;
        this.orgUnits = orgUnits;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The published campaigns, newest first, without their post tables. */
    public List<PublicAnnouncement> publishedCampaigns() {
        return campaigns.findAll().stream().filter(c -> PUBLIC_STATUSES.contains(c.getStatus()))
                .sorted(Comparator.comparing(Campaign::getYear).thenComparing(Campaign::getBatch)
                        .thenComparing(Campaign::getCreatedAt).reversed())
                .map(c -> announcement(c, List.of())).toList();
    }

    /** The announcement with its post table, if the campaign exists and is published. */
    public Optional<PublicAnnouncement> announcement(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return campaigns.findByCode(code.trim()).filter(c -> PUBLIC_STATUSES.contains(c.getStatus()))
                .map(c -> announcement(c, posts.findByCampaignIdOrderByPostCode(c.getId()).stream().map(this::post).toList()));
    }

    private PublicAnnouncement announcement(Campaign c, List<PublicPost> table) {
        Instant now = now();
        Registration registration = c.registrationOpenAt(now) ? Registration.OPEN
                : c.getRegistrationStart() != null && now.isBefore(c.getRegistrationStart()) ? Registration.UPCOMING
                : Registration.CLOSED;
        return new PublicAnnouncement(c.getCode(), c.getName(), unitName(c.getCityCode()), c.getYear(), c.getBatch(),
                c.getStatus(), c.getRegistrationStart(), c.getRegistrationEnd(), registration, table);
    }

    private PublicPost post(Post p) {
        return new PublicPost(p.getUnitName(), p.getPostName(), p.getPostCode(), p.getPostType(), p.getOpenings(),
                p.getStatus(), p.getMinEducation(), p.getMajors(), p.getMaxAge(),
                p.getHouseholdCode() == null ? null : unitName(p.getHouseholdCode()), p.isFreshGraduatesOnly(), p.getNotes());
    }

    private String unitName(String code) {
        return orgUnits.findByCode(code).map(OrgUnit::getName).orElse(code);
    }
}
