package com.realsourcing.inventory.domain;

import static com.realsourcing.shared.security.ModulePermissions.ADMIN;
import static com.realsourcing.shared.security.ModulePermissions.MEMBER;
import static com.realsourcing.shared.security.ModulePermissions.OWNER;

import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Inventory's permissions, for organisations that sell retail (creators and brands): every member reads stock;
 * owners and admins adjust it, import counts and set activities' allocations aside.
 */
@Component
public class InventoryPermissions implements ModulePermissions {

    public static final String STOCK_READ = "inventory:stock:read";
    public static final String STOCK_ADJUST = "inventory:stock:adjust";
    public static final String ALLOCATION_MANAGE = "inventory:allocation:manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(STOCK_READ, Set.of(OWNER, ADMIN, MEMBER))
                        .requires(Capability.SELL_RETAIL),
                PermissionDefinition.of(STOCK_ADJUST, Set.of(OWNER, ADMIN)).requires(Capability.SELL_RETAIL),
                PermissionDefinition.of(ALLOCATION_MANAGE, Set.of(OWNER, ADMIN)).requires(Capability.SELL_RETAIL));
    }
}
