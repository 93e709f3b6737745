package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.api.SkuOffer;
import com.realsourcing.catalog.domain.Products.ActivityPrice;
import com.realsourcing.catalog.domain.Products.Prices;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a SKU's prices a buyer pays: an activity price running at that moment wins (the lowest if several run),
 * else the member price for members, else the channel's price, else the base price. Checkout and the storefront
 * both ask here, so the page never shows a price the order would not charge.
 */
final class PriceResolution {

    private PriceResolution() {}

    record Resolved(BigDecimal price, String source, ActivityPrice activity) {}

    record Named(Resolved resolved, SkuOffer.ActivityStatus status) {}

    /**
     * As {@link #resolve}, for an order placed for {@code activity} (may be null): that activity's price wins while
     * it runs, even over a cheaper one running beside it; when it has ended or not yet started the status says so
     * and the price is resolved without it, so the caller can refuse rather than silently charge another price.
     */
    static Named resolveNamed(Prices prices, SalesChannel channel, boolean member, String activity, Instant at) {
        if (activity == null) {
            return new Named(resolve(prices, channel, member, at), SkuOffer.ActivityStatus.NONE);
        }
        List<ActivityPrice> named = prices.activityPrices().stream()
                .filter(a -> a.activity().equals(activity))
                .toList();
        Optional<ActivityPrice> running =
                named.stream().filter(a -> runs(a, at)).min(Comparator.comparing(ActivityPrice::price));
        if (running.isPresent()) {
            return new Named(
                    new Resolved(running.get().price(), "ACTIVITY", running.get()), SkuOffer.ActivityStatus.RUNNING);
        }
        SkuOffer.ActivityStatus status = named.isEmpty()
                ? SkuOffer.ActivityStatus.NONE
                : named.stream().anyMatch(a -> !at.isBefore(a.endsAt()))
                        ? SkuOffer.ActivityStatus.ENDED
                        : SkuOffer.ActivityStatus.NOT_STARTED;
        return new Named(resolve(prices, channel, member, at), status);
    }

    private static boolean runs(ActivityPrice a, Instant at) {
        return !at.isBefore(a.startsAt()) && at.isBefore(a.endsAt());
    }

    static Resolved resolve(Prices prices, SalesChannel channel, boolean member, Instant at) {
        Optional<ActivityPrice> activity = prices.activityPrices().stream()
                .filter(a -> runs(a, at))
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
