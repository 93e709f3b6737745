package com.realsourcing.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is calling: the user, the organisation they act for right now, their role there, and the permissions that
 * follow. Kept in the (JDBC-stored) session, so it is serializable and small.
 */
public record AuthenticatedUser(
        UUID userId,
        String displayName,
        UUID organizationId,
        String role,
        Set<String> permissions,
        Set<Capability> capabilities,
        boolean restricted)
        implements Serializable, AuthenticatedPrincipal {

    public AuthenticatedUser {
        permissions = Set.copyOf(permissions);
        capabilities = Set.copyOf(capabilities);
    }

    /** The name Spring Session indexes sessions by, so all of a user's sessions can be ended at once. */
    @Override
    public String getName() {
        return userId.toString();
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
