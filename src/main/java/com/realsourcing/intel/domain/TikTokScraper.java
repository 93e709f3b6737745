package com.realsourcing.intel.domain;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The port to a TikTok scraper run on Apify ({@code clockworks/tiktok-scraper}): start a run with search queries,
 * read its state, page through its dataset. The real adapter speaks Apify API v2; the sandbox (the default) answers
 * at once with realistic items.
 */
public interface TikTokScraper {

    /** Starts a run searching for {@code queries}; returns it as Apify reports it. */
    Run start(List<String> queries, int resultsPerPage);

    /** The run's current state. */
    Run run(String runId);

    /** Items {@code offset} to {@code offset + limit} of a dataset and how many it holds. */
    Page items(String datasetId, int offset, int limit);

    /** A run: READY, RUNNING, SUCCEEDED, FAILED, ABORTED or TIMED-OUT (Apify's names). */
    record Run(String id, String status, String datasetId) {

        public boolean finished() {
            return !status.equals("READY") && !status.equals("RUNNING");
        }

        public boolean succeeded() {
            return status.equals("SUCCEEDED");
        }
    }

    record Page(List<JsonNode> items, long total) {}

    /** The provider refused or failed after the retries. */
    class ScraperException extends RuntimeException {
        public ScraperException(String message) {
            super(message);
        }

        public ScraperException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
