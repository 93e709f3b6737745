package com.realsourcing.chat.api;

import java.time.Instant;
import java.util.UUID;

/** One message with its conversation's subject, as a party sees it (a reported message is copied from this). */
public record MessageView(
        UUID id,
        UUID conversationId,
        String subjectType,
        UUID subjectId,
        UUID senderOrganizationId,
        UUID senderUserId,
        String body,
        Instant sentAt) {}
