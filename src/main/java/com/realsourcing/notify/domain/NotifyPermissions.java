package com.realsourcing.notify.domain;

import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Everyone may read (and mark read) their own notifications. */
@Component
public class NotifyPermissions implements ModulePermissions {

    public static final String READ = "notify:notification:read";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(PermissionDefinition.of(READ, Set.of(OWNER, ADMIN, MEMBER, SUPER_ADMIN, REVIEWER, OPERATOR)));
    }
}
