package com.realsourcing.intel.domain;

import java.time.Instant;
import java.util.List;

/**
 * One video with its author as read from a provider item, before labelling. The item as received is kept with its
 * import's source ({@link ImportSources}), not per video.
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
        AccountItem account) {

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
