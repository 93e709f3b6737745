package com.realsourcing.catalog.api;

import java.time.Instant;

/**
 * One delivered unit of a virtual line: {@code kind} is COURSE, AUDIO, ACTIVATION_CODE, MEMBERSHIP_CARD or
 * LIVE_TICKET and {@code credential} what the buyer uses (the activation code, the access grant, the card or ticket
 * number). Only the buyer sees the credential in clear.
 */
public record VirtualDelivery(
        int line, int unit, String productName, String kind, String credential, Instant deliveredAt) {}
