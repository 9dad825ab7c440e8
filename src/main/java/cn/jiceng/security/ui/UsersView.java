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
import cn.jiceng.common.ui.Feedback;
import cn.jiceng.security.domain.SecurityEvent;
import cn.jiceng.security.service.LoginThrottleService;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Administrators see the accounts of their region, with unit, roles, department and whether they are locked,
 * create staff accounts there, unlock a locked account, reset a password (the user must change it at the next
 * login) and read the latest security events (failed logins, locks, unlocks, changes, resets).
 */
@Route("users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public UsersView(CurrentUser currentUser, UserService users, OrgUnitService orgUnits, RegionScopeService scope,
                     LoginThrottleService throttle) {
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
        Set<String> locked = new HashSet<>(throttle.lockedAccounts());
        grid.addColumn(u -> locked.contains(u.getUsername().toLowerCase(Locale.ROOT)) ? getTranslation("users.locked")
                        : u.isMustChangePassword() ? getTranslation("users.mustChange") : "")
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        Grid<SecurityEvent> events = new Grid<>();
        Runnable refresh = () -> {
            locked.clear();
            locked.addAll(throttle.lockedAccounts());
            grid.setItems(users.usersInScope(me));
            events.setItems(throttle.recentEvents(me));
        };
        grid.addComponentColumn(u -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (locked.contains(u.getUsername().toLowerCase(Locale.ROOT))) {
                Button unlock = new Button(getTranslation("users.unlock"), e -> {
                    throttle.unlockAccount(me, u.getUsername());
                    Feedback.success("users.unlocked", u.getUsername());
                    refresh.run();
                });
                unlock.setId("users-unlock-" + u.getUsername());
                unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(unlock);
            }
            Button reset = new Button(getTranslation("users.resetPassword"),
                    e -> new ResetPasswordDialog(users, me, u, refresh).open());
            reset.setId("users-reset-" + u.getUsername());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reset);
            return actions;
        }).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        // every column as wide as its content (none cut), the room left shared out, each resizable
        grid.getColumns().forEach(c -> c.setFlexGrow(1).setResizable(true));
        grid.setItems(users.usersInScope(me));
        grid.setSizeFull();
        events.setId("users-security-events");
        events.addColumn(e -> TIME.format(e.getOccurredAt())).setHeader(getTranslation("users.event.time")).setAutoWidth(true);
        events.addColumn(e -> getTranslation("security.event." + e.getType().name())).setHeader(getTranslation("users.event.type"))
                .setAutoWidth(true);
        events.addColumn(SecurityEvent::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        events.addColumn(SecurityEvent::getAddress).setHeader(getTranslation("users.event.address")).setAutoWidth(true);
        events.addColumn(SecurityEvent::getActor).setHeader(getTranslation("users.event.actor")).setAutoWidth(true);
        events.addColumn(SecurityEvent::getDetail).setHeader(getTranslation("users.event.detail")).setFlexGrow(1);
        events.setItems(throttle.recentEvents(me));
        events.setHeight("16rem");
        Button newUser = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new NewUserDialog(users, me, scope.unitsInScope(me), created -> grid.setItems(users.usersInScope(me))).open());
        newUser.setId("users-new");
        add(newUser, grid, new H3(getTranslation("users.events")), events);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.title");
    }
}
