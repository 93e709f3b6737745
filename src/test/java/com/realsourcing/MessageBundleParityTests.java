package com.realsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.testing.MessageBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message bundle has the same keys in zh-CN (the default file) and en-US, and every bundle on disk is
 * registered in {@code spring.messages.basename} (an unregistered bundle would silently never be used).
 */
class MessageBundleParityTests {

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndIsRegistered() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
        assertThat(onDisk).contains("messages/shared", "messages/identity");
        onDisk.forEach(MessageBundles::assertParity);

        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        List<String> registered = Binder.get(environment)
                .bind("spring.messages.basename", String[].class)
                .map(List::of)
                .orElse(List.of());
        assertThat(registered).containsAll(onDisk);
    }
}
