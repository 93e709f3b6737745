package com.realsourcing.directory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's business licence was approved: it may publish (seed 002: 资质审核通过后才可发布信息) and see
 * factories' contact details.
 */
public record OrganizationVerified(UUID organizationId, String companyName, Instant verifiedAt) {}
