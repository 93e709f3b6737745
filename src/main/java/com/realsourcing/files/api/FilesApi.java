package com.realsourcing.files.api;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of files: look up an upload they were handed, and change who may read it. */
public interface FilesApi {

    Optional<StoredFile> find(UUID fileId);

    /** The upload, if it exists and belongs to the given organisation (so a module never attaches another's file). */
    Optional<StoredFile> findOwnedBy(UUID fileId, UUID organizationId);

    void changeVisibility(UUID fileId, FileVisibility visibility);

    /**
     * Stores a file a module made itself (a poster, a weekly report) for an organisation, with the same checks as
     * an upload: type from the content, size limits, images re-encoded with a thumbnail. Throws the same {@code
     * DomainException}s ({@code files.type-not-allowed}, {@code files.too-large} …).
     */
    StoredFile store(UUID organizationId, UUID uploadedBy, String filename, byte[] content, FileVisibility visibility);
}
