package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.Products.ActivityPrice;
import com.realsourcing.catalog.domain.Products.Prices;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which of a SKU's prices a buyer pays: an activity price running at that moment wins (the lowest if several run),
 * else the member price for members, else the channel's price, else the base price. Checkout and the storefront
 * both ask here, so the page never shows a price the order would not charge.
 */
final class PriceResolution {

    private PriceResolution() {}

    record Resolved(BigDecimal price, String source, ActivityPrice activity) {}

    static Resolved resolve(Prices prices, SalesChannel channel, boolean member, Instant at) {
        Optional<ActivityPrice> activity = prices.activityPrices().stream()
                .filter(a -> !at.isBefore(a.startsAt()) && at.isBefore(a.endsAt()))
                .min(Comparator.comparing(ActivityPrice::price));
        if (activity.isPresent()) {
            return new Resolved(activity.get().price(), "ACTIVITY", activity.get());
        }
        if (member && prices.memberPrice() != null) {
            return new Resolved(prices.memberPrice(), "MEMBER", null);
        }
        if (channel != null && prices.channelPrices().containsKey(channel)) {
            return new Resolved(prices.channelPrices().get(channel), "CHANNEL", null);
        }
        return new Resolved(prices.price(), "BASE", null);
    }
}
