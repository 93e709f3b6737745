package com.realsourcing.chat.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation between two organisations about one subject. {@code messageCount} is also the number of its latest
 * message; {@code lastMessageAt} is null until the first message.
 */
public record Conversation(
        UUID id,
        String subjectType,
        UUID subjectId,
        String subjectTitle,
        UUID initiatorOrganizationId,
        UUID initiatorUserId,
        UUID counterpartOrganizationId,
        Instant openedAt,
        Instant lastMessageAt,
        long messageCount) {

    public boolean isParty(UUID organizationId) {
        return initiatorOrganizationId.equals(organizationId) || counterpartOrganizationId.equals(organizationId);
    }

    /** The party that is not {@code organizationId}. */
    public UUID otherParty(UUID organizationId) {
        if (initiatorOrganizationId.equals(organizationId)) {
            return counterpartOrganizationId;
        }
        if (counterpartOrganizationId.equals(organizationId)) {
            return initiatorOrganizationId;
        }
        throw new IllegalArgumentException("Not a party: " + organizationId);
    }

    /** When something last happened: the latest message, or the opening. */
    public Instant lastActivityAt() {
        return lastMessageAt != null ? lastMessageAt : openedAt;
    }
}
