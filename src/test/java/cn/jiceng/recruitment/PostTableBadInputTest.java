package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.badinput.BadInputAssertions;
import cn.jiceng.testsupport.badinput.BadInputCorpus;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The post-table and any-import corpus through the real post-table import: a refused file adds no
 * post to any campaign; a messy but right file (GBK, BOM, full-width digits, 序号 column, number
 * cells) gives, in a campaign of its own, exactly the clean file's posts.
 */
@JicengSpringBootTest
class PostTableBadInputTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    PostRepository posts;

    RecruitmentFixtures fixtures;
    static int campaigns;

    @BeforeEach
    void setUp() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Campaign campaign() {
        campaigns++;
        return fixtures.createCampaign("BAD-PT" + campaigns, "坏输入岗位表" + campaigns, 60 + campaigns, NOW.minusDays(1).toInstant(),
                NOW.plusDays(5).toInstant());
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        Campaign refused = campaign();
        List<String> expected = BadInputCorpus.POST_ROWS.stream()
                .map(r -> r.get(3) + "|" + r.get(1) + "|" + r.get(0) + "|" + r.get(2) + "|" + r.get(4)).toList();
        return BadInputAssertions.tests(List.of("post-table", BadInputCorpus.ANY), c -> {
            long id = c.accepted() ? campaign().getId() : refused.getId();
            return content -> {
                postImport.importPosts(id, content);
                return recruitment.posts(id);
            };
        }, this::snapshot, (c, result) -> {
            @SuppressWarnings("unchecked")
            List<Post> imported = (List<Post>) result;
            assertThat(imported).as(c.id()).hasSize(c.rows());
            assertThat(imported.stream().map(p -> p.getPostCode() + "|" + p.getUnitCode() + "|" + p.getUnitName() + "|" + p.getPostName()
                    + "|" + p.getOpenings()).toList()).as(c.id()).isEqualTo(expected);
            assertThat(imported.get(0).getMaxAge()).as(c.id()).isEqualTo(35);
            assertThat(imported.get(1).getMaxAge()).as(c.id()).isEqualTo(30);
        });
    }

    /** Every post of every campaign. */
    private Object snapshot() {
        return posts.findAll().stream().map(p -> p.getId() + "|" + p.getPostCode() + "|" + p.getPostName() + "|" + p.getOpenings())
                .sorted().toList();
    }
}
