package com.realsourcing.shared.db;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when {@code spring.datasource.url} is not set. {@code port} 0 picks a free port;
 * {@code clean} wipes the data directory on start (tests only); {@code sharedBuffers} is PostgreSQL's page cache
 * ({@code shared_buffers}): PostgreSQL's default of 128 MB suits the demo; with a million intel videos the indexes
 * outgrow it (an import of new items gained about 10 % with 1 GB on cold buffers, docs/performance.md).
 */
@ConfigurationProperties("realsourcing.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("60s") Duration startupTimeout,
        @DefaultValue("20") int maxPoolSize,
        @DefaultValue("128MB") String sharedBuffers) {}
