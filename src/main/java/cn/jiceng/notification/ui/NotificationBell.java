package cn.jiceng.notification.ui;

import cn.jiceng.review.service.Notification;
import cn.jiceng.review.service.NotificationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bell in the navbar: the user's unread count as a badge, and on click the latest
 * notifications (kind, message, Beijing time, link to the task), each markable read, or all at
 * once. Notifications are rows in the database; the count is refreshed on every navigation
 * ({@link #refresh}), no push.
 */
public class NotificationBell extends Div {

    static final int SHOWN = 20;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    private final transient NotificationService notifications;
    private final String username;
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private Popover popover;

    public NotificationBell(NotificationService notifications, String username) {
        this.notifications = notifications;
        this.username = username;
        setId("notification-bell");
        getStyle().set("position", "relative");
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notifications.title"));
        badge.setId("notification-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.getStyle().set("position", "absolute").set("top", "-0.4em").set("right", "-0.6em").set("pointer-events", "none");
        add(bell, badge);

        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notification-list");
        // the popover and its list are built on the first click: most page views never open them, and a UI
        // session keeps every component it holds (docs/performance.md, the session heap)
        bell.addClickListener(e -> {
            if (popover == null) {
                popover = new Popover();
                popover.setPosition(PopoverPosition.BOTTOM_END);
                popover.setWidth("26rem");
                popover.setAriaLabel(getTranslation("notifications.title"));
                popover.add(list);
                popover.addOpenedChangeListener(opened -> {
                    if (opened.isOpened()) {
                        fill();
                    }
                });
                popover.setTarget(bell);
                popover.open();
            }
        });
        refresh();
    }

    /** Re-reads the unread count. */
    public void refresh() {
        long unread = notifications.unreadCount(username);
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        getElement().setAttribute("data-unread", String.valueOf(unread));
    }

    private void fill() {
        list.removeAll();
        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Span title = new Span(getTranslation("notifications.title"));
        title.getStyle().set("font-weight", "600");
        Button all = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead(username);
            fill();
        });
        all.setId("notification-mark-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        header.add(title, all);
        header.setFlexGrow(1, title);
        list.add(header);
        List<Notification> latest = notifications.latest(username, SHOWN);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        latest.forEach(n -> list.add(row(n)));
        refresh();
    }

    private Component row(Notification n) {
        Icon icon = icon(n.kind()).create();
        icon.getStyle().set("flex", "none").set("color", Notification.ESCALATION.equals(n.kind())
                ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
        icon.setTooltipText(kindLabel(n.kind()));
        Span message = new Span(n.message());
        message.getStyle().set("font-weight", n.unread() ? "600" : "normal");
        Span time = new Span(kindLabel(n.kind()) + " · " + format(n.created()));
        time.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout text = new VerticalLayout(message, time);
        text.setPadding(false);
        text.setSpacing(false);
        if (n.taskId() != null) {
            Anchor open = new Anchor("tasks?task=" + n.taskId(), getTranslation("notifications.openTask"));
            open.getElement().setAttribute("data-task", n.taskId());
            open.getElement().addEventListener("click", e -> {
                notifications.markRead(username, n.id());
                popover.close();
            });
            text.add(open);
        }
        HorizontalLayout row = new HorizontalLayout(icon, text);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.START);
        row.getElement().setAttribute("data-kind", n.kind());
        row.getElement().setAttribute("data-unread", String.valueOf(n.unread()));
        row.addClassName("notification-row");
        row.setFlexGrow(1, text);
        if (n.unread()) {
            Button read = new Button(VaadinIcon.CHECK.create(), e -> {
                notifications.markRead(username, n.id());
                fill();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
            read.setAriaLabel(getTranslation("notifications.markRead"));
            read.setTooltipText(getTranslation("notifications.markRead"));
            read.addClassName("notification-mark-read");
            row.add(read);
        }
        row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-top", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    static String format(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static VaadinIcon icon(String kind) {
        return switch (kind) {
            case Notification.ESCALATION -> VaadinIcon.EXCLAMATION_CIRCLE;
            case Notification.REMINDER -> VaadinIcon.ALARM;
            case Notification.COPY -> VaadinIcon.COPY;
            case Notification.RETURNED -> VaadinIcon.ARROW_BACKWARD;
            case Notification.DELEGATED -> VaadinIcon.USER_CHECK;
            default -> VaadinIcon.TASKS;
        };
    }

    private String kindLabel(String kind) {
        return switch (kind) {
            case Notification.NEW_TASK -> getTranslation("notifications.kind.NEW_TASK");
            case Notification.REMINDER -> getTranslation("notifications.kind.REMINDER");
            case Notification.COPY -> getTranslation("notifications.kind.COPY");
            case Notification.ESCALATION -> getTranslation("notifications.kind.ESCALATION");
            case Notification.RETURNED -> getTranslation("notifications.kind.RETURNED");
            case Notification.DELEGATED -> getTranslation("notifications.kind.DELEGATED");
            default -> kind;
        };
    }
}
