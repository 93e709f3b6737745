package com.realsourcing.catalog.domain;

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
 * Catalog's permissions, for organisations that sell retail (creators and brands): members read products; owners
 * and admins create them and set prices; publishing puts a product in front of buyers, so restricted accounts
 * lose it.
 */
@Component
public class CatalogPermissions implements ModulePermissions {

    public static final String PRODUCT_READ = "catalog:product:read";
    public static final String PRODUCT_WRITE = "catalog:product:write";
    public static final String PRODUCT_PUBLISH = "catalog:product:publish";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(PRODUCT_READ, Set.of(OWNER, ADMIN, MEMBER))
                        .requires(Capability.SELL_RETAIL),
                PermissionDefinition.of(PRODUCT_WRITE, Set.of(OWNER, ADMIN)).requires(Capability.SELL_RETAIL),
                PermissionDefinition.of(PRODUCT_PUBLISH, Set.of(OWNER, ADMIN))
                        .requires(Capability.SELL_RETAIL)
                        .publishes());
    }
}
