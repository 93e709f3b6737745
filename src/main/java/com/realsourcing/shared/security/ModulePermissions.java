package com.realsourcing.shared.security;

import java.util.List;

/**
 * A module declares its permissions by exposing one bean of this type; identity gathers them all to compute what
 * a member may do. Role names: OWNER, ADMIN, MEMBER (business organisations), SUPER_ADMIN, REVIEWER, OPERATOR
 * (the platform organisation).
 */
public interface ModulePermissions {

    String OWNER = "OWNER";
    String ADMIN = "ADMIN";
    String MEMBER = "MEMBER";
    String SUPER_ADMIN = "SUPER_ADMIN";
    String REVIEWER = "REVIEWER";
    String OPERATOR = "OPERATOR";

    List<PermissionDefinition> permissions();
}
