package com.realsourcing.notify.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.Recipient;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.notify.domain.EmailSender;
import com.realsourcing.shared.domain.Ids;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Real SMTP (spring.mail.host set) into GreenMail: Chinese and English mail, as a mail client decodes them. */
@SpringBootTest(properties = "realsourcing.notify.mail.from=真源 RealSourcing <no-reply@realsourcing.test>")
class SmtpEmailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @Autowired
    NotifyApi notify;

    @Autowired
    EmailSender emailSender;

    @Test
    void usesTheSmtpAdapterWhenAMailHostIsConfigured() {
        assertThat(emailSender).isInstanceOf(SmtpEmailSender.class);
    }

    @Test
    void mailsEachRecipientInTheirLanguage() throws Exception {
        UUID chinese = Ids.newId();
        UUID english = Ids.newId();
        String chineseAddress = "wang.fang-" + chinese + "@example.com";
        String englishAddress = "alice-" + english + "@example.com";
        notify.upsertRecipient(new Recipient(chinese, "zh-CN", "Asia/Shanghai", chineseAddress, null));
        notify.upsertRecipient(new Recipient(english, "en-US", "Europe/London", englishAddress, null));
        Map<String, Object> params = Map.of("sentAt", Instant.parse("2025-01-15T02:30:00Z"));

        notify.notifyUser(new UserNotification(
                chinese, "test", "notify.notify.channel-test", with(params, "王芳"), "/notify", Set.of(Channel.EMAIL)));
        notify.notifyUser(new UserNotification(
                english, "test", "notify.notify.channel-test", with(params, "Alice"), null, Set.of(Channel.EMAIL)));

        MimeMessage zh = receivedBy(chineseAddress);
        assertThat(zh.getSubject()).isEqualTo("王芳，这是一条测试通知");
        assertThat(zh.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(((InternetAddress) zh.getFrom()[0]).getPersonal()).isEqualTo("真源 RealSourcing");
        assertThat(zh.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(chineseAddress);
        assertThat(part(zh, "text/plain")).contains("王芳，您好！", "发送于 2025-01-15 10:30", "http://localhost:8080/notify");
        assertThat(part(zh, "text/html")).contains("<html lang=\"zh-CN\"", "王芳，您好！", "打开查看");

        MimeMessage en = receivedBy(englishAddress);
        assertThat(en.getSubject()).isEqualTo("Alice, this is a test notification");
        assertThat(part(en, "text/plain")).contains("Hello Alice!", "sent at 2025-01-15 02:30.");
    }

    @Test
    void mailsADirectMessage() throws Exception {
        String address = "invitee-" + Ids.newId() + "@example.com";

        notify.sendDirect(new DirectMessage(
                Channel.EMAIL,
                address,
                "zh-CN",
                "notify.notify.channel-test",
                Map.of("name", "新同事", "sentAt", Instant.parse("2025-01-15T02:30:00Z"))));

        MimeMessage message = receivedBy(address);
        assertThat(message.getSubject()).isEqualTo("新同事，这是一条测试通知");
        assertThat(message.getMessageID()).isNotBlank();
    }

    private static Map<String, Object> with(Map<String, Object> params, String name) {
        return Map.of("name", name, "sentAt", params.get("sentAt"));
    }

    private static MimeMessage receivedBy(String address) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients())
                                    .anyMatch(a -> a.toString().equals(address));
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElse(null);
            if (found != null) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail arrived for " + address);
    }

    /** The decoded text of the first part with the given type, searching nested multiparts. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = part(child, type);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
