package com.realsourcing.directory.domain;

import static com.realsourcing.shared.security.ModulePermissions.ADMIN;
import static com.realsourcing.shared.security.ModulePermissions.OPERATOR;
import static com.realsourcing.shared.security.ModulePermissions.OWNER;
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

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(TAXONOMY_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(FACTORY_ONBOARD, Set.of(OWNER, ADMIN))
                        .requires(Capability.MANUFACTURE)
                        .publishes());
    }
}
