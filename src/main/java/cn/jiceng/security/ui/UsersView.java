package cn.jiceng.security.ui;

import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.security.service.RegionScopeService;
import cn.jiceng.security.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Administrators see the accounts of their region, with unit, roles and department, and create staff accounts there. */
@Route("users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    public UsersView(CurrentUser currentUser, UserService users, OrgUnitService orgUnits, RegionScopeService scope) {
        setSizeFull();
        AppUser me = currentUser.require();
        add(new H2(getTranslation("users.title")));
        Grid<AppUser> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.getUnitCode() == null ? getTranslation("user.systemWide")
                : orgUnits.findByCode(u.getUnitCode()).map(x -> x.getName() + " (" + x.getCode() + ")").orElse(u.getUnitCode()))
                .setHeader(getTranslation("users.unit")).setAutoWidth(true);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(getTranslation("ux.listSeparator")))).setHeader(getTranslation("users.roles"))
                .setAutoWidth(true);
        grid.addColumn(u -> Stream.of(u.getDepartment(), u.getDepartmentCode() == null ? null
                        : getTranslation("department." + u.getDepartmentCode().name()))
                .filter(x -> x != null && !x.isBlank()).distinct().collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("users.department")).setAutoWidth(true);
        // every column as wide as its content (none cut), the room left shared out, each resizable
        grid.getColumns().forEach(c -> c.setFlexGrow(1).setResizable(true));
        grid.setItems(users.usersInScope(me));
        grid.setSizeFull();
        Button newUser = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new NewUserDialog(users, me, scope.unitsInScope(me), created -> grid.setItems(users.usersInScope(me))).open());
        newUser.setId("users-new");
        add(newUser, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.title");
    }
}
