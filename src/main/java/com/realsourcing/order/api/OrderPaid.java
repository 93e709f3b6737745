package com.realsourcing.order.api;

import java.math.BigDecimal;
import java.util.UUID;

/** An order was paid and waits to be shipped. */
public record OrderPaid(UUID orderId, UUID organizationId, BigDecimal total, String currency) {}
