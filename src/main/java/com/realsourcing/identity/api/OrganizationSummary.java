package com.realsourcing.identity.api;

import java.time.Instant;
import java.util.UUID;

/** An organisation as other modules see it. */
public record OrganizationSummary(UUID id, String name, OrganizationType type, Instant createdAt) {}
