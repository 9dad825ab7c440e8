package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.recruitment.domain.ApplicationDocumentRepository;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.DocumentKind;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.ApplicationDocumentService.DocumentInfo;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.badinput.BadInputAssertions;
import cn.jiceng.testsupport.badinput.BadInputCorpus;
import java.io.IOException;
import java.time.LocalDate;
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
 * The documents corpus through the real applicant upload: programs and scripts renamed .pdf or
 * .jpg, PDFs without their end, other types, empty and oversize files are refused with their
 * message and store nothing; real PDFs and JPEGs are stored as what their content is.
 */
@JicengSpringBootTest
class DocumentsBadInputTest {

    private static final String USER = "bad.documents.01";

    @Autowired
    ApplicationDocumentService documents;
    @Autowired
    ApplicationDocumentRepository repository;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;

    static Long applicationId;

    @BeforeEach
    void setUp() throws IOException {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        if (applicationId == null) {
            RecruitmentFixtures fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
            Campaign c = fixtures.createCampaign("BAD-DOC", "坏输入材料", 79, NOW.minusDays(1).toInstant(), NOW.plusDays(10).toInstant());
            Post post = fixtures.importPosts(c, List.of(List.of("长山花园社区", "220103001001", "社区治理专干", "BD01", "社区治理专干", "3",
                    "大专及以上", "不限", "35", "", "否", ""))).get(0);
            recruitment.registerApplicant(new NewApplicant(USER, "Applicant#2026", "王坏材", idNumber("22010320000303881"),
                    "13900003333", "本科", "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103"));
            applicationId = recruitment.apply(USER, post.getId()).getId();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        return BadInputAssertions.tests(List.of("documents"),
                c -> content -> documents.upload(USER, applicationId, DocumentKind.ID_CARD, c.file(), content), this::snapshot,
                (c, result) -> {
                    DocumentInfo info = (DocumentInfo) result;
                    boolean pdf = c.file().equals("real.pdf");
                    assertThat(info.contentType()).as(c.id()).isEqualTo(pdf ? ApplicationDocumentService.PDF : ApplicationDocumentService.JPEG);
                    assertThat(info.fileName()).as(c.id() + ": served under the extension of its content").endsWith(pdf ? ".pdf" : ".jpg");
                    assertThat(documents.myDocument(USER, info.id()).content()).as(c.id()).isEqualTo(c.bytes());
                });
    }

    /** Every stored document row (current or removed) and the application's current documents. */
    private Object snapshot() {
        return List.of(repository.count(), documents.myDocuments(USER, applicationId).stream().map(DocumentInfo::id).sorted().toList());
    }
}
