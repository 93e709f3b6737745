package com.realsourcing.shared.security;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One permission ({@code module:resource:action}), which roles hold it by default, the capability the active
 * organisation needs for it (null when any organisation may), and whether it publishes content — publishing
 * permissions are withheld from RESTRICTED accounts.
 */
public record PermissionDefinition(String name, Set<String> roles, Capability capability, boolean publishing) {

    private static final Pattern NAME = Pattern.compile("[a-z]+:[a-z-]+:[a-z-]+");

    public PermissionDefinition {
        Objects.requireNonNull(name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Permission must be module:resource:action, was " + name);
        }
        roles = Set.copyOf(roles);
    }

    public static PermissionDefinition of(String name, Set<String> roles) {
        return new PermissionDefinition(name, roles, null, false);
    }

    public PermissionDefinition requires(Capability needed) {
        return new PermissionDefinition(name, roles, needed, publishing);
    }

    public PermissionDefinition publishes() {
        return new PermissionDefinition(name, roles, capability, true);
    }
}
