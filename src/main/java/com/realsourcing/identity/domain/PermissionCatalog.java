package com.realsourcing.identity.domain;

import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every module's permissions in one place. What a member may do = the permissions of their role, limited to the
 * organisation's capabilities, without publishing ones when the account is RESTRICTED.
 */
@Component
public class PermissionCatalog {

    private final List<PermissionDefinition> definitions;

    PermissionCatalog(List<ModulePermissions> modules) {
        this.definitions =
                modules.stream().flatMap(m -> m.permissions().stream()).toList();
        var duplicates = definitions.stream()
                .collect(Collectors.groupingBy(PermissionDefinition::name, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(java.util.Map.Entry::getKey)
                .toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Permissions declared twice: " + duplicates);
        }
    }

    public Set<String> permissionsFor(Role role, Set<Capability> capabilities, boolean restricted) {
        return definitions.stream()
                .filter(d -> d.roles().contains(role.name()))
                .filter(d -> d.capability() == null || capabilities.contains(d.capability()))
                .filter(d -> !(restricted && d.publishing()))
                .map(PermissionDefinition::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public List<PermissionDefinition> all() {
        return definitions;
    }
}
