package com.realsourcing.identity.api;

import java.util.UUID;

/**
 * A user's own contact details in clear (either may be null), for a use the user consented to — chat hands them to
 * the other party of a conversation when the user shares them. Show them only there; never list, log or export them.
 */
public record UserContact(UUID userId, String displayName, String mobile, String email) {

    public boolean isEmpty() {
        return (mobile == null || mobile.isBlank()) && (email == null || email.isBlank());
    }
}
