package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.shared.config.PlatformProperties;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSourcesTests {

    @TempDir
    Path dataDir;

    final Instant now = Instant.parse("2026-12-06T12:00:00Z");

    ImportSources sources() {
        return new ImportSources(new PlatformProperties(dataDir, "http://localhost"), Duration.ofDays(30));
    }

    @Test
    void keepsAnUploadUnderItsImportAndFindsItWithItsMediaType() throws Exception {
        ImportSources sources = sources();
        UUID csv = UUID.randomUUID();
        Path upload = sources.newUpload();
        Files.writeString(upload, "id,text\n1,x\n");

        sources.keep(csv, ImportFormat.APIFY_CSV, upload);

        assertThat(upload).doesNotExist();
        ImportSources.Source found = sources.find(csv).orElseThrow();
        assertThat(found.mediaType()).isEqualTo("text/csv");
        assertThat(Files.readString(found.file())).isEqualTo("id,text\n1,x\n");
        assertThat(sources.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aProviderRunIsKeptAsJsonLines() throws Exception {
        ImportSources sources = sources();
        UUID run = UUID.randomUUID();
        try (Writer lines = sources.lines(run)) {
            lines.write("{\"id\":\"1\"}\n{\"id\":\"2\"}\n");
        }
        ImportSources.Source found = sources.find(run).orElseThrow();
        assertThat(found.file().getFileName().toString()).isEqualTo(run + ".jsonl");
        assertThat(found.mediaType()).isEqualTo("application/json");
        assertThat(Files.readAllLines(found.file())).hasSize(2);
    }

    @Test
    void deletesOnlyWhatIsPastTheRetention() throws Exception {
        ImportSources sources = sources();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        for (UUID id : new UUID[] {old, recent}) {
            Path upload = sources.newUpload();
            Files.writeString(upload, "[]");
            sources.keep(id, ImportFormat.APIFY_JSON, upload);
        }
        Path abandoned = sources.newUpload();
        age(sources.find(old).orElseThrow().file(), Duration.ofDays(31));
        age(sources.find(recent).orElseThrow().file(), Duration.ofDays(29));
        age(abandoned, Duration.ofDays(40));

        assertThat(sources.deleteExpired(now)).isEqualTo(2);

        assertThat(sources.find(old)).isEmpty();
        assertThat(sources.find(recent)).isPresent();
        assertThat(abandoned).doesNotExist();
        assertThat(sources.deleteExpired(now)).isZero();
    }

    private void age(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(now.minus(age)));
    }

    @Test
    void nothingToCleanBeforeTheFirstImport() {
        assertThat(sources().deleteExpired(now)).isZero();
    }
}
