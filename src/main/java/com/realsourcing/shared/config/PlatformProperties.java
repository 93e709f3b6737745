package com.realsourcing.shared.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings: {@code realsourcing.data-dir} holds the embedded database, uploaded files, the search
 * index and generated keys ({@code ./data} by default).
 */
@ConfigurationProperties("realsourcing")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue("http://localhost:8080") String publicUrl) {}
