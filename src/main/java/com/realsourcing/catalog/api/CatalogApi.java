package com.realsourcing.catalog.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of catalog. */
public interface CatalogApi {

    /**
     * The SKU with its price at {@code at}: an activity price running then wins, else the member price for members,
     * else the channel's price, else the base price.
     */
    Optional<SkuOffer> offer(UUID skuId, SalesChannel channel, boolean member, Instant at);

    /**
     * Checkout's pricing: the offers of several SKUs read in one statement, keyed by SKU (unknown SKUs are left
     * out). Resolved as {@link #offer}, except that when {@code activity} is named its price is the one asked for:
     * it wins while it runs, and {@link SkuOffer#activityStatus()} tells a caller that it has ended or not started
     * (the price then falls back as in {@link #offer}, for the caller to refuse).
     */
    Map<UUID, SkuOffer> offers(
            Collection<UUID> skuIds, SalesChannel channel, boolean member, String activity, Instant at);

    /**
     * Delivers the virtual lines of a paid order (physical lines are skipped): one activation code from the SKU's
     * pool, or one access grant, membership card or live-room ticket, per unit. Idempotent per order unit; all or
     * nothing. Runs out of codes only if stock and pool drifted apart: then it fails and nothing is delivered.
     */
    List<VirtualDelivery> deliver(VirtualGoodsOrder order);

    /** What the order's virtual lines delivered, in line and unit order. */
    List<VirtualDelivery> deliveriesOf(UUID orderId);
}
