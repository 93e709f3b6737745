package com.realsourcing.shared.db;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when {@code spring.datasource.url} is not set. {@code port} 0 picks a free port;
 * {@code clean} wipes the data directory on start (tests only).
 */
@ConfigurationProperties("realsourcing.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("60s") Duration startupTimeout,
        @DefaultValue("20") int maxPoolSize) {}
