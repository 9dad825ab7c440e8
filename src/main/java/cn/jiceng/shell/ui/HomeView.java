package cn.jiceng.shell.ui;

import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.review.service.NotificationService;
import cn.jiceng.review.service.Queue;
import cn.jiceng.review.service.QueueFilter;
import cn.jiceng.review.service.QueueService;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;

/**
 * The landing page: who you are, where you work, what needs doing (staff: open tasks, due within
 * a week, overdue, copied to me, unread notifications, each leading into the workbench) and what
 * you can do here. A leader (without reviewer or HR role) opens on the dashboard instead.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Route of the leaders' dashboard (dashboard.ui.DashboardView), looked up by path so this view compiles without it. */
    static final String DASHBOARD_ROUTE = "dashboard";
    static final String WORKBENCH_ROUTE = "tasks";

    private final transient AppUser user;

    public HomeView(CurrentUser currentUser, OrgUnitService orgUnits, QueueService queues,
                    NotificationService notifications) {
        setId("home-view");
        AppUser user = currentUser.require();
        this.user = user;
        H2 welcome = new H2(getTranslation("home.welcome", user.getDisplayName()));
        welcome.setId("home-welcome");
        add(welcome);
        String unit = user.getUnitCode() == null ? getTranslation("user.systemWide")
                : orgUnits.findByCode(user.getUnitCode())
                .map(u -> getTranslation("home.unit", u.getName(), getTranslation("level." + u.getLevel().name())))
                .orElse(user.getUnitCode());
        add(new Paragraph(unit));
        if (isStaff(user)) {
            add(todo(user, queues, notifications));
        }

        add(new H3(getTranslation("home.canDo")));
        UnorderedList list = new UnorderedList();
        list.setId("home-capabilities");
        user.getRoles().stream().sorted(Comparator.naturalOrder()).forEach(role -> {
            ListItem item = new ListItem(getTranslation("ux.home.roleHint", getTranslation("role." + role.name()), getTranslation("home.role." + role.name())));
            item.getElement().setAttribute("data-role", role.name());
            list.add(item);
        });
        add(list);
        if (user.hasRole(Role.ADMIN)) {
            Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("home.cockpit"));
            cockpit.setRouterIgnore(true);
            cockpit.setId("cockpit-link");
            add(cockpit);
        }
    }

    /** A leader who neither reviews nor runs recruitment opens on the dashboard, once that route exists. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.hasRole(Role.LEADER) && !user.hasRole(Role.REVIEWER) && !user.hasRole(Role.HR)
                && RouteConfiguration.forApplicationScope().getRoute(DASHBOARD_ROUTE).isPresent()) {
            event.forwardTo(DASHBOARD_ROUTE);
        }
    }

    private static boolean isStaff(AppUser user) {
        return user.getRoles().stream().anyMatch(r -> r != Role.APPLICANT);
    }

    /** 待办概览: the counts, each a link into the workbench's tab. */
    private Component todo(AppUser user, QueueService queues, NotificationService notifications) {
        H3 heading = new H3(getTranslation("home.todo"));
        FlexLayout cards = new FlexLayout();
        cards.setId("home-counts");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(card("TODO", getTranslation("home.count.todo"), queues.count(user, Queue.TODO, QueueFilter.NONE),
                WORKBENCH_ROUTE + "?tab=" + Queue.TODO.name()));
        cards.add(card("DUE_WEEK", getTranslation("home.count.dueWeek"), queues.dueWithin(user, 7),
                WORKBENCH_ROUTE + "?tab=" + Queue.TODO.name()));
        cards.add(card("OVERDUE", getTranslation("home.count.overdue"), queues.dueWithin(user, 0),
                WORKBENCH_ROUTE + "?tab=" + Queue.TODO.name() + "&overdue=true"));
        cards.add(card("COPIED", getTranslation("home.count.copied"), queues.count(user, Queue.COPIED, QueueFilter.NONE),
                WORKBENCH_ROUTE + "?tab=" + Queue.COPIED.name()));
        cards.add(card("UNREAD", getTranslation("home.count.unread"), notifications.unreadCount(user.getUsername()), null));
        VerticalLayout block = new VerticalLayout(heading, cards);
        block.setPadding(false);
        return block;
    }

    private Component card(String key, String label, long count, String href) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("home-count-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("color", "OVERDUE".equals(key) && count > 0 ? "var(--lumo-error-text-color)" : "inherit");
        Span text = new Span(label);
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div body = new Div(number, new Div(text));
        if (href == null) {
            Span hint = new Span(getTranslation("home.count.unreadHint"));
            hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-tertiary-text-color)");
            body.add(new Div(hint));
        }
        Component card = href == null ? body : new Anchor(href, body);
        card.setId("home-count-" + key);
        card.getElement().setAttribute("data-count", String.valueOf(count));
        card.getElement().getStyle().set("display", "block").set("min-width", "9rem").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-contrast-5pct)")
                .set("text-decoration", "none").set("color", "inherit");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.title");
    }
}
