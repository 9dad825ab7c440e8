package cn.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.dashboard.service.DashboardFocus;
import cn.jiceng.dashboard.service.DashboardService;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.review.service.QueueSort;
import cn.jiceng.review.service.WorkItem;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.RegionScopeService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo tells its story to every demo account, as a new user who signs in with each one sees
 * it: every reviewer's workbench holds tasks of their own region with counts that match the
 * rows, and the leaders' dashboards are populated.
 */
@JicengSpringBootTest
class DemoQueuesTest {

    @Autowired
    QueueService queues;
    @Autowired
    UserService users;
    @Autowired
    RegionScopeService scope;
    @Autowired
    DashboardService dashboard;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    @Test
    void everyDemoReviewerFindsTasksOfTheirRegionWithCountsThatMatchTheRows() {
        List<String> reviewers = DemoData.USERS.stream().filter(u -> u.roles().contains(Role.REVIEWER))
                .map(DemoData.DemoUser::username).toList();
        assertThat(reviewers).hasSizeGreaterThanOrEqualTo(5);
        for (String name : reviewers) {
            AppUser reviewer = user(name);
            String region = scope.scopePath(reviewer).orElseThrow();
            Map<Queue, Long> counts = queues.counts(reviewer);
            assertThat(counts.get(Queue.TODO) + counts.get(Queue.DONE)).as("%s's 待办 and 已办", name).isPositive();
            List<WorkItem> rows = queues.page(reviewer, Queue.TODO, QueueFilter.NONE, QueueSort.DEFAULT, null, 500).rows();
            assertThat((long) rows.size()).as("%s's rows against the tab's count", name)
                    .isEqualTo(Math.min(500, counts.get(Queue.TODO)));
            for (WorkItem row : rows) {
                assertThat(row.unitCode() == null || scope.canSeeUnit(reviewer, row.unitCode()))
                        .as("%s sees %s of unit %s (region %s)", name, row.caseTitle(), row.unitCode(), region).isTrue();
                assertThat(row.caseTitle()).as("a row names its case").isNotBlank();
            }
        }
    }

    @Test
    void theProvinceJilinCityStreetAndCommunityReviewersHaveOpenWorkOfTheirOwnLevel() {
        for (String name : List.of("province.reviewer", "jl.reviewer", "ts.reviewer", "csh.reviewer")) {
            AppUser reviewer = user(name);
            List<WorkItem> rows = queues.page(reviewer, Queue.TODO, QueueFilter.NONE, QueueSort.DEFAULT, null, 500).rows();
            assertThat(rows).as("%s's 待办", name).isNotEmpty();
        }
    }

    @Test
    void theLeadersDashboardsArePopulated() {
        for (String name : List.of("province.leader", "cc.leader")) {
            DashboardFocus focus = dashboard.focus(user(name), null, null);
            assertThat(dashboard.perUnit(focus)).as("%s: figures per unit", name).isNotEmpty();
            assertThat(dashboard.openTasksPerStep(focus)).as("%s: open tasks per step", name).isNotEmpty();
            assertThat(dashboard.campaigns(user(name))).as("%s: campaigns", name).isNotEmpty();
            assertThat(dashboard.applicationStages(focus)).as("%s: applications per stage", name).isNotEmpty();
        }
    }
}
