package com.realsourcing.directory.api;

import java.time.Instant;
import java.util.UUID;

/** A buyer sent a factory an inquiry (询盘); the chat module may open a conversation from it. */
public record InquirySent(
        UUID inquiryId,
        UUID factoryId,
        UUID factoryOrganizationId,
        UUID buyerOrganizationId,
        UUID buyerUserId,
        String productName,
        int quantity,
        String unit,
        Instant sentAt) {}
