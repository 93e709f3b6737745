package com.realsourcing.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.Recipient;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.notify.infra.SandboxEmailSender;
import com.realsourcing.notify.infra.SandboxSmsSender;
import com.realsourcing.notify.infra.SandboxWeChatSender;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.Masking;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link NotifyApi} against the real database and the sandbox providers. */
@SpringBootTest
@AutoConfigureMockMvc
class NotifyServiceIntegrationTests {

    static final String TEMPLATE = "notify.notify.channel-test";
    static final Instant SENT_AT = Instant.parse("2025-03-01T12:00:00Z");

    @Autowired
    NotifyApi notify;

    @Autowired
    SandboxEmailSender emails;

    @Autowired
    SandboxSmsSender texts;

    @Autowired
    SandboxWeChatSender wechat;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rendersInTheRecipientsLanguageAndTimeZoneAndEmailsAfterCommit() {
        UUID user = Ids.newId();
        String email = "buyer-" + user + "@example.com";
        notify.upsertRecipient(new Recipient(user, "en-US", "America/New_York", email, null));

        notify.notifyUser(new UserNotification(
                user,
                "test",
                TEMPLATE,
                Map.of("name", "Alice", "sentAt", SENT_AT),
                "/board/postings/42",
                Set.of(Channel.IN_APP, Channel.EMAIL)));

        Map<String, Object> stored =
                jdbc.queryForMap("select title, body, link from notify.notifications where user_id = ?", user);
        assertThat(stored.get("title")).isEqualTo("Alice, this is a test notification");
        assertThat((String) stored.get("body")).contains("sent at 2025-03-01 07:00."); // New York, UTC-5
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(emailsTo(email)).singleElement().satisfies(message -> {
                    assertThat(message.subject()).isEqualTo("Alice, this is a test notification");
                    assertThat(message.text()).contains("Hello Alice!", "http://localhost:8080/board/postings/42");
                    assertThat(message.html())
                            .contains("href=\"http://localhost:8080/board/postings/42\"", "Open in RealSourcing");
                }));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(log(user)).singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("SENT");
                    assertThat(row.get("channel")).isEqualTo("EMAIL");
                    assertThat(row.get("masked_address")).isEqualTo("b***@example.com");
                    assertThat((String) row.get("provider_message_id")).startsWith("sandbox-");
                }));
    }

    @Test
    void speaksChineseToUnknownUsersAndSkipsChannelsWithoutAnAddress() {
        UUID stranger = Ids.newId();
        UUID noMobile = Ids.newId();
        notify.upsertRecipient(new Recipient(noMobile, "zh-CN", "Asia/Shanghai", null, null));

        notify.notifyUser(new UserNotification(
                stranger, "test", TEMPLATE, Map.of("name", "王芳", "sentAt", SENT_AT), null, Set.of(Channel.EMAIL)));
        notify.notifyUser(new UserNotification(
                noMobile, "test", TEMPLATE, Map.of("name", "李雷", "sentAt", SENT_AT), null, Set.of(Channel.SMS)));

        assertThat(jdbc.queryForObject(
                        "select title from notify.notifications where user_id = ?", String.class, stranger))
                .isEqualTo("王芳，这是一条测试通知");
        assertThat(jdbc.queryForObject(
                        "select body from notify.notifications where user_id = ?", String.class, noMobile))
                .contains("发送于 2025-03-01 20:00"); // Shanghai, UTC+8
        assertThat(log(stranger)).isEmpty();
        assertThat(log(noMobile)).isEmpty();
    }

    @Test
    void sendsNothingAndLogsNothingWhenTheCallersTransactionRollsBack() {
        String rolledBack = randomMobile();
        String committed = randomMobile();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            notify.sendDirect(code(rolledBack));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> notify.sendDirect(code(committed)));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> texts.sent().stream().anyMatch(m -> m.phone().equals(committed)));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> texts.sent().stream()
                .noneMatch(m -> m.phone().equals(rolledBack)));
        assertThat(countLogged(Masking.mobile(rolledBack))).isZero();
        assertThat(countLogged(Masking.mobile(committed))).isOne();
    }

    @Test
    void logsAProviderFailureWithoutRollingBackTheBusinessTransaction() {
        UUID user = Ids.newId();
        String email = "fail-" + user + "@example.com";
        notify.upsertRecipient(new Recipient(user, "zh-CN", "Asia/Shanghai", email, null));

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> notify.notifyUser(new UserNotification(
                        user, "test", TEMPLATE, Map.of("name", "赵六", "sentAt", SENT_AT), null, Set.of(Channel.EMAIL))));

        assertThat(jdbc.queryForObject("select count(*) from notify.notifications where user_id = ?", Long.class, user))
                .isOne();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(log(user)).singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("FAILED");
                    assertThat((String) row.get("error"))
                            .contains("f***@example.com")
                            .doesNotContain(email);
                    assertThat(row.get("completed_at")).isNotNull();
                }));
        assertThat(emailsTo(email)).isEmpty();
    }

    @Test
    void keepsNeitherAddressesNorContentInClear() {
        UUID user = Ids.newId();
        String email = "wang.fang-" + user + "@example.com";
        String mobile = randomMobile();
        notify.upsertRecipient(new Recipient(user, "zh-CN", "Asia/Shanghai", email, mobile));
        String secretCode = "834261";

        notify.sendDirect(new DirectMessage(
                Channel.EMAIL, email, "zh-CN", TEMPLATE, Map.of("name", "验证码 " + secretCode, "sentAt", SENT_AT)));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(emailsTo(email)).singleElement().satisfies(m -> assertThat(m.text())
                        .contains(secretCode)));
        String logged = jdbc.queryForList(
                        "select * from notify.outgoing_messages where masked_address = ?", Masking.email(email))
                .toString();
        assertThat(logged).contains("SENT").doesNotContain(email, secretCode);
        Map<String, Object> recipient =
                jdbc.queryForMap("select email, mobile from notify.recipients where user_id = ?", user);
        assertThat((String) recipient.get("email")).startsWith("v1:").doesNotContain(email);
        assertThat((String) recipient.get("mobile")).startsWith("v1:").doesNotContain(mobile);
    }

    @Test
    void sendsWeChatSubscribeMessagesToLinkedUsers() {
        UUID user = Ids.newId();
        String openId = "oUpF8u" + user.toString().replace("-", "").substring(0, 22);
        notify.linkWeChat(user, openId);
        notify.upsertRecipient(new Recipient(user, "zh-CN", "Asia/Shanghai", null, null)); // keeps the openid

        notify.notifyUser(new UserNotification(
                user,
                "test",
                TEMPLATE,
                Map.of("name", "一位名字特别特别特别长的采购经理", "sentAt", SENT_AT),
                null,
                Set.of(Channel.WECHAT)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(wechat.sent())
                .filteredOn(m -> m.openId().equals(openId))
                .singleElement()
                .satisfies(message -> {
                    assertThat(message.templateId()).isEqualTo("sandbox-template");
                    assertThat(message.data().get("thing1"))
                            .hasSizeLessThanOrEqualTo(20)
                            .endsWith("…");
                    assertThat(message.data().get("time3")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
                }));
    }

    private DirectMessage code(String mobile) {
        return new DirectMessage(Channel.SMS, mobile, "zh-CN", TEMPLATE, Map.of("name", "123456", "sentAt", SENT_AT));
    }

    private List<com.realsourcing.notify.domain.EmailSender.EmailMessage> emailsTo(String address) {
        return emails.sent().stream().filter(m -> m.to().equals(address)).toList();
    }

    private List<Map<String, Object>> log(UUID user) {
        return jdbc.queryForList("select * from notify.outgoing_messages where user_id = ?", user);
    }

    private long countLogged(String maskedAddress) {
        return jdbc.queryForObject(
                "select count(*) from notify.outgoing_messages where masked_address = ?", Long.class, maskedAddress);
    }

    private static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
