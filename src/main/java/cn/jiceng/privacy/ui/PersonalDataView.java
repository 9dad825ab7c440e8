package cn.jiceng.privacy.ui;

import cn.jiceng.audit.domain.PersonalDataAccess;
import cn.jiceng.audit.service.PersonalDataAudit;
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.common.ui.Times;
import cn.jiceng.privacy.service.PersonalDataKeys;
import cn.jiceng.privacy.service.RetentionSettings;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators: the keys the personal data is encrypted under (values per key and column), the
 * re-encryption under the current key after a rotation, the retention periods, and the latest
 * openings of unmasked personal data with viewer, unit and purpose.
 */
@Route("privacy")
@RolesAllowed("ADMIN")
public class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    public PersonalDataView(CurrentUser currentUser, PersonalDataKeys keys, PersonalDataAudit audit,
                            RetentionSettings retention) {
        AppUser me = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("privacy.view.title")));
        Paragraph keyInfo = new Paragraph(getTranslation("privacy.view.keys", keys.currentKeyId(),
                String.join(getTranslation("ux.listSeparator"), keys.keyIds())));
        keyInfo.setId("privacy-keys");
        add(keyInfo, new Paragraph(getTranslation("privacy.view.retention", retention.applicantDays(),
                retention.objectionDays())));
        Grid<PersonalDataKeys.KeyUsage> usage = new Grid<>();
        usage.setId("privacy-key-usage");
        usage.addColumn(PersonalDataKeys.KeyUsage::column).setHeader(getTranslation("privacy.view.column")).setAutoWidth(true);
        usage.addColumn(PersonalDataKeys.KeyUsage::keyId).setHeader(getTranslation("privacy.view.key")).setAutoWidth(true);
        usage.addColumn(PersonalDataKeys.KeyUsage::values).setHeader(getTranslation("privacy.view.count")).setAutoWidth(true);
        usage.setItems(keys.usage(me));
        usage.setAllRowsVisible(true);
        Button reencrypt = new Button(getTranslation("privacy.view.reencrypt"), e -> {
            int n = keys.reencryptAll(me);
            usage.setItems(keys.usage(me));
            Feedback.success("privacy.view.reencrypted", n, keys.currentKeyId());
        });
        reencrypt.setId("privacy-reencrypt");
        reencrypt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(usage, reencrypt);

        add(new H3(getTranslation("privacy.view.accesses")));
        Grid<PersonalDataAccess> accesses = new Grid<>();
        accesses.setId("privacy-accesses");
        accesses.addColumn(a -> Times.format(a.getAccessedAt())).setHeader(getTranslation("privacy.view.at")).setAutoWidth(true);
        accesses.addColumn(PersonalDataAccess::getUsername).setHeader(getTranslation("privacy.view.viewer")).setAutoWidth(true);
        accesses.addColumn(PersonalDataAccess::getUnitCode).setHeader(getTranslation("privacy.view.unit")).setAutoWidth(true);
        accesses.addColumn(PersonalDataAccess::getSubject).setHeader(getTranslation("privacy.view.subject")).setAutoWidth(true);
        accesses.addColumn(PersonalDataAccess::getField).setHeader(getTranslation("privacy.view.field")).setAutoWidth(true);
        accesses.addColumn(PersonalDataAccess::getPurpose).setHeader(getTranslation("privacy.view.purpose")).setFlexGrow(1);
        accesses.setItems(audit.latest());
        accesses.setSizeFull();
        add(accesses);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.privacy") + " | " + getTranslation("app.title");
    }
}
