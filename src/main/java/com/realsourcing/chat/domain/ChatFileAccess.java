package com.realsourcing.chat.domain;

import com.realsourcing.files.api.FileAccessPolicy;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.security.AuthenticatedUser;
import org.springframework.stereotype.Component;

/** The other party of a conversation may download what was attached to its messages; nobody else gains access. */
@Component
class ChatFileAccess implements FileAccessPolicy {

    private final ConversationStore store;

    ChatFileAccess(ConversationStore store) {
        this.store = store;
    }

    @Override
    public boolean mayRead(StoredFile file, AuthenticatedUser user) {
        return user.can(ChatPermissions.CONVERSATION_READ)
                && store.attachmentVisibleTo(file.id(), user.organizationId());
    }
}
