package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.privacy.ui.PurposeDialog;
import cn.jiceng.recruitment.process.RecruitmentProcess;
import cn.jiceng.recruitment.service.ApplicationCase;
import cn.jiceng.recruitment.service.ApplicationDocumentService;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import cn.jiceng.common.ui.Times;
import cn.jiceng.review.service.TaskAttachmentService;
import cn.jiceng.review.service.TrailEntry;
import cn.jiceng.review.ui.AttachmentField;
import cn.jiceng.review.ui.Steps;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Qualification review of one application (资格初审 / 复审): approve, return for correction, reject. */
public class QualificationReviewDialog extends Dialog {

    private Paragraph requirements(ApplicationCase.Requirements r) {
        StringBuilder text = new StringBuilder();
        if (r.minEducation() != null) {
            text.append(getTranslation("qualification.req.education", getTranslation("education." + r.minEducation())));
        }
        if (r.majors() != null && !r.majors().isBlank()) {
            text.append(getTranslation("qualification.req.majors", r.majors()));
        }
        if (r.maxAge() != null) {
            text.append(getTranslation("qualification.req.age", r.maxAge()));
        }
        if (r.householdCode() != null && !r.householdCode().isBlank()) {
            text.append(getTranslation("qualification.req.household", r.householdCode()));
        }
        if (r.freshGraduatesOnly()) {
            text.append(getTranslation("qualification.req.fresh"));
        }
        if (r.notes() != null && !r.notes().isBlank()) {
            text.append(getTranslation("qualification.req.notes", r.notes()));
        }
        Paragraph p = new Paragraph(getTranslation("qualification.requirements",
                text.length() == 0 ? getTranslation("qualification.req.none") : text.toString()));
        p.setId("qualification-requirements");
        return p;
    }

    /**
     * @param stepName the step as the task list names it (资格初审 / 资格复审)
     * @param earlier the case's earlier decisions, oldest first
     */
    public QualificationReviewDialog(RecruitmentService recruitment, ApplicationDocumentService documents,
                                     TaskAttachmentService attachments, AppUser reviewer, String taskId, String stepName,
                                     List<TrailEntry> earlier, Runnable onDone) {
        ApplicationCase a = recruitment.applicationForTask(reviewer, taskId);
        setHeaderTitle(getTranslation("qualification.stepTitle", stepName, a.postCode() + " " + a.postName()));
        setWidth("44rem");
        Span id = new Span(a.maskedIdNumber());
        id.setId("qualification-id-masked");
        Button reveal = new Button(getTranslation("qualification.revealId"));
        reveal.addClickListener(e -> new PurposeDialog(getTranslation("applicant.idNumber"), purpose -> {
            id.setText(recruitment.revealIdNumber(reviewer, taskId, purpose));
            reveal.setEnabled(false);
        }).open());
        reveal.setId("qualification-reveal-id");
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Paragraph who = new Paragraph(getTranslation("qualification.applicant", a.applicantName(), a.maskedPhone()) + " ");
        who.add(id, new Span(" "), reveal);
        add(who, new Paragraph(getTranslation("qualification.education", getTranslation("education." + a.education()),
                a.school(), a.major(), Times.formatDate(a.graduationDate()))));
        Paragraph findings = new Paragraph(a.prescreenFindings() == null || a.prescreenFindings().isBlank()
                ? getTranslation("qualification.prescreenOk")
                : getTranslation("qualification.prescreenFindings", a.prescreenFindings()));
        findings.setId("qualification-findings");
        findings.getStyle().set("white-space", "pre-wrap");
        add(requirements(a.requirements()));
        add(findings, new ReviewDocumentsPanel(documents, reviewer, taskId));
        if (!earlier.isEmpty()) {
            UnorderedList decisions = new UnorderedList();
            decisions.setId("qualification-earlier");
            for (TrailEntry e : earlier) {
                decisions.add(new ListItem(getTranslation("qualification.earlierEntry", Times.format(e.at()), e.stepName(),
                        e.actor(), getTranslation("workbench.trail." + e.kind()),
                        e.target() == null ? "" : Steps.label("qualification.decision." + e.target(), e.target()),
                        e.opinion() == null ? "" : e.opinion())));
            }
            add(new Paragraph(getTranslation("qualification.earlier")), decisions);
        }
        RadioButtonGroup<String> decision = new RadioButtonGroup<>(getTranslation("qualification.decision"));
        decision.setId("qualification-decision");
        decision.setItems(List.of(RecruitmentProcess.DECISION_APPROVE, RecruitmentProcess.DECISION_RETURN,
                RecruitmentProcess.DECISION_REJECT));
        decision.setItemLabelGenerator(d -> getTranslation("qualification.decision." + d));
        TextArea note = new TextArea(getTranslation("qualification.note"));
        note.setId("qualification-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        // the reviewer's supporting files go with the decision in the case's trail
        AttachmentField files = new AttachmentField(attachments);
        add(decision, note, files);
        Button submit = new Button(getTranslation("qualification.submit"), e -> {
            try {
                attachments.decide(reviewer, files.files(),
                        () -> recruitment.review(reviewer, taskId, decision.getValue(), note.getValue()));
                close();
                Feedback.success("qualification.done");
                onDone.run();
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            }
        });
        submit.setId("qualification-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }
}
