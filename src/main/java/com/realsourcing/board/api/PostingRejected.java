package com.realsourcing.board.api;

import java.time.Instant;
import java.util.UUID;

/** A reviewer rejected a posting (or a new version of it) with a reason the author was told. */
public record PostingRejected(
        UUID postingId, String kind, UUID organizationId, boolean revision, String reason, Instant at) {}
