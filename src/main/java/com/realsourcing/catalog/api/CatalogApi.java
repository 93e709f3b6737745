package com.realsourcing.catalog.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of catalog. */
public interface CatalogApi {

    /**
     * The SKU with its price at {@code at}: an activity price running then wins, else the member price for members,
     * else the channel's price, else the base price.
     */
    Optional<SkuOffer> offer(UUID skuId, SalesChannel channel, boolean member, Instant at);
}
