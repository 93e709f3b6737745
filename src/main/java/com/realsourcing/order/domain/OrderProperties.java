package com.realsourcing.order.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Order settings ({@code realsourcing.order.*}): checkout rate limits per user and per client IP (requests per
 * second, seed 004 §4.3), how often unpaid orders past their time are cancelled, and checkout's group commit: whether
 * concurrent checkouts are combined into one transaction, at most how many per transaction, and how many writer
 * threads run those transactions, and from how many checkouts in flight on this instance combining starts: below
 * that a caller places its own order, sparing it the hand-off to a writer thread when there is nothing to combine
 * (docs/adr/0009-checkout-group-commit.md).
 */
@ConfigurationProperties("realsourcing.order")
public record OrderProperties(
        @DefaultValue("3") int checkoutPerUserPerSecond,
        @DefaultValue("10") int checkoutPerIpPerSecond,
        @DefaultValue("30s") Duration cancelUnpaidInterval,
        @DefaultValue("true") boolean checkoutBatching,
        @DefaultValue("128") int checkoutBatchSize,
        @DefaultValue("2") int checkoutBatchWriters,
        @DefaultValue("8") int checkoutCombineFrom) {

    public OrderProperties {
        if (checkoutBatchSize < 1 || checkoutBatchWriters < 1) {
            throw new IllegalArgumentException(
                    "realsourcing.order.checkout-batch-size and -writers must be at least 1");
        }
        if (checkoutCombineFrom < 1) {
            throw new IllegalArgumentException("realsourcing.order.checkout-combine-from must be at least 1");
        }
    }
}
