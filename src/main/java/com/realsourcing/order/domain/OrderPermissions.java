package com.realsourcing.order.domain;

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

/**
 * Anyone signed in may buy (and pay or cancel their own orders); sellers (creators and brands) read their orders,
 * and owners and admins fulfil them.
 */
@Component
public class OrderPermissions implements ModulePermissions {

    public static final String PLACE = "order:order:place";
    public static final String READ = "order:order:read";
    public static final String FULFIL = "order:order:fulfil";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(PLACE, Set.of(OWNER, ADMIN, MEMBER, SUPER_ADMIN, REVIEWER, OPERATOR)),
                PermissionDefinition.of(READ, Set.of(OWNER, ADMIN, MEMBER)).requires(Capability.SELL_RETAIL),
                PermissionDefinition.of(FULFIL, Set.of(OWNER, ADMIN)).requires(Capability.SELL_RETAIL));
    }
}
