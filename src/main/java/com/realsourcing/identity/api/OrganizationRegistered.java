package com.realsourcing.identity.api;

import java.util.UUID;

/** Published when an organisation is created (sign-up or later), so e.g. the directory can open a factory draft. */
public record OrganizationRegistered(UUID organizationId, OrganizationType type, String name, UUID ownerId) {}
