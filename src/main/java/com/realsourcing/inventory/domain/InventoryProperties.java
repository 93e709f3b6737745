package com.realsourcing.inventory.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inventory settings ({@code realsourcing.inventory.*}): how long an unpaid order holds its units, how many
 * buckets a new SKU's counters are split over (1, the default: one row, reserved with checkout in one statement; a
 * SKU expecting a live-stream spike is split later through {@code PUT /api/inventory/skus/{skuId}/buckets}), and how
 * often the expiry sweeper and the reserved-repair job run.
 */
@ConfigurationProperties("realsourcing.inventory")
public record InventoryProperties(
        @DefaultValue("15m") Duration reservationTtl,
        @DefaultValue("1") int buckets,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("0 17 * * * *") String repairCron) {

    public InventoryProperties {
        if (buckets < 1 || buckets > 64) {
            throw new IllegalArgumentException("realsourcing.inventory.buckets must be 1..64, was " + buckets);
        }
    }
}
