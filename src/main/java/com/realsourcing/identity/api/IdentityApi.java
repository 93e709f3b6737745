package com.realsourcing.identity.api;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of identity. */
public interface IdentityApi {

    Optional<UserSummary> findUser(UUID userId);

    /**
     * The user's own mobile number and e-mail address, decrypted, for a use the user asked for (sharing them with
     * the other party of a conversation). {@link UserSummary} deliberately carries no contact details; nothing else
     * should call this.
     */
    Optional<UserContact> findContact(UUID userId);

    Optional<OrganizationSummary> findOrganization(UUID organizationId);

    /** An organisation by its exact registered name (demo data and operators' look-ups). */
    Optional<OrganizationSummary> findOrganizationByName(String name);

    /** Several organisations at once (to name the authors of a page of postings); unknown ids are left out. */
    java.util.Map<UUID, OrganizationSummary> findOrganizations(java.util.Collection<UUID> organizationIds);

    boolean isMember(UUID userId, UUID organizationId);

    /** The users of an organisation (to notify them all, e.g. of an inquiry to their factory). */
    java.util.List<UUID> membersOf(UUID organizationId);

    /**
     * Organisations registered per calendar day and type between {@code from} and {@code to} (both inclusive),
     * days counted in {@code zone}; days without registrations are left out, the platform itself is not counted.
     */
    java.util.List<RegistrationCount> organizationsRegisteredPerDay(
            java.time.LocalDate from, java.time.LocalDate to, java.time.ZoneId zone);

    void audit(AuditRecord record);
}
