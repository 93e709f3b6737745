package com.realsourcing.chat.domain;

import static com.realsourcing.shared.security.ModulePermissions.ADMIN;
import static com.realsourcing.shared.security.ModulePermissions.MEMBER;
import static com.realsourcing.shared.security.ModulePermissions.OPERATOR;
import static com.realsourcing.shared.security.ModulePermissions.OWNER;
import static com.realsourcing.shared.security.ModulePermissions.REVIEWER;
import static com.realsourcing.shared.security.ModulePermissions.SUPER_ADMIN;

import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Chat's permissions. Every organisation type may talk (a worker applying for a job as much as a factory), so no
 * capability is required; what a member sees is decided per conversation (only its two parties). Platform staff
 * hold them too and are answered exactly like any other outsider: no conversation of theirs exists (seed 002 七,
 * 沟通记录仅双方可见). Sending and sharing contact details put content in front of another organisation, so a
 * RESTRICTED account may read but not send.
 */
@Component
public class ChatPermissions implements ModulePermissions {

    public static final String CONVERSATION_READ = "chat:conversation:read";
    public static final String MESSAGE_SEND = "chat:message:send";

    private static final Set<String> EVERYONE = Set.of(OWNER, ADMIN, MEMBER, SUPER_ADMIN, REVIEWER, OPERATOR);

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(CONVERSATION_READ, EVERYONE),
                PermissionDefinition.of(MESSAGE_SEND, EVERYONE).publishes());
    }
}
