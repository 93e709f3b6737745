package com.realsourcing.catalog.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A SKU as an order sees it: who sells it, what it is, and the unit price for the asked channel, membership and
 * moment (in the product's ISO currency). {@code priceSource} says which price won: ACTIVITY, MEMBER, CHANNEL or BASE.
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
        String priceSource) {

    public SkuOffer {
        attributes = Map.copyOf(attributes);
    }
}
