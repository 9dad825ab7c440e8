package cn.jiceng.recruitment.ui;

import cn.jiceng.common.ui.WidgetI18n;
import cn.jiceng.common.validation.InputRejectedException;
import cn.jiceng.publicity.ui.PublicPage;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.service.NewApplicant;
import cn.jiceng.recruitment.service.RecruitmentService;
import cn.jiceng.security.service.InvalidUserException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Real-name registration of an applicant (no login yet): /apply/register, in the frame of the public pages. */
@Route(value = "apply/register", autoLayout = false)
@AnonymousAllowed
public class ApplicantRegisterView extends PublicPage implements HasDynamicTitle {

    public ApplicantRegisterView(RecruitmentService recruitment) {
        setId("applicant-register");
        TextField username = field("reg-username", "applicant.username");
        PasswordField password = new PasswordField(getTranslation("applicant.password"));
        password.setId("reg-password");
        password.setHelperText(getTranslation("applicant.passwordHelp"));
        TextField name = field("reg-name", "applicant.name");
        TextField idNumber = field("reg-id-number", "applicant.idNumber");
        // 18 characters, but room for the spaces (ideographic too) input methods put between the groups:
        // IdNumber.normalise removes them and folds full-width digits before the number is checked
        idNumber.setMaxLength(30);
        TextField phone = field("reg-phone", "applicant.phone");
        Select<Education> education = new Select<>();
        education.setId("reg-education");
        education.setLabel(getTranslation("applicant.education"));
        education.setItems(Education.values());
        education.setItemLabelGenerator(e -> getTranslation("education." + e.name()));
        TextField school = field("reg-school", "applicant.school");
        TextField major = field("reg-major", "applicant.major");
        DatePicker graduation = new DatePicker(getTranslation("applicant.graduationDate"));
        graduation.setId("reg-graduation");
        WidgetI18n.datePicker(graduation);
        TextField household = field("reg-household", "applicant.householdCode");
        household.setHelperText(getTranslation("applicant.householdHelp"));
        Paragraph result = new Paragraph();
        result.setId("reg-result");
        Map<String, HasValidation> fields = Map.of("username", username, "password", password, "name", name,
                "idNumber", idNumber, "phone", phone, "education", education, "school", school, "major", major,
                "graduationDate", graduation);
        Button submit = new Button(getTranslation("applicant.register"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                recruitment.registerApplicant(new NewApplicant(username.getValue(), password.getValue(), name.getValue(),
                        idNumber.getValue(), phone.getValue(), education.getValue() == null ? null : education.getValue().name(),
                        school.getValue(), major.getValue(), graduation.getValue(), household.getValue()));
                result.setText(getTranslation("applicant.registered"));
                result.getStyle().set("color", "var(--lumo-success-text-color)");
                result.add(new Paragraph(new Anchor("login", getTranslation("public.nav.staff.applicant"))));
            } catch (InputRejectedException ex) {
                String message = getTranslation(ex.getMessageKey(), ex.getArgs());
                HasValidation f = fields.get(ex.getField());
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
                result.setText(message);
                result.getStyle().set("color", "var(--lumo-error-text-color)");
            } catch (InvalidUserException ex) {
                result.setText(getTranslation(ex.getMessage()));
                result.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
        submit.setId("reg-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, password, name, idNumber, phone, education, school, major, graduation,
                household);
        RouterLink back = new RouterLink(getTranslation("ux.register.back"), PublicCampaignsView.class);
        back.setId("reg-back");
        Anchor login = new Anchor("login", getTranslation("ux.register.haveAccount"));
        login.setId("reg-login");
        content.add(new Paragraph(back), new H2(getTranslation("applicant.registerTitle")),
                new Paragraph(getTranslation("applicant.registerHelp")), form, submit, result, new Paragraph(login));
    }

    private TextField field(String id, String key) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applicant.registerTitle") + " | " + getTranslation("app.title");
    }
}
