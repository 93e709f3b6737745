package com.realsourcing.chat.api;

import java.time.Instant;
import java.util.UUID;

/** Two organisations started talking about a subject (published once, when the conversation is created). */
public record ConversationOpened(
        UUID conversationId,
        String subjectType,
        UUID subjectId,
        UUID initiatorOrganizationId,
        UUID counterpartOrganizationId,
        Instant openedAt) {}
