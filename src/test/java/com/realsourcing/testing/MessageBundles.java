package com.realsourcing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Checks that a bundle's zh-CN default and its en-US translation define the same keys, each with a text. */
public final class MessageBundles {

    private MessageBundles() {}

    public static void assertParity(String basename) {
        Properties chinese = load(basename + ".properties");
        Properties english = load(basename + "_en.properties");

        assertThat(chinese.stringPropertyNames())
                .as("keys of %s.properties and %s_en.properties", basename, basename)
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> {
            assertThat(chinese.getProperty(key)).as("zh-CN %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("en-US %s", key).isNotBlank();
        });
        assertThat(chinese.values()).as("the default bundle is Chinese").anyMatch(text -> text.toString()
                .codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
