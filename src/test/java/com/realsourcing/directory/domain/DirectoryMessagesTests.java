package com.realsourcing.directory.domain;

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

class DirectoryMessagesTests {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        MessageBundles.assertParity("messages/directory");
    }

    @Test
    void everyErrorCodeHasAMessageThatFormats() throws Exception {
        List<String> codes = new ArrayList<>();
        for (CreditCode.Check check : CreditCode.Check.values()) {
            codes.add(check.code());
        }
        for (Field field : DirectoryError.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        codes.add("directory.region-not-found");

        for (String bundle : List.of("messages/directory.properties", "messages/directory_en.properties")) {
            Properties messages = load(bundle);
            for (String code : codes) {
                assertThat(messages.getProperty(code))
                        .as("%s in %s", code, bundle)
                        .isNotBlank();
                // a stray apostrophe would swallow the placeholders
                String formatted =
                        new MessageFormat(messages.getProperty(code), Locale.ROOT).format(new Object[] {"X1", "X2"});
                assertThat(formatted).as(code).doesNotContain("{");
                if (messages.getProperty(code).contains("{0}")) {
                    assertThat(formatted).as(code).contains("X1");
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = DirectoryMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
