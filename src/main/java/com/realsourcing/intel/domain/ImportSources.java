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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    private static final Logger log = LoggerFactory.getLogger(ImportSources.class);

    private final Path dir;
    private final Duration retention;

    ImportSources(
            PlatformProperties platform,
            @Value("${realsourcing.intel.import-source-retention:365d}") Duration retention) {
        this.dir = platform.dataDir().resolve("intel").resolve("imports");
        this.retention = retention;
    }

    /**
     * Deletes the sources older than the retention ({@code realsourcing.intel.import-source-retention}, a year by
     * default), and uploads abandoned on their way in; returns how many files went. Every import calls it when its
     * source is kept (a directory listing), on the instance that keeps them.
     */
    public int deleteExpired(Instant now) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Instant cutoff = now.minus(retention);
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean up the import sources in {}", dir, e);
        }
        return deleted;
    }

    /** A new file for an upload on its way in, beside the kept ones so keeping it is a rename. */
    Path newUpload() {
        return inDir(dir -> Files.createTempFile(dir, "upload-", ".part"));
    }

    /** Moves an upload that was read into place as the import's source. */
    void keep(UUID importId, ImportFormat format, Path upload) {
        inDir(dir ->
                Files.move(upload, dir.resolve(importId + extension(format)), StandardCopyOption.REPLACE_EXISTING));
    }

    /** A writer for the items of a provider run, one JSON object per line. */
    Writer lines(UUID importId) {
        return inDir(dir -> new BufferedWriter(
                Files.newBufferedWriter(
                        dir.resolve(importId + extension(ImportFormat.APIFY_RUN)), StandardCharsets.UTF_8),
                1 << 16));
    }

    /** The import's source file, if it was kept. */
    public Optional<Source> find(UUID importId) {
        for (ImportFormat format : ImportFormat.values()) {
            Path file = dir.resolve(importId + extension(format));
            if (Files.isRegularFile(file)) {
                String mediaType = extension(format).equals(".csv") ? "text/csv" : "application/json";
                return Optional.of(new Source(file, mediaType, "import-" + file.getFileName()));
            }
        }
        return Optional.empty();
    }

    /** A kept source file, its media type and the name it is downloaded under. */
    public record Source(Path file, String mediaType, String filename) {}

    private interface InDir<T> {
        T apply(Path dir) throws IOException;
    }

    /** Runs {@code action} on the directory, created first if it is missing. */
    private <T> T inDir(InDir<T> action) {
        try {
            Files.createDirectories(dir);
            return action.apply(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(ImportFormat format) {
        return switch (format) {
            case APIFY_JSON -> ".json";
            case APIFY_CSV, CURATION_CSV -> ".csv";
            case APIFY_RUN -> ".jsonl";
        };
    }
}
