package com.realsourcing.files.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file types we accept, as detected from the content. GIF is accepted but stored as PNG (re-encoded), so
 * {@code storedAs} may differ from the uploaded type.
 */
public enum FileKind {
    JPEG("image/jpeg", Category.IMAGE, "jpg", "jpeg", "jpe"),
    PNG("image/png", Category.IMAGE, "png"),
    GIF("image/gif", Category.IMAGE, "gif"),
    WEBP("image/webp", Category.IMAGE, "webp"),
    PDF("application/pdf", Category.DOCUMENT, "pdf"),
    MP4("video/mp4", Category.VIDEO, "mp4", "m4v");

    /** Types named to the client in {@code files.type-not-allowed}. */
    public static final List<String> ALLOWED_TYPES =
            Arrays.stream(values()).map(FileKind::mediaType).toList();

    private final String mediaType;
    private final Category category;
    private final String defaultExtension;
    private final Set<String> extensions;

    FileKind(String mediaType, Category category, String defaultExtension, String... otherExtensions) {
        this.mediaType = mediaType;
        this.category = category;
        this.defaultExtension = defaultExtension;
        this.extensions = Stream.concat(Stream.of(defaultExtension), Stream.of(otherExtensions))
                .collect(Collectors.toUnmodifiableSet());
    }

    public enum Category {
        IMAGE,
        DOCUMENT,
        VIDEO
    }

    public String mediaType() {
        return mediaType;
    }

    public Category category() {
        return category;
    }

    /** The kind the bytes are stored as: GIF becomes PNG when re-encoded. */
    public FileKind storedAs() {
        return this == GIF ? PNG : this;
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    public String defaultExtension() {
        return defaultExtension;
    }

    static Optional<FileKind> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(k -> k.mediaType.equals(mediaType))
                .findFirst();
    }
}
