package com.realsourcing.chat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.testing.MessageBundles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ChatMessagesTests {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        MessageBundles.assertParity("messages/chat");
    }

    @Test
    void everyErrorCodeAndNotificationHasATextThatFormats() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Field field : ChatError.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(codes).contains("chat.conversation-not-found", "chat.body-too-long");
        for (String bundle : List.of("messages/chat.properties", "messages/chat_en.properties")) {
            Properties messages = load(bundle);
            for (String code : codes) {
                assertThat(messages.getProperty(code))
                        .as("%s in %s", code, bundle)
                        .isNotBlank();
                String formatted =
                        new MessageFormat(messages.getProperty(code), Locale.ROOT).format(new Object[] {"X1", "X2"});
                assertThat(formatted).as(code).doesNotContain("{");
            }
            for (String template : List.of(ChatNotifications.MESSAGE_RECEIVED, ChatNotifications.CONTACT_SHARED)) {
                assertThat(messages.getProperty(template + ".title"))
                        .as(template)
                        .isNotBlank();
                assertThat(messages.getProperty(template + ".body"))
                        .as(template)
                        .contains("{sender}", "{subject}");
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = ChatMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
