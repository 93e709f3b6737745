package com.realsourcing.catalog.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A SKU as an order sees it: who sells it, what it is, and the unit price for the asked channel, membership and
 * moment (in the product's ISO currency). {@code priceSource} says which price won: ACTIVITY, MEMBER, CHANNEL or BASE.
 * {@code activityStatus} says, when the order named an activity, whether that activity's price for this SKU runs at
 * the moment asked, has ended, has not started, or does not exist (NONE; also when no activity was named).
 */
public record SkuOffer(
        UUID skuId,
        UUID productId,
        UUID organizationId,
        String productName,
        Map<String, String> attributes,
        boolean published,
        boolean virtual,
        BigDecimal unitPrice,
        String currency,
        String priceSource,
        ActivityStatus activityStatus) {

    public SkuOffer {
        attributes = Map.copyOf(attributes);
    }

    /** The named activity's price for this SKU at the moment asked. */
    public enum ActivityStatus {
        NONE,
        RUNNING,
        NOT_STARTED,
        ENDED
    }
}
