package com.realsourcing.files.infra;

import com.realsourcing.files.domain.FileStorage;
import com.realsourcing.files.domain.FilesProperties;
import com.realsourcing.shared.config.PlatformProperties;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the storage adapter from {@code realsourcing.files.storage}: {@code local} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

    @Bean
    @ConditionalOnProperty(name = "realsourcing.files.storage", havingValue = "local", matchIfMissing = true)
    FileStorage localFileStorage(FilesProperties properties, PlatformProperties platform) {
        Path root = properties.local().root() != null
                ? properties.local().root()
                : platform.dataDir().resolve("files");
        return new LocalFileStorage(root);
    }

    @Bean
    @ConditionalOnProperty(name = "realsourcing.files.storage", havingValue = "s3")
    FileStorage s3FileStorage(FilesProperties properties) {
        return S3FileStorage.create(properties.s3());
    }
}
