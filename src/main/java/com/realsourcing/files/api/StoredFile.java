package com.realsourcing.files.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded file's metadata. {@code contentType} was detected from the bytes, not taken from the client; width
 * and height are set for images; {@code thumbnail} tells whether a thumbnail exists.
 */
public record StoredFile(
        UUID id,
        UUID organizationId,
        UUID uploadedBy,
        String filename,
        String contentType,
        long size,
        Integer width,
        Integer height,
        boolean thumbnail,
        FileVisibility visibility,
        Instant createdAt) {}
