package cn.jiceng.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.review.service.QueueSort;
import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.TaskAttachmentService.Upload;
import cn.jiceng.review.service.TaskFormService;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.service.WorkbenchService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Attachments of a decision: checked before anything is decided, stored with its trail event, read by who may read the case. */
@JicengSpringBootTest
class TaskAttachmentServiceTest {

    static final byte[] PDF = "%PDF-1.4\n%意见\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    TaskAttachmentService attachments;
    @Autowired
    TaskFormService forms;
    @Autowired
    ReviewTaskService reviews;
    @Autowired
    WorkbenchService workbench;
    @Autowired
    QueueService queues;
    @Autowired
    UserService users;
    @Autowired
    PersonalDataAudit audit;
    @Autowired
    JdbcTemplate jdbc;

    private AppUser user(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    private String sampleTask(String title) {
        reviews.startSampleReview("220103", title, "AT-" + title, OffsetDateTime.now().plusDays(3));
        return queues.page(user("kc.reviewer"), Queue.TODO, QueueFilter.NONE.withText(title), QueueSort.DEFAULT, null, 10)
                .rows().stream().filter(t -> t.caseTitle().equals(title)).findFirst().orElseThrow().taskId();
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from wb_task_attachment", Long.class);
    }

    @Test
    void badFilesAreRefusedBeforeAnythingIsDecided() {
        AppUser kc = user("kc.reviewer");
        String id = sampleTask("附件检查");
        Runnable approve = () -> forms.submit(kc, id, Map.of("approved", "true", "opinion", "同意"));
        long before = stored();
        assertThatThrownBy(() -> attachments.decide(kc, List.of(new Upload("意见.pdf", "不是PDF".getBytes(StandardCharsets.UTF_8))), approve))
                .isInstanceOf(InputRejectedException.class).hasFieldOrPropertyWithValue("messageKey", "workbench.attachment.error.type");
        assertThatThrownBy(() -> attachments.decide(kc, List.of(new Upload("空.pdf", new byte[0])), approve))
                .hasFieldOrPropertyWithValue("messageKey", "workbench.attachment.error.empty");
        byte[] big = Arrays.copyOf(PDF, (int) attachments.maxBytes() + 1);
        assertThatThrownBy(() -> attachments.decide(kc, List.of(new Upload("大.pdf", big)), approve))
                .hasFieldOrPropertyWithValue("messageKey", "workbench.attachment.error.tooLarge");
        assertThatThrownBy(() -> attachments.decide(kc, Collections.nCopies(TaskAttachmentService.MAX_FILES + 1,
                new Upload("a.pdf", PDF)), approve))
                .hasFieldOrPropertyWithValue("messageKey", "workbench.attachment.error.tooMany");
        // a decision the step refuses stores none of its files
        assertThatThrownBy(() -> attachments.decide(kc, List.of(new Upload("意见.pdf", PDF)),
                () -> forms.submit(kc, id, Map.of("approved", "false"))))
                .hasMessage("review.error.opinionRequired");
        assertThat(stored()).isEqualTo(before);
        assertThat(workbench.inQueue(kc, id).open()).as("still undecided").isTrue();
    }

    @Test
    void filesAreStoredWithTheDecisionsTrailEventAndReadOnlyByWhoMayReadTheCase() {
        AppUser kc = user("kc.reviewer");
        String id = sampleTask("附件保存");
        attachments.decide(kc, List.of(new Upload("../材料/核查意见.pdf", PDF), new Upload("现场照片.jpg", PNG)),
                () -> forms.submit(kc, id, Map.of("approved", "false", "opinion", "材料不全，见附件。")));

        TrailEntry decision = workbench.trailOf(kc, id).stream().filter(e -> TrailEntry.REJECT.equals(e.kind()))
                .findFirst().orElseThrow();
        Map<Long, List<TaskAttachmentService.Attachment>> files = attachments.ofCase(kc, id);
        assertThat(files).containsOnlyKeys(decision.id());
        // names without directories, with the extension of the type the content shows
        assertThat(files.get(decision.id())).extracting(TaskAttachmentService.Attachment::fileName)
                .containsExactly("核查意见.pdf", "现场照片.png");
        assertThat(files.get(decision.id())).extracting(TaskAttachmentService.Attachment::contentType)
                .containsExactly(TaskAttachmentService.PDF, TaskAttachmentService.PNG);

        long pdf = files.get(decision.id()).get(0).id();
        assertThat(attachments.download(kc, pdf).content()).isEqualTo(PDF);
        assertThat(audit.accessesTo("task-attachment:" + pdf)).singleElement()
                .satisfies(a -> assertThat(a.getUsername()).isEqualTo("kc.reviewer"));
        // the neighbouring county may read neither the list nor a file, even by its id
        assertThatThrownBy(() -> attachments.ofCase(user("ng.reviewer"), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.download(user("ng.reviewer"), pdf)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.download(kc, -1)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.accessesTo("task-attachment:" + pdf)).hasSize(1);
        // a leader of the city reads the case and its files
        assertThat(attachments.download(user("cc.leader"), pdf).fileName()).isEqualTo("核查意见.pdf");
    }
}
