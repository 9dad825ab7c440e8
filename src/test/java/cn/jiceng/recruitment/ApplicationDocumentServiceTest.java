package cn.jiceng.recruitment;

import static cn.jiceng.recruitment.RecruitmentFixtures.NOW;
import static cn.jiceng.recruitment.RecruitmentFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.recruitment.domain.ApplicationStatus;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.DocumentKind;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.ApplicationDocumentService.DocumentInfo;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.PostTableImportService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Applicants' documents: PDF/JPEG by content, size limit, who may change and who may read them. */
@JicengSpringBootTest
class ApplicationDocumentServiceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            (byte) 0xFF, (byte) 0xD9};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    ApplicationDocumentService documents;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PostTableImportService postImport;
    @Autowired
    ReviewTaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    PersonalDataAudit audit;

    RecruitmentFixtures fixtures;

    static int counter;

    @BeforeEach
    void fixtures() {
        fixtures = new RecruitmentFixtures(recruitment, postImport, tasks, users);
    }

    @BeforeEach
    void fixClock() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A campaign with one post in 宽城区 (reviewed by kc.reviewer) and an application of a new applicant to it. */
    private long application(String username) throws IOException {
        counter++;
        Campaign c = fixtures.createCampaign("CC-DOC" + counter, "长春市材料测试批次" + counter, 40 + counter,
                NOW.minusDays(1).toInstant(), NOW.plusDays(10).toInstant());
        Post post = fixtures.importPosts(c, List.of(
                List.of("长山花园社区", "220103001001", "社区治理专干", "D01", "社区治理专干", "3", "大专及以上", "不限", "35", "", "否", ""))).get(0);
        String first17 = "2201032001010" + String.format("%03d", 700 + counter) + "1";
        first17 = first17.substring(0, 17);
        recruitment.registerApplicant(new NewApplicant(username, "Applicant#2026", "王材料", idNumber(first17),
                "13900002222", "本科", "吉林大学", "社会工作", LocalDate.of(2025, 6, 30), "220103"));
        return recruitment.apply(username, post.getId()).getId();
    }

    @Test
    void pdfAndJpgAreRecognisedByContentStoredAndReadBack() throws IOException {
        long id = application("doc.good.01");
        DocumentInfo pdf = documents.upload("doc.good.01", id, DocumentKind.DIPLOMA, "C:\\scans\\毕业证书.pdf", PDF);
        DocumentInfo jpg = documents.upload("doc.good.01", id, DocumentKind.ID_CARD, "身份证.JPEG", JPG);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("毕业证书.pdf");
        assertThat(jpg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpg.sizeBytes()).isEqualTo(JPG.length);
        assertThat(documents.myDocuments("doc.good.01", id)).extracting(DocumentInfo::kind)
                .containsExactlyInAnyOrder(DocumentKind.ID_CARD, DocumentKind.DIPLOMA);
        assertThat(documents.myDocument("doc.good.01", pdf.id()).content()).isEqualTo(PDF);

        // a JPEG named .pdf is a JPEG: stored and served as .jpg
        DocumentInfo renamedJpg = documents.upload("doc.good.01", id, DocumentKind.OTHER, "photo.pdf", JPG);
        assertThat(renamedJpg.contentType()).isEqualTo("image/jpeg");
        assertThat(renamedJpg.fileName()).isEqualTo("photo.jpg");

        // the ID card is held once: a new upload replaces it; replacing and removing work while editable
        DocumentInfo newId = documents.upload("doc.good.01", id, DocumentKind.ID_CARD, "id-new.pdf", PDF);
        assertThat(documents.myDocuments("doc.good.01", id)).extracting(DocumentInfo::id)
                .containsExactlyInAnyOrder(newId.id(), pdf.id(), renamedJpg.id());
        DocumentInfo replaced = documents.replace("doc.good.01", pdf.id(), "diploma2.jpg", JPG);
        assertThat(replaced.kind()).isEqualTo(DocumentKind.DIPLOMA);
        documents.remove("doc.good.01", renamedJpg.id());
        assertThat(documents.myDocuments("doc.good.01", id)).extracting(DocumentInfo::id)
                .containsExactlyInAnyOrder(newId.id(), replaced.id());
        assertThatThrownBy(() -> documents.myDocument("doc.good.01", pdf.id())).hasMessage("recruitment.document.error.noDocument");
    }

    @Test
    void renamedPngTextAsJpgEmptyAndOversizeFilesAreRefusedAndNothingIsStored() throws IOException {
        long id = application("doc.bad.01");
        assertThatThrownBy(() -> documents.upload("doc.bad.01", id, DocumentKind.DIPLOMA, "diploma.pdf", PNG))
                .hasMessage("recruitment.document.error.type");
        assertThatThrownBy(() -> documents.upload("doc.bad.01", id, DocumentKind.ID_CARD, "id.jpg",
                "just some text, not a picture".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("recruitment.document.error.type");
        assertThatThrownBy(() -> documents.upload("doc.bad.01", id, DocumentKind.ID_CARD, "id.jpg", new byte[0]))
                .hasMessage("recruitment.document.error.empty");
        byte[] big = Arrays.copyOf(PDF, (int) documents.maxBytes() + 1);
        assertThatThrownBy(() -> documents.upload("doc.bad.01", id, DocumentKind.OTHER, "big.pdf", big))
                .hasMessage("recruitment.document.error.tooLarge");
        assertThat(documents.maxBytes()).isEqualTo(5L * 1024 * 1024);
        byte[] justFits = Arrays.copyOf(PDF, (int) documents.maxBytes());
        DocumentInfo fits = documents.upload("doc.bad.01", id, DocumentKind.OTHER, "fits.pdf", justFits);
        assertThat(documents.myDocuments("doc.bad.01", id)).extracting(DocumentInfo::id).containsExactly(fits.id());
        // a bad replacement leaves the current document in place
        assertThatThrownBy(() -> documents.replace("doc.bad.01", fits.id(), "x.pdf", PNG))
                .hasMessage("recruitment.document.error.type");
        assertThat(documents.myDocuments("doc.bad.01", id)).extracting(DocumentInfo::id).containsExactly(fits.id());
    }

    @Test
    void anotherApplicantCanNeitherReadNorChangeTheDocuments() throws IOException {
        long id = application("doc.owner.01");
        application("doc.other.01");
        DocumentInfo doc = documents.upload("doc.owner.01", id, DocumentKind.ID_CARD, "id.pdf", PDF);
        assertThatThrownBy(() -> documents.myDocuments("doc.other.01", id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.myDocument("doc.other.01", doc.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.upload("doc.other.01", id, DocumentKind.OTHER, "x.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.replace("doc.other.01", doc.id(), "x.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.remove("doc.other.01", doc.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.myDocuments("doc.owner.01", id)).hasSize(1);
    }

    @Test
    void reviewersOfTheRegionReadTheDocumentsOfTheirTaskAuditedOthersNot() throws IOException {
        long id = application("doc.review.01");
        long otherId = application("doc.review.02");
        DocumentInfo doc = documents.upload("doc.review.01", id, DocumentKind.DIPLOMA, "diploma.pdf", PDF);
        DocumentInfo otherDoc = documents.upload("doc.review.02", otherId, DocumentKind.DIPLOMA, "diploma.pdf", PDF);
        String task = fixtures.taskOf("kc.reviewer", id).id();

        assertThat(documents.documentsForTask(fixtures.user("kc.reviewer"), task)).extracting(DocumentInfo::id)
                .containsExactly(doc.id());
        assertThat(documents.openForReview(fixtures.user("kc.reviewer"), task, doc.id()).content()).isEqualTo(PDF);
        assertThat(audit.accessesTo("applicant:" + recruitmentApplicantId("doc.review.01")))
                .anySatisfy(a -> {
                    assertThat(a.getUsername()).isEqualTo("kc.reviewer");
                    assertThat(a.getField()).isEqualTo("document:" + doc.id());
                });
        // a document of another application through this task: refused
        assertThatThrownBy(() -> documents.openForReview(fixtures.user("kc.reviewer"), task, otherDoc.id()))
                .isInstanceOf(AccessDeniedException.class);
        // reviewers of another county, and the city before its step, do not get the task
        assertThatThrownBy(() -> documents.documentsForTask(fixtures.user("ng.reviewer"), task))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.openForReview(fixtures.user("ng.reviewer"), task, doc.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.openForReview(fixtures.user("jl.reviewer"), task, doc.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long recruitmentApplicantId(String username) {
        return recruitment.applicant(username).orElseThrow().getId();
    }

    @Test
    void documentsChangeOnlyWhileTheApplicationIsEditable() throws IOException {
        long id = application("doc.edit.01");
        DocumentInfo doc = documents.upload("doc.edit.01", id, DocumentKind.DIPLOMA, "diploma.pdf", PDF);
        recruitment.review(fixtures.user("kc.reviewer"), fixtures.taskOf("kc.reviewer", id).id(),
                RecruitmentProcess.DECISION_APPROVE, "");
        assertThat(recruitment.status(id)).isEqualTo(ApplicationStatus.PRELIMINARY_PASSED);
        assertThat(documents.editable("doc.edit.01", id)).isFalse();
        assertThatThrownBy(() -> documents.upload("doc.edit.01", id, DocumentKind.OTHER, "x.pdf", PDF))
                .hasMessage("recruitment.document.error.notEditable");
        assertThatThrownBy(() -> documents.remove("doc.edit.01", doc.id())).hasMessage("recruitment.document.error.notEditable");

        // returned for correction: editable until the deadline
        recruitment.review(fixtures.user("cc.reviewer"), fixtures.taskOf("cc.reviewer", id).id(),
                RecruitmentProcess.DECISION_RETURN, "请补充学位证书");
        assertThat(documents.editable("doc.edit.01", id)).isTrue();
        documents.upload("doc.edit.01", id, DocumentKind.DEGREE, "degree.jpg", JPG);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-27T00:00:01+08:00").toInstant()));
        assertThat(documents.editable("doc.edit.01", id)).isFalse();
        assertThatThrownBy(() -> documents.remove("doc.edit.01", doc.id())).hasMessage("recruitment.document.error.notEditable");
        assertThat(documents.myDocuments("doc.edit.01", id)).extracting(DocumentInfo::kind)
                .containsExactlyInAnyOrder(DocumentKind.DIPLOMA, DocumentKind.DEGREE);
    }
}
