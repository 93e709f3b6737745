package com.realsourcing.directory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A buyer sent a factory an inquiry (询盘); the chat module opens a conversation from it with {@code message} (what
 * the buyer wrote) as its first message, so the two can continue there.
 */
public record InquirySent(
        UUID inquiryId,
        UUID factoryId,
        UUID factoryOrganizationId,
        UUID buyerOrganizationId,
        UUID buyerUserId,
        String productName,
        int quantity,
        String unit,
        String message,
        Instant sentAt) {}
