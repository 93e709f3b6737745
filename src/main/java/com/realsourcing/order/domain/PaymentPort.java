package com.realsourcing.order.domain;

import com.realsourcing.shared.domain.Money;
import java.util.UUID;

/**
 * Takes payment for an order. Deliberately small: the payment module (providers, webhooks, refunds) replaces the
 * sandbox later. {@code sandboxOutcome} (SUCCEED or DECLINE) is only read by the sandbox.
 */
public interface PaymentPort {

    PaymentResult charge(UUID orderId, Money amount, String sandboxOutcome);

    record PaymentResult(boolean succeeded, String reference, String declineCode) {}
}
