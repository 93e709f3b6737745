package com.realsourcing.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.Recipient;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.notify.domain.NotificationService;
import com.realsourcing.shared.domain.Ids;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The notify module bootstrapped on its own: it needs nothing but the shared kernel. */
@ApplicationModuleTest
class NotifyModuleTests {

    @Autowired
    NotifyApi notify;

    @Autowired
    NotificationService notifications;

    @Test
    void storesAnInAppNotificationInTheRecipientsLanguage() {
        UUID user = Ids.newId();
        notify.upsertRecipient(new Recipient(user, "en-US", "UTC", null, null));

        notify.notifyUser(UserNotification.inApp(
                user, "test", "notify.notify.channel-test", Map.of("name", "Bob", "sentAt", Instant.EPOCH)));

        assertThat(notifications.unreadCount(user)).isOne();
        assertThat(notifications.list(user, true, PageRequest.of(0, 10)).getContent())
                .singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("Bob, this is a test notification"));
    }
}
