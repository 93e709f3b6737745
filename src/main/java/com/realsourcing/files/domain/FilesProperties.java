package com.realsourcing.files.domain;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Files settings ({@code realsourcing.files.*}). Size limits apply per detected type; {@code maxImagePixels}
 * guards against decompression bombs before a raster is decoded. {@code storage} picks the adapter: {@code local}
 * (under {@code local.root}, default {@code <data-dir>/files}) or {@code s3} (any S3-compatible store).
 */
@ConfigurationProperties("realsourcing.files")
public record FilesProperties(
        @DefaultValue("local") StorageType storage,
        @DefaultValue("10MB") DataSize maxImageSize,
        @DefaultValue("20MB") DataSize maxPdfSize,
        @DefaultValue("200MB") DataSize maxVideoSize,
        @DefaultValue("40000000") long maxImagePixels,
        @DefaultValue("320") int thumbnailSize,
        @DefaultValue("0.9") float jpegQuality,
        @DefaultValue("2") int maxConcurrentImageDecodes,
        @DefaultValue Local local,
        @DefaultValue S3 s3) {

    public enum StorageType {
        LOCAL,
        S3
    }

    /** {@code root} defaults to {@code <data-dir>/files}. */
    public record Local(Path root) {}

    /**
     * An S3-compatible bucket. Without {@code accessKey} the SDK's default credential chain is used; {@code
     * endpoint} is needed for anything but AWS itself (MinIO, Aliyun OSS, Tencent COS …).
     */
    public record S3(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyle,
            @DefaultValue("") String keyPrefix) {}

    public long maxBytes(FileKind kind) {
        return switch (kind.category()) {
            case IMAGE -> maxImageSize.toBytes();
            case DOCUMENT -> maxPdfSize.toBytes();
            case VIDEO -> maxVideoSize.toBytes();
        };
    }
}
