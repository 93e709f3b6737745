package com.realsourcing.files.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;

class LocalFileStorageTests {

    @TempDir
    Path root;

    @Test
    void storesReadsAndDeletesByKey() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        byte[] content = "工厂资料".getBytes(StandardCharsets.UTF_8);

        storage.put("org-1/file-1", new ByteArrayInputStream(content), content.length, "application/pdf");
        Resource stored = storage.get("org-1/file-1");

        assertThat(stored.exists()).isTrue();
        assertThat(stored.getContentAsByteArray()).isEqualTo(content);

        storage.delete("org-1/file-1");
        assertThat(storage.get("org-1/file-1").exists()).isFalse();
        storage.delete("org-1/file-1"); // deleting twice is fine
    }

    @Test
    void leavesNothingBehindWhenTheStreamIsShorterThanAnnounced() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);

        assertThatThrownBy(() -> storage.put("org/short", new ByteArrayInputStream(new byte[10]), 20, "video/mp4"))
                .isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesKeysThatEscapeTheRoot() {
        LocalFileStorage storage = new LocalFileStorage(root.resolve("files"));

        assertThatThrownBy(() -> storage.get("../secrets")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
