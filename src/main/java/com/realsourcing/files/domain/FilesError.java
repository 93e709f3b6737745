package com.realsourcing.files.domain;

import com.realsourcing.shared.domain.DomainException;
import org.springframework.http.HttpStatus;

/** The files module's error codes; each is also the message key in {@code messages/files*.properties}. */
final class FilesError {

    static final String TYPE_NOT_ALLOWED = "files.type-not-allowed";
    static final String TOO_LARGE = "files.too-large";
    static final String EMPTY = "files.empty";
    static final String NOT_FOUND = "files.not-found";
    static final String IMAGE_UNREADABLE = "files.image-unreadable";
    static final String TOO_MANY_PIXELS = "files.image-too-many-pixels";
    static final String STORAGE_UNAVAILABLE = "files.storage-unavailable";

    private static final long MB = 1024 * 1024;

    private FilesError() {}

    static DomainException typeNotAllowed(String detectedType) {
        return new DomainException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        TYPE_NOT_ALLOWED,
                        detectedType,
                        String.join(", ", FileKind.ALLOWED_TYPES))
                .with("detectedType", detectedType)
                .with("allowedTypes", FileKind.ALLOWED_TYPES);
    }

    static DomainException tooLarge(FileKind kind, long maxBytes) {
        return new DomainException(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, kind.mediaType(), maxBytes / MB)
                .with("maxBytes", maxBytes);
    }

    static DomainException empty() {
        return DomainException.invalidField("file", EMPTY);
    }

    static DomainException notFound() {
        return DomainException.notFound(NOT_FOUND);
    }

    static DomainException imageUnreadable() {
        return DomainException.badRequest(IMAGE_UNREADABLE);
    }

    static DomainException tooManyPixels(long maxPixels) {
        return new DomainException(HttpStatus.CONTENT_TOO_LARGE, TOO_MANY_PIXELS, maxPixels / 1_000_000)
                .with("maxPixels", maxPixels);
    }

    static DomainException storageUnavailable() {
        return new DomainException(HttpStatus.SERVICE_UNAVAILABLE, STORAGE_UNAVAILABLE);
    }
}
