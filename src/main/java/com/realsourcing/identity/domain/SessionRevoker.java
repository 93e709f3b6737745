package com.realsourcing.identity.domain;

import java.util.UUID;

/** Ends a user's browser sessions on every instance (after a state change or a password change). */
public interface SessionRevoker {

    /** Ends all of the user's sessions except the one with {@code keepSessionId} (may be null). */
    void revokeAll(UUID userId, String keepSessionId);
}
