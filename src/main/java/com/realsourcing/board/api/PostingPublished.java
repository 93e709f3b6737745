package com.realsourcing.board.api;

import java.time.Instant;
import java.util.UUID;

/** A reviewer approved a posting (or a new version of it), which is now what the public sees. */
public record PostingPublished(UUID postingId, String kind, UUID organizationId, boolean revision, Instant at) {}
