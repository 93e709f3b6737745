package com.realsourcing.intel.api;

import java.util.List;
import java.util.UUID;

/**
 * A factory's social presence for its directory card: each linked account, and totals over the videos those
 * accounts published in the last 30 days. {@code engagementRate} is (likes + comments + shares + saves) / plays;
 * the {@code *Text} fields are the numbers as the Chinese UI writes them (356.2万, 1.2亿).
 */
public record FactorySocialFigures(
        UUID factoryId,
        List<Account> accounts,
        long videos30d,
        long plays30d,
        String plays30dText,
        long likes30d,
        double engagementRate30d) {

    public FactorySocialFigures {
        accounts = List.copyOf(accounts);
    }

    /** One linked account. */
    public record Account(
            UUID id,
            String platform,
            String handle,
            String nickname,
            String profileUrl,
            long followers,
            String followersText,
            long videoTotal,
            boolean verified,
            boolean seller) {}
}
