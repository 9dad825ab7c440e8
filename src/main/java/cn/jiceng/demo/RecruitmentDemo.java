package cn.jiceng.demo;

import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.IdNumber;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.service.UserService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.time.ZonedDateTime;
import cn.jiceng.calendar.service.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A small open campaign for the demo: 长春市 2026 third batch, 6 posts (imported through the real
 * post-table import), 30 applicants registered and applied through the real services, plus the
 * documented "applicant" account (registered, not yet applied).
 */
@Component
@org.springframework.context.annotation.Profile("!prod")
public class RecruitmentDemo {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static final String[] GIVEN = {"晓明", "丽", "伟", "静", "磊"};
    static final String[] MAJORS = {"社会工作", "汉语言文学", "计算机科学与技术", "法学", "公共事业管理", "会计学"};
    static final String[] REGIONS = {"220103", "220102", "220104", "220183"};

    private final RecruitmentService recruitment;
    private final PostTableImportService postImport;
    private final UserService users;
    private final ReviewTaskService reviews;
    private final DemoTimers timers;

    public RecruitmentDemo(RecruitmentService recruitment, PostTableImportService postImport, UserService users,
                           ReviewTaskService reviews, DemoTimers timers) {
        this.timers = timers;
        this.reviews = reviews;
        this.recruitment = recruitment;
        this.postImport = postImport;
        this.users = users;
    }

    public void seed() {
        Instant now = Instant.now();
        Campaign campaign = recruitment.createCampaign(users.findByUsername("cc.hr").orElseThrow(), "CC-2026-3",
                "长春市2026年第三批基层治理专干招聘", "220100", 2026, 3, LocalDate.now(WorkingDayCalendar.ZONE), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(14)));
        try (InputStream in = new ClassPathResource("demo/posts-cc-2026-3.csv").getInputStream()) {
            postImport.importPosts(campaign.getId(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the plan is filed by the city and approved by the province, so registration opens on its date
        var hr = users.findByUsername("cc.hr").orElseThrow();
        recruitment.filePlan(hr, taskId(hr, RecruitmentProcess.FORM_FILE_PLAN, campaign.getName()));
        approveByAllDepartments(campaign.getName());
        List<Post> posts = recruitment.posts(campaign.getId());
        recruitment.registerApplicant(new NewApplicant("applicant", DemoData.PASSWORD, "赵磊", idNumber("220103", 1999, 1),
                "13900000000", "BACHELOR", "长春大学", "社会工作", LocalDate.of(2022, 6, 30), "220103"));
        for (int i = 0; i < 30; i++) {
            String username = "demo.applicant." + (i + 1);
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length + i) % GIVEN.length];
            recruitment.registerApplicant(new NewApplicant(username, DemoData.PASSWORD, name,
                    idNumber(REGIONS[i % REGIONS.length], 1992 + i % 11, i + 2), String.format("1390000%04d", i + 1),
                    i % 5 == 0 ? "JUNIOR_COLLEGE" : i % 7 == 0 ? "MASTER" : "BACHELOR", "吉林大学", MAJORS[i % MAJORS.length],
                    LocalDate.of(2016 + i % 10, 6, 30), REGIONS[i % REGIONS.length]));
            recruitment.apply(username, posts.get(i % posts.size()).getId());
        }
    }

    /** How many applicants each post of CC-2026-2 gets: two posts end below the 3:1 opening ratio. */
    static final int[] SECOND_BATCH_APPLICANTS = {12, 6, 5, 5, 2};

    /**
     * 长春市 2026 second batch, seeded on the engine clock twelve days back: plan approved,
     * registration opened and closed by its timers, 30 applicants qualified by the county and city
     * reviewers. It waits at HR's opening-ratio decision, so the demo users can run it to the end.
     * Runs before the job executor starts (application runners come before "ready").
     */
    public void seedClosedRegistration() {
        ZonedDateTime t0 = ZonedDateTime.now(WorkingDayCalendar.ZONE).minusDays(12).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var hr = users.findByUsername("cc.hr").orElseThrow();
        var city = users.findByUsername("cc.reviewer").orElseThrow();
        try {
            ClockUtil.setCurrentTime(Date.from(t0.toInstant()));
            Campaign campaign = recruitment.createCampaign(hr, "CC-2026-2", "长春市2026年第二批基层治理专干招聘", "220100", 2026, 2,
                    t0.toLocalDate(), t0.plusHours(1).toInstant(), t0.plusDays(10).toInstant());
            try (InputStream in = new ClassPathResource("demo/posts-cc-2026-2.csv").getInputStream()) {
                postImport.importPosts(campaign.getId(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            recruitment.filePlan(hr, taskId(hr, RecruitmentProcess.FORM_FILE_PLAN, campaign.getName()));
            approveByAllDepartments(campaign.getName());
            ClockUtil.setCurrentTime(Date.from(t0.plusHours(2).toInstant()));
            timers.fireDue(campaign.getProcessInstanceId());
            List<Post> posts = recruitment.posts(campaign.getId());
            int n = 0;
            for (int p = 0; p < posts.size(); p++) {
                for (int k = 0; k < SECOND_BATCH_APPLICANTS[p]; k++, n++) {
                    String username = "demo.candidate." + (n + 1);
                    String name = SURNAMES[(n + 3) % SURNAMES.length] + GIVEN2[n % GIVEN2.length];
                    recruitment.registerApplicant(new NewApplicant(username, DemoData.PASSWORD, name,
                            idNumber(REGIONS[n % REGIONS.length], 1993 + n % 9, 100 + n), String.format("1370000%04d", n + 1),
                            n % 6 == 0 ? "MASTER" : "BACHELOR", "东北师范大学", MAJORS[n % 2 == 0 ? 0 : 3],
                            LocalDate.of(2018 + n % 8, 6, 30), REGIONS[n % REGIONS.length]));
                    long id = recruitment.apply(username, posts.get(p).getId()).getId();
                    var county = users.findByUsername(posts.get(p).getUnitCode().startsWith("220103") ? "kc.reviewer" : "ng.reviewer")
                            .orElseThrow();
                    recruitment.review(county, reviewTask(county, id), RecruitmentProcess.DECISION_APPROVE, "");
                    recruitment.review(city, reviewTask(city, id), RecruitmentProcess.DECISION_APPROVE, "");
                }
            }
            ClockUtil.setCurrentTime(Date.from(t0.plusDays(11).toInstant()));
            timers.fireDue(campaign.getProcessInstanceId());
        } finally {
            ClockUtil.reset();
        }
    }

    static final String[] GIVEN2 = {"建国", "秀英", "志强", "海燕", "俊杰", "雪梅"};

    private String reviewTask(cn.jiceng.security.domain.AppUser user, long applicationId) {
        return reviews.openTasks(user).stream().filter(t -> t.title().endsWith("#" + applicationId)).findFirst().orElseThrow().id();
    }

    /** The joint review's parallel department tasks, each approved by its department's account. */
    private void approveByAllDepartments(String title) {
        for (String username : DemoData.JOINT_REVIEWERS) {
            var department = users.findByUsername(username).orElseThrow();
            recruitment.jointReview(department, taskId(department, RecruitmentProcess.FORM_JOINT_REVIEW, title),
                    RecruitmentProcess.DECISION_APPROVE, "同意备案。");
        }
    }

    private String taskId(cn.jiceng.security.domain.AppUser user, String formKey, String title) {
        return reviews.openTasks(user).stream().filter(t -> formKey.equals(t.formKey()) && title.equals(t.title()))
                .findFirst().orElseThrow().id();
    }

    /** A valid 18-digit number: region, birth date, sequence, check character. */
    static String idNumber(String region, int birthYear, int seq) {
        String first17 = region + String.format("%04d%02d%02d", birthYear, 1 + seq % 12, 1 + seq % 28) + String.format("%03d", seq);
        return first17 + IdNumber.checkChar(first17);
    }
}
