package com.realsourcing.chat.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message as stored: the body exactly as its sender wrote it; {@code seq} numbers it in its conversation. */
public record Message(
        UUID id,
        UUID conversationId,
        long seq,
        MessageKind kind,
        UUID senderOrganizationId,
        UUID senderUserId,
        String body,
        List<UUID> attachmentFileIds,
        Instant sentAt) {

    public Message {
        attachmentFileIds = List.copyOf(attachmentFileIds);
    }
}
