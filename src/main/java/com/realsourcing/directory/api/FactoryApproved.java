package com.realsourcing.directory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer approved a factory's licence submission: its first listing ({@code ONBOARDING}), a change to a
 * verified value ({@code CHANGE}) or the claim of an imported listing ({@code CLAIM}). The factory is listed.
 */
public record FactoryApproved(UUID factoryId, UUID organizationId, String kind, UUID reviewId, Instant approvedAt) {}
