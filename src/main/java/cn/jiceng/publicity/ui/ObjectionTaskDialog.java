package cn.jiceng.publicity.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.privacy.ui.PurposeDialog;
import cn.jiceng.publicity.domain.PublicityOutcome;
import cn.jiceng.publicity.service.ObjectionCase;
import cn.jiceng.publicity.service.PublicityInputException;
import cn.jiceng.publicity.service.PublicityService;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The owning unit answers an objection (or concludes the investigation of a suspended one). The
 * objector's phone stays masked until the reviewer opens it, which is audited.
 */
public class ObjectionTaskDialog extends Dialog {

    public ObjectionTaskDialog(PublicityService publicity, AppUser user, String taskId, boolean investigation,
                               Runnable onDone) {
        ObjectionCase c = publicity.objectionForTask(user, taskId);
        setHeaderTitle(getTranslation(investigation ? "objection.dialog.investigation" : "objection.dialog.title"));
        setWidth("40rem");
        add(new Paragraph(getTranslation("objection.dialog.notice", c.noticeTitle())),
                new Paragraph(getTranslation("objection.dialog.entry", c.entryName(), c.entryDetail() == null ? "" : c.entryDetail())));
        Span phone = new Span(c.maskedPhone());
        phone.setId("objection-phone-masked");
        Button reveal = new Button(getTranslation("objection.dialog.revealPhone"));
        reveal.addClickListener(e -> new PurposeDialog(getTranslation("public.objection.phone"), purpose -> {
            phone.setText(publicity.revealPhone(user, taskId, purpose));
            reveal.setEnabled(false);
        }).open());
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        reveal.setId("objection-reveal-phone");
        Paragraph objector = new Paragraph(getTranslation("objection.dialog.objector", c.objectorName()) + " ");
        objector.add(phone, new Span(" "), reveal);
        Paragraph reason = new Paragraph(getTranslation("objection.dialog.reason", c.reason()));
        reason.getStyle().set("white-space", "pre-wrap");
        reason.setId("objection-dialog-reason");
        add(objector, reason);
        if (investigation && c.reply() != null) {
            add(new Paragraph(getTranslation("objection.dialog.firstReply", c.reply())));
        }
        RadioButtonGroup<PublicityOutcome> outcome = new RadioButtonGroup<>(getTranslation("objection.dialog.outcome"));
        outcome.setId("objection-outcome");
        outcome.setItems(investigation ? List.of(PublicityOutcome.NO_IMPACT, PublicityOutcome.CANCELLED)
                : List.of(PublicityOutcome.NO_IMPACT, PublicityOutcome.CANCELLED, PublicityOutcome.SUSPENDED));
        outcome.setItemLabelGenerator(o -> getTranslation("publicity.outcome." + o.name()));
        TextArea reply = new TextArea(getTranslation("objection.dialog.reply"));
        reply.setId("objection-reply");
        reply.setWidthFull();
        reply.setMaxLength(PublicityService.MAX_REPLY);
        add(outcome, reply);
        Button submit = new Button(getTranslation("objection.dialog.submit"), e -> {
            try {
                if (investigation) {
                    publicity.concludeInvestigation(user, taskId, outcome.getValue(), reply.getValue());
                } else {
                    publicity.answerObjection(user, taskId, outcome.getValue(), reply.getValue());
                }
                close();
                Feedback.success("objection.dialog.done");
                onDone.run();
            } catch (PublicityInputException ex) {
                Feedback.rejected(ex);
            }
        });
        submit.setId("objection-submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), submit);
    }
}
