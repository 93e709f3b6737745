package com.realsourcing.intel.domain;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code realsourcing.intel.*}: the Apify adapter ({@code sandbox} by default; {@code real} needs a token), the
 * scheduled refresh and import batching.
 */
@ConfigurationProperties("realsourcing.intel")
public record IntelProperties(
        @DefaultValue Apify apify,
        @DefaultValue Refresh refresh,
        @DefaultValue Demo demo,
        @DefaultValue News news,
        @DefaultValue("5000") int importBatchSize,
        @DefaultValue("2") int importWriters) {

    /**
     * The synthetic data set the {@code demo} profile loads once (a fixed seed: the same data every time); {@code
     * enabled=false} skips it (the test suite does, since one of its contexts runs the demo profile).
     */
    public record Demo(
            @DefaultValue("2026") long seed,
            @DefaultValue("3000") int accounts,
            @DefaultValue("120000") int videos,
            @DefaultValue("84") int days,
            @DefaultValue("true") boolean enabled) {}

    /**
     * The Apify TikTok scraper: {@code searchTerms} are combined with every export industry's words; retries apply
     * to 429 and 5xx answers with exponential back-off starting at {@code retryBackoff}.
     */
    public record Apify(
            @DefaultValue("sandbox") String mode,
            @DefaultValue("https://api.apify.com") String baseUrl,
            String token,
            @DefaultValue("clockworks~tiktok-scraper") String actorId,
            @DefaultValue({"factory", "manufacturer", "wholesale", "OEM"}) List<String> searchTerms,
            @DefaultValue("30") int resultsPerPage,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("30m") Duration maxWait,
            @DefaultValue("1000") int pageSize,
            @DefaultValue("4") int maxRetries,
            @DefaultValue("500ms") Duration retryBackoff,
            @DefaultValue("30s") Duration requestTimeout) {}

    /** The daily refresh through the Apify port; one instance runs it (ShedLock). */
    public record Refresh(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 30 3 * * *") String cron,
            @DefaultValue("Asia/Shanghai") String zone) {}

    /**
     * News feeds: {@code sandbox} (offline, the default) or {@code real} (HTTP + ROME); the daily fetch of every
     * enabled feed runs at {@code cron} on one instance.
     */
    public record News(
            @DefaultValue("sandbox") String mode,
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 0 7 * * *") String cron,
            @DefaultValue("20s") Duration timeout,
            @DefaultValue("5242880") int maxBytes,
            @DefaultValue("2") int maxRetries,
            @DefaultValue("1s") Duration retryBackoff) {}
}
