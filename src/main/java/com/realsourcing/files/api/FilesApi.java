package com.realsourcing.files.api;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of files: look up an upload they were handed, and change who may read it. */
public interface FilesApi {

    Optional<StoredFile> find(UUID fileId);

    /** The upload, if it exists and belongs to the given organisation (so a module never attaches another's file). */
    Optional<StoredFile> findOwnedBy(UUID fileId, UUID organizationId);

    void changeVisibility(UUID fileId, FileVisibility visibility);
}
