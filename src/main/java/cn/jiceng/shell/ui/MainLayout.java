package cn.jiceng.shell.ui;

import cn.jiceng.calendar.ui.CalendarView;
import cn.jiceng.recruitment.ui.ApplicantPortalView;
import cn.jiceng.recruitment.ui.CampaignsView;
import cn.jiceng.publicity.ui.PublicNoticesView;

import cn.jiceng.common.i18n.LanguageSwitch;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.security.ui.OrgTreeView;
import cn.jiceng.notification.ui.NotificationBell;
import cn.jiceng.review.service.NotificationService;
import cn.jiceng.dashboard.ui.DashboardView;
import cn.jiceng.dashboard.ui.ProgramDashboardView;
import cn.jiceng.demonstration.ui.DefinitionsView;
import cn.jiceng.demonstration.ui.ProgramsView;
import cn.jiceng.review.ui.WorkbenchView;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.service.CurrentUser;
import cn.jiceng.security.ui.UsersView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import cn.jiceng.demo.DemoTimers;
import cn.jiceng.demo.ui.DemoTimersView;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import cn.jiceng.security.ui.ChangePasswordView;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The application frame: title, navigation showing only the views the user's roles allow, and the
 * user's name, unit and level, the notification bell. Public pages do not use this layout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authContext;
    private final AccessAnnotationChecker accessChecker;
    private final boolean demo;
    private NotificationBell bell;

    public MainLayout(AuthenticationContext authContext, AccessAnnotationChecker accessChecker, CurrentUser currentUser,
                      OrgUnitService orgUnits, org.springframework.beans.factory.ObjectProvider<DemoTimers> demoTimers,
                      NotificationService notifications) {
        this.authContext = authContext;
        this.accessChecker = accessChecker;
        this.demo = demoTimers.getIfAvailable() != null;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        addToDrawer(title, navigation());

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setPadding(true);
        Div spacer = new Div();
        header.add(new DrawerToggle(), spacer);
        header.setFlexGrow(1, spacer);
        currentUser.get().ifPresent(user -> {
            header.add(userBadge(user, orgUnits));
            bell = new NotificationBell(notifications, user.getUsername());
            header.add(bell);
        });
        header.add(new LanguageSwitch());
        Button changePassword = new Button(getTranslation("nav.changePassword"), VaadinIcon.KEY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        changePassword.setId("change-password-link");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        header.add(changePassword);
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> this.authContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        header.add(logout);
        addToNavbar(header);
    }

    /** The unread count follows every navigation (notifications are rows in the database; no push). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (bell != null) {
            bell.refresh();
        }
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        addIfAllowed(nav, "nav.home", HomeView.class, VaadinIcon.HOME);
        addIfAllowed(nav, "nav.tasks", WorkbenchView.class, VaadinIcon.TASKS);
        addIfAllowed(nav, "nav.dashboard", DashboardView.class, VaadinIcon.DASHBOARD);
        addIfAllowed(nav, "nav.apply", ApplicantPortalView.class, VaadinIcon.FILE_TEXT);
        addIfAllowed(nav, "nav.campaigns", CampaignsView.class, VaadinIcon.GROUP);
        addIfAllowed(nav, "nav.programDashboard", ProgramDashboardView.class, VaadinIcon.CHART);
        addIfAllowed(nav, "nav.demonstration", ProgramsView.class, VaadinIcon.FLAG);
        addIfAllowed(nav, "nav.definitions", DefinitionsView.class, VaadinIcon.LIST_OL);
        addIfAllowed(nav, "nav.orgTree", OrgTreeView.class, VaadinIcon.SITEMAP);
        addIfAllowed(nav, "nav.users", UsersView.class, VaadinIcon.USERS);
        addIfAllowed(nav, "nav.supervision", cn.jiceng.supervision.ui.SupervisionView.class, VaadinIcon.EYE);
        addIfAllowed(nav, "nav.calendar", CalendarView.class, VaadinIcon.CALENDAR);
        addIfAllowed(nav, "nav.privacy", cn.jiceng.privacy.ui.PersonalDataView.class, VaadinIcon.LOCK);
        addIfAllowed(nav, "nav.incidents", cn.jiceng.operations.ui.IncidentsView.class, VaadinIcon.WARNING);
        addIfAllowed(nav, "nav.publicNotices", PublicNoticesView.class, VaadinIcon.MEGAPHONE);
        if (demo) {
            addIfAllowed(nav, "nav.demoTimers", DemoTimersView.class, VaadinIcon.CLOCK);
        }
        return nav;
    }

    private void addIfAllowed(SideNav nav, String key, Class<? extends Component> view, VaadinIcon icon) {
        if (accessChecker.hasAccess(view)) {
            nav.addItem(new SideNavItem(getTranslation(key), view, icon.create()));
        }
    }

    private Component userBadge(AppUser user, OrgUnitService orgUnits) {
        String roles = user.getRoles().stream().sorted(Comparator.naturalOrder())
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(" · "));
        String unit = user.getUnitCode() == null ? getTranslation("user.systemWide")
                : orgUnits.findByCode(user.getUnitCode())
                .map(u -> u.getName() + " · " + getTranslation("level." + u.getLevel().name()))
                .orElse(user.getUnitCode());
        Span name = new Span(user.getDisplayName());
        name.setId("current-user-name");
        name.getStyle().set("font-weight", "600");
        Span details = new Span(unit + " · " + roles);
        details.setId("current-user-unit");
        details.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout badge = new VerticalLayout(name, details);
        badge.setPadding(false);
        badge.setSpacing(false);
        badge.setAlignItems(FlexComponent.Alignment.END);
        return badge;
    }

}
