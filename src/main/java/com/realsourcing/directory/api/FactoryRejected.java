package com.realsourcing.directory.api;

import java.time.Instant;
import java.util.UUID;

/** A reviewer turned down a factory's licence submission, with the reason the factory was sent. */
public record FactoryRejected(
        UUID factoryId, UUID organizationId, String kind, UUID reviewId, String reason, Instant rejectedAt) {}
