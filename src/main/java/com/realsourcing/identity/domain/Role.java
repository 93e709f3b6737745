package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.OrganizationType;

/** Roles in a business organisation (OWNER, ADMIN, MEMBER) and in the platform organisation. */
public enum Role {
    OWNER,
    ADMIN,
    MEMBER,
    SUPER_ADMIN,
    REVIEWER,
    OPERATOR;

    public boolean isPlatformRole() {
        return this == SUPER_ADMIN || this == REVIEWER || this == OPERATOR;
    }

    /** Whether this role can exist in that kind of organisation. */
    public boolean fits(OrganizationType type) {
        return type.isPlatform() == isPlatformRole();
    }
}
