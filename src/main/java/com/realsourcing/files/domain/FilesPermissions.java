package com.realsourcing.files.domain;

import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Files' permissions. Uploading publishes content (restricted accounts lose it); reading an organisation's own
 * files is open to every role, platform roles included.
 */
@Component
public class FilesPermissions implements ModulePermissions {

    public static final String UPLOAD = "files:file:upload";
    public static final String READ = "files:file:read";

    private static final Set<String> ALL_ROLES = Set.of(OWNER, ADMIN, MEMBER, SUPER_ADMIN, REVIEWER, OPERATOR);

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(UPLOAD, ALL_ROLES).publishes(), PermissionDefinition.of(READ, ALL_ROLES));
    }
}
