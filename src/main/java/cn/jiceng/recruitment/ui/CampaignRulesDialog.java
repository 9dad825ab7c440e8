package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.Times;
import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignStatus;
import cn.jiceng.recruitment.service.CampaignRules;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.domain.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;

/** A campaign's rules (招聘规则) and registration dates, editable by HR until the plan is filed (again if returned). */
public class CampaignRulesDialog extends Dialog {

    public CampaignRulesDialog(RecruitmentService recruitment, AppUser user, Campaign campaign, Runnable onSaved) {
        setHeaderTitle(getTranslation("rules.title", campaign.getName()));
        setWidth("48rem");
        CampaignRules r = CampaignRules.of(campaign);
        Select<Campaign.ReviewLevel> level = new Select<>();
        level.setLabel(getTranslation("rules.reviewLevel"));
        level.setItems(Campaign.ReviewLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("rules.reviewLevel." + l.name()));
        level.setValue(r.reviewLevel());
        IntegerField correction = integer("rules.correctionDays", r.correctionDays());
        BigDecimalField ratio = new BigDecimalField(getTranslation("rules.openingRatio"));
        ratio.setValue(r.openingRatio());
        IntegerField switching = integer("rules.switchDays", r.switchDays());
        IntegerField multiple = integer("rules.interviewMultiple", r.interviewMultiple());
        BigDecimalField written = new BigDecimalField(getTranslation("rules.writtenWeight"));
        written.setValue(r.writtenWeight());
        BigDecimalField interview = new BigDecimalField(getTranslation("rules.interviewWeight"));
        interview.setValue(r.interviewWeight());
        Select<Campaign.TieBreak> tieBreak = new Select<>();
        tieBreak.setLabel(getTranslation("rules.tieBreak"));
        tieBreak.setItems(Campaign.TieBreak.values());
        tieBreak.setItemLabelGenerator(t -> getTranslation("rules.tieBreak." + t.name()));
        tieBreak.setValue(r.tieBreak());
        IntegerField reexam = integer("rules.reexamDays", r.reexamDays());
        Checkbox afterPhysical = new Checkbox(getTranslation("rules.promoteAfterPhysical"), r.promoteAfterPhysical());
        Checkbox afterInspection = new Checkbox(getTranslation("rules.promoteAfterInspection"), r.promoteAfterInspection());
        Checkbox afterPublicity = new Checkbox(getTranslation("rules.promoteAfterPublicity"), r.promoteAfterPublicity());
        DateTimePicker start = new DateTimePicker(getTranslation("campaigns.registrationStart"));
        start.setId("rules-registration-start");
        WidgetI18n.dateTimePicker(start);
        start.setValue(Times.local(campaign.getRegistrationStart()));
        DateTimePicker end = new DateTimePicker(getTranslation("campaigns.registrationEnd"));
        end.setId("rules-registration-end");
        WidgetI18n.dateTimePicker(end);
        end.setValue(Times.local(campaign.getRegistrationEnd()));
        FormLayout form = new FormLayout(start, end, level, correction, ratio, switching, multiple, written, interview,
                tieBreak, reexam, afterPhysical, afterInspection, afterPublicity);
        boolean editable = campaign.getStatus() == CampaignStatus.DRAFT || campaign.getStatus() == CampaignStatus.RETURNED;
        add(new Paragraph(getTranslation(editable ? "rules.help" : "rules.fixed")), form);
        Button save = new Button(getTranslation("rules.save"), e -> {
            try {
                recruitment.updateRules(user, campaign.getId(), new CampaignRules(level.getValue(), value(correction),
                        ratio.getValue(), value(switching), value(multiple), written.getValue(), interview.getValue(),
                        tieBreak.getValue(), value(reexam), afterPhysical.getValue(), afterInspection.getValue(),
                        afterPublicity.getValue()), instant(start), instant(end));
                close();
                Feedback.success("rules.saved");
                onSaved.run();
            } catch (InputRejectedException ex) {
                Feedback.rejected(ex);
            }
        });
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(editable);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private IntegerField integer(String key, int value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setValue(value);
        return field;
    }

    private static Instant instant(DateTimePicker picker) {
        return Times.instant(picker.getValue());
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
