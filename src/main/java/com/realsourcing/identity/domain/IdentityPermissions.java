package com.realsourcing.identity.domain;

import static com.realsourcing.shared.security.ModulePermissions.ADMIN;
import static com.realsourcing.shared.security.ModulePermissions.MEMBER;
import static com.realsourcing.shared.security.ModulePermissions.OPERATOR;
import static com.realsourcing.shared.security.ModulePermissions.OWNER;
import static com.realsourcing.shared.security.ModulePermissions.REVIEWER;
import static com.realsourcing.shared.security.ModulePermissions.SUPER_ADMIN;

import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class IdentityPermissions implements ModulePermissions {

    static final String ORGANIZATION_READ = "identity:organization:read";
    static final String ORGANIZATION_CREATE = "identity:organization:create";
    static final String MEMBER_READ = "identity:member:read";
    static final String MEMBER_INVITE = "identity:member:invite";
    static final String TOKEN_MANAGE = "identity:token:manage";
    static final String USER_READ_ALL = "identity:user:read-all";
    static final String USER_CHANGE_STATE = "identity:user:change-state";
    static final String ORGANIZATION_READ_ALL = "identity:organization:read-all";
    static final String AUDIT_READ = "identity:audit:read";
    static final String METRICS_READ = "identity:metrics:read";

    private static final Set<String> EVERYONE = Set.of(OWNER, ADMIN, MEMBER, SUPER_ADMIN, REVIEWER, OPERATOR);
    private static final Set<String> BUSINESS = Set.of(OWNER, ADMIN, MEMBER);

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(ORGANIZATION_READ, EVERYONE),
                PermissionDefinition.of(ORGANIZATION_CREATE, BUSINESS),
                PermissionDefinition.of(MEMBER_READ, Set.of(OWNER, ADMIN, MEMBER, SUPER_ADMIN)),
                PermissionDefinition.of(MEMBER_INVITE, Set.of(OWNER, ADMIN, SUPER_ADMIN)),
                PermissionDefinition.of(TOKEN_MANAGE, EVERYONE),
                PermissionDefinition.of(USER_READ_ALL, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(USER_CHANGE_STATE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(ORGANIZATION_READ_ALL, Set.of(SUPER_ADMIN, OPERATOR, REVIEWER))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(AUDIT_READ, Set.of(SUPER_ADMIN)).requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(METRICS_READ, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM));
    }
}
