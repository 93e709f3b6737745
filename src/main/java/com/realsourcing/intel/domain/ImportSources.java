package com.realsourcing.intel.domain;

import com.realsourcing.shared.config.PlatformProperties;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The raw payload of every import, kept as received: an upload is kept as its file, the items of a provider run are
 * written one JSON object per line. One file per import under {@code <data-dir>/intel/imports/} (the video rows keep
 * only what the platform reads; a video's snapshot at an import's start time leads back to the import and its file).
 * Keeping the file costs the import nothing, where a copy of each item's JSON in the database cost a fifth of its
 * time (docs/performance.md).
 */
@Component
public class ImportSources {

    private final Path dir;

    ImportSources(PlatformProperties platform) {
        this.dir = platform.dataDir().resolve("intel").resolve("imports");
    }

    /** A new file for an upload on its way in, beside the kept ones so keeping it is a rename. */
    Path newUpload() {
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves an upload that was read into place as the import's source. */
    void keep(UUID importId, ImportFormat format, Path upload) {
        try {
            Files.createDirectories(dir);
            Files.move(upload, dir.resolve(importId + extension(format)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer for the items of a provider run, one JSON object per line. */
    Writer lines(UUID importId) {
        try {
            Files.createDirectories(dir);
            return new BufferedWriter(
                    Files.newBufferedWriter(dir.resolve(importId + ".jsonl"), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The import's source file, if it was kept. */
    public Optional<Source> find(UUID importId) {
        for (String extension : new String[] {".json", ".csv", ".jsonl"}) {
            Path file = dir.resolve(importId + extension);
            if (Files.isRegularFile(file)) {
                return Optional.of(new Source(file, extension.equals(".csv") ? "text/csv" : "application/json"));
            }
        }
        return Optional.empty();
    }

    /** A kept source file and its media type. */
    public record Source(Path file, String mediaType) {}

    private static String extension(ImportFormat format) {
        return switch (format) {
            case APIFY_JSON -> ".json";
            case APIFY_CSV, CURATION_CSV -> ".csv";
            case APIFY_RUN -> ".jsonl";
        };
    }
}
