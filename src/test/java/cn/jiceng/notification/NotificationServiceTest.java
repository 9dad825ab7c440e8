package cn.jiceng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.review.service.Notification;
import cn.jiceng.review.service.NotificationService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JicengSpringBootTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;

    @Test
    void unreadCountMarkOneAndAllReadAndNobodyMarksAnotherUsersNotification() {
        notifications.markAllRead("jl.reviewer");
        notifications.markAllRead("ng.reviewer");
        assertThat(notifications.unreadCount("jl.reviewer")).isZero();
        notifications.notify("jl.reviewer", Notification.REMINDER, "请尽快办理", null);
        notifications.notify("jl.reviewer", Notification.COPY, "抄送：示例", null);
        notifications.notify("ng.reviewer", Notification.REMINDER, "南关区的提醒", null);
        assertThat(notifications.unreadCount("jl.reviewer")).isEqualTo(2);

        Notification theirs = notifications.latest("ng.reviewer", 10).get(0);
        notifications.markRead("jl.reviewer", theirs.id());
        assertThat(notifications.unreadCount("ng.reviewer")).as("another user's id changes nothing").isEqualTo(1);

        Notification mine = notifications.latest("jl.reviewer", 10).get(0);
        assertThat(mine.unread()).isTrue();
        notifications.markRead("jl.reviewer", mine.id());
        assertThat(notifications.unreadCount("jl.reviewer")).isEqualTo(1);
        assertThat(notifications.latest("jl.reviewer", 10)).as("unread first").first().satisfies(n -> assertThat(n.unread()).isTrue());

        notifications.markAllRead("jl.reviewer");
        assertThat(notifications.unreadCount("jl.reviewer")).isZero();
        assertThat(notifications.unreadCount("ng.reviewer")).isEqualTo(1);
    }
}
