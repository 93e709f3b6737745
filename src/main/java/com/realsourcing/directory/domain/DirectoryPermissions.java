package com.realsourcing.directory.domain;

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
 * Directory's permissions. Operators keep the taxonomy (seed 002 系统设置 · 分类标签管理); a factory's owner or
 * admin onboards it — which puts a listing in front of the public, so restricted accounts lose it.
 */
@Component
public class DirectoryPermissions implements ModulePermissions {

    public static final String TAXONOMY_MANAGE = "directory:taxonomy:manage";
    public static final String FACTORY_ONBOARD = "directory:factory:onboard";
    public static final String FACTORY_MANAGE = "directory:factory:manage";
    public static final String INQUIRY_READ = "directory:inquiry:read";
    public static final String INQUIRY_SEND = "directory:inquiry:send";
    public static final String VERIFICATION_SUBMIT = "directory:verification:submit";
    public static final String FAVOURITE_MANAGE = "directory:favourite:manage";
    public static final String REVIEW_DECIDE = "directory:review:decide";
    public static final String IMPORT_MANAGE = "directory:import:manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(TAXONOMY_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(FACTORY_ONBOARD, Set.of(OWNER, ADMIN))
                        .requires(Capability.MANUFACTURE)
                        .publishes(),
                // The trust profile, certificates, products and photos appear on the public page.
                PermissionDefinition.of(FACTORY_MANAGE, Set.of(OWNER, ADMIN, MEMBER))
                        .requires(Capability.MANUFACTURE)
                        .publishes(),
                PermissionDefinition.of(INQUIRY_READ, Set.of(OWNER, ADMIN, MEMBER))
                        .requires(Capability.MANUFACTURE),
                PermissionDefinition.of(INQUIRY_SEND, Set.of(OWNER, ADMIN, MEMBER))
                        .requires(Capability.BUY_B2B)
                        .publishes(),
                PermissionDefinition.of(VERIFICATION_SUBMIT, Set.of(OWNER, ADMIN)),
                PermissionDefinition.of(FAVOURITE_MANAGE, Set.of(OWNER, ADMIN, MEMBER)),
                PermissionDefinition.of(REVIEW_DECIDE, Set.of(SUPER_ADMIN, REVIEWER))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(IMPORT_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM));
    }
}
