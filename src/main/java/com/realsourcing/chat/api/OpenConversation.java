package com.realsourcing.chat.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Open (or find) a conversation. {@code subjectType} names the subject's module and kind ({@code board.posting},
 * {@code directory.inquiry}); {@code subjectTitle} is shown in both parties' lists; {@code firstMessage} may be null.
 */
public record OpenConversation(
        String subjectType,
        UUID subjectId,
        String subjectTitle,
        UUID initiatorOrganizationId,
        UUID initiatorUserId,
        UUID counterpartOrganizationId,
        String firstMessage) {

    public OpenConversation {
        Objects.requireNonNull(subjectType);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(subjectTitle);
        Objects.requireNonNull(initiatorOrganizationId);
        Objects.requireNonNull(initiatorUserId);
        Objects.requireNonNull(counterpartOrganizationId);
        if (initiatorOrganizationId.equals(counterpartOrganizationId)) {
            throw new IllegalArgumentException("An organisation does not open a conversation with itself");
        }
    }
}
