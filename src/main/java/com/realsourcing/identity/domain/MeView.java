package com.realsourcing.identity.domain;

import java.util.List;
import java.util.Set;

/** The signed-in user with their organisations and what they may do in the active one. */
public record MeView(
        User user,
        Organization activeOrganization,
        Role activeRole,
        List<OrgRole> organizations,
        Set<String> permissions,
        Set<String> capabilities) {

    /** An organisation the user belongs to, with their role there. */
    public record OrgRole(Organization organization, Role role) {}
}
