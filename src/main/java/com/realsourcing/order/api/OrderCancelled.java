package com.realsourcing.order.api;

import java.util.UUID;

/** An unpaid order was cancelled (by the buyer, the seller, a declined payment or its time running out). */
public record OrderCancelled(UUID orderId, UUID organizationId, String reason) {}
