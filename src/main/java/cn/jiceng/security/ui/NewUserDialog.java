package cn.jiceng.security.ui;

import cn.jiceng.common.ui.Feedback;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Department;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.InvalidUserException;
import cn.jiceng.security.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/** An administrator creates a staff account in a unit of their region (新建账号). */
class NewUserDialog extends Dialog {

    NewUserDialog(UserService users, AppUser admin, List<OrgUnit> unitsInScope, Consumer<AppUser> onCreated) {
        setHeaderTitle(getTranslation("users.new"));
        setWidth("44rem");
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-user-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("new-user-name");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("new-user-password");
        ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("users.unit"));
        unit.setId("new-user-unit");
        unit.setItems(unitsInScope);
        unit.setItemLabelGenerator(u -> u.getName() + " (" + u.getCode() + ")");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("new-user-roles");
        roles.setItems(EnumSet.complementOf(EnumSet.of(Role.APPLICANT)));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Select<Department> department = new Select<>();
        department.setId("new-user-department");
        department.setLabel(getTranslation("users.departmentKind"));
        department.setEmptySelectionAllowed(true);
        department.setItems(Department.values());
        department.setItemLabelGenerator(d -> d == null ? "" : getTranslation("department." + d.name()));
        TextField office = new TextField(getTranslation("users.office"));
        office.setId("new-user-office");
        EmailField email = new EmailField(getTranslation("users.email"));
        FormLayout form = new FormLayout(username, displayName, password, unit, roles, department, office, email);
        form.setColspan(roles, 2);
        add(form);

        Button create = new Button(getTranslation("users.create"), e -> {
            try {
                AppUser created = users.createStaff(admin, new UserService.NewUser(username.getValue(), password.getValue(),
                        displayName.getValue(), unit.getValue() == null ? null : unit.getValue().getCode(), roles.getValue(),
                        email.getValue().isBlank() ? null : email.getValue().strip(),
                        office.getValue().isBlank() ? null : office.getValue().strip(), department.getValue()));
                close();
                Feedback.success("users.created", created.getUsername());
                onCreated.accept(created);
            } catch (InvalidUserException ex) {
                Feedback.error(ex.messageKey());
            }
        });
        create.setId("new-user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), create);
    }
}
