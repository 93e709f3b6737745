package com.realsourcing.intel.domain;

import java.time.Instant;
import java.util.List;

/**
 * One video with its author as read from a provider item, before labelling. {@code raw} is the item's JSON as
 * received (CSV rows are rebuilt into the same nested shape).
 */
record VideoItem(
        String videoId,
        String webUrl,
        String text,
        List<String> hashtags,
        String language,
        Instant publishedAt,
        long plays,
        long likes,
        long shares,
        long comments,
        long saves,
        Integer durationSeconds,
        String coverUrl,
        String location,
        String searchQuery,
        AccountItem account,
        String raw) {

    /** The author as the item describes them at scrape time. */
    record AccountItem(
            String handle,
            String platformUserId,
            String nickname,
            String profileUrl,
            String bio,
            String bioLink,
            boolean verified,
            boolean seller,
            long followers,
            long following,
            long likesTotal,
            long videoTotal) {}
}
