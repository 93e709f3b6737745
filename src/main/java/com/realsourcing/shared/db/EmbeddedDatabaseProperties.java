package com.realsourcing.shared.db;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when {@code spring.datasource.url} is not set. {@code port} 0 picks a free port;
 * {@code clean} wipes the data directory on start (tests only); {@code sharedBuffers} is PostgreSQL's page cache
 * ({@code shared_buffers}), {@code auto} sizing it to the machine ({@link #sharedBuffers(long)}); {@code settings} are
 * further server settings by their PostgreSQL names (e.g. {@code wal_buffers}), applied at start.
 */
@ConfigurationProperties("realsourcing.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("60s") Duration startupTimeout,
        @DefaultValue("20") int maxPoolSize,
        @DefaultValue("auto") String sharedBuffers,
        Map<String, String> settings) {

    EmbeddedDatabaseProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    private static final long MB = 1024 * 1024;

    /**
     * The {@code shared_buffers} to start with on a machine of {@code physicalMemory} bytes. {@code auto}: a sixteenth
     * of the memory, at least PostgreSQL's default of 128 MB, at most 1 GB. With a million intel videos the indexes an
     * import inserts into at random outgrow 128 MB: each new video then read and wrote ~1.8 pages and its {@code COPY}
     * took 45 µs instead of 33 µs (docs/performance.md, issue 4); the operating system's cache and the application keep
     * the rest of the memory.
     */
    String sharedBuffers(long physicalMemory) {
        if (!sharedBuffers.strip().equalsIgnoreCase("auto")) {
            return sharedBuffers.strip();
        }
        long sixteenth = physicalMemory / 16 / MB;
        return Math.max(128, Math.min(1024, sixteenth)) + "MB";
    }
}
