package com.realsourcing.directory.api;

import java.util.Optional;
import java.util.UUID;

/**
 * A module that adds a section to the factory card ({@code GET /api/factory/{id}}) implements this, so the
 * directory never depends on it: intel adds the factory's TikTok accounts and video figures under its key.
 */
public interface FactoryCardContributor {

    /** The card member the section appears under, such as {@code "tiktok"}. */
    String key();

    /** The section for one factory, or empty when there is nothing to show; a JSON-serialisable value. */
    Optional<Object> contribute(UUID factoryId);
}
