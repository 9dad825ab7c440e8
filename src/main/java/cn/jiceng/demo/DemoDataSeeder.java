package cn.jiceng.demo;

import cn.jiceng.organization.service.OrgTreeImportService;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.publicity.process.PublicityProcess;
import cn.jiceng.publicity.process.PublishNoticeDelegate;
import cn.jiceng.publicity.service.PublishRequest;
import cn.jiceng.security.domain.Role;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo organisation tree (through the real CSV import), the demo users and a few sample
 * the recruitment, publicity and demonstration programs, once, into an empty database (the sample review
 * process is the workbench's simplest example in the code, not demo data). Never in the {@code prod} profile.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "jiceng.demo-data", havingValue = "true", matchIfMissing = true)
@Order(10)
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final OrgTreeImportService importService;
    private final OrgUnitService orgUnits;
    private final UserService users;
    private final ReviewTaskService reviews;
    private final RuntimeService runtime;
    private final RecruitmentDemo recruitmentDemo;
    private final DemonstrationDemo demonstrationDemo;

    public DemoDataSeeder(OrgTreeImportService importService, OrgUnitService orgUnits, UserService users,
                          ReviewTaskService reviews, RuntimeService runtime, RecruitmentDemo recruitmentDemo,
                          DemonstrationDemo demonstrationDemo) {
        this.demonstrationDemo = demonstrationDemo;
        this.runtime = runtime;
        this.recruitmentDemo = recruitmentDemo;
        this.importService = importService;
        this.orgUnits = orgUnits;
        this.users = users;
        this.reviews = reviews;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (orgUnits.count() > 0 || users.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("demo/org-tree.csv").getInputStream()) {
            var result = importService.importFile(in.readAllBytes());
            log.info("Demo organisation tree imported: {} units", result.created());
        }
        for (DemoData.DemoUser u : DemoData.USERS) {
            if (u.roles().contains(Role.APPLICANT)) {
                continue; // applicants register with their real-name identity below
            }
            users.create(new UserService.NewUser(u.username(), DemoData.PASSWORD, u.displayName(), u.unitCode(), u.roles(),
                    null, u.department(), u.departmentCode()));
        }
        for (DemoData.DemoNotice notice : DemoData.NOTICES) {
            Map<String, Object> vars = new HashMap<>();
            vars.put(PublicityProcess.VAR_TITLE, notice.title());
            vars.put(PublicityProcess.VAR_BODY, notice.body());
            vars.put(PublicityProcess.VAR_UNIT_CODE, notice.unitCode());
            vars.put(PublicityProcess.VAR_CONTACT, notice.contact());
            vars.put(PublicityProcess.VAR_WORKING_DAYS, notice.workingDays());
            vars.put(PublicityProcess.VAR_ENTRIES, PublishNoticeDelegate.toJson(notice.entries().stream()
                    .map(e -> new PublishRequest.Entry(e[0], e[1], e[2])).toList()));
            runtime.startProcessInstanceByKey(PublicityProcess.PROCESS_ID, notice.businessKey(), vars);
        }
        recruitmentDemo.seed();
        recruitmentDemo.seedClosedRegistration();
        demonstrationDemo.seed();
        log.info("Demo users created ({}), password for all: {}", DemoData.USERS.size(), DemoData.PASSWORD);
    }
}
