package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.intel.ApifyFixtures;
import com.realsourcing.support.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** An Apify refresh shows progress while the run is polled and while its dataset is paged, not 0 % until done. */
class RefreshProgressIntegrationTests extends ApiTestSupport {

    @Autowired
    ImportService imports;

    @Autowired
    IntelReference reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntelProperties properties;

    /** A run that polls RUNNING twice, then a dataset of 7 items in pages of 3; records the job at every call. */
    final class SlowScraper implements TikTokScraper {
        final String runId = "run" + System.nanoTime();
        final List<String> seen = new ArrayList<>();
        int polls;

        String job() {
            return jdbc.sql("select status || ' ' || progress || ' ' || coalesce(message, '') from intel.imports"
                            + " where filename = ?")
                    .param("apify run " + runId)
                    .query(String.class)
                    .optional()
                    .orElse("none");
        }

        @Override
        public Run start(List<String> queries, int resultsPerPage) {
            return new Run(runId, "READY", "ds-" + runId);
        }

        @Override
        public Run run(String id) {
            seen.add("poll " + job());
            return new Run(runId, ++polls < 3 ? "RUNNING" : "SUCCEEDED", "ds-" + runId);
        }

        @Override
        public Page items(String datasetId, int offset, int limit) {
            seen.add("page " + offset + " " + job());
            List<JsonNode> items = new ArrayList<>();
            for (int i = offset; i < Math.min(7, offset + limit); i++) {
                String id = "76" + (System.nanoTime() % 1_000_000_000_000L) + i;
                items.add(ApifyFixtures.item(
                        id,
                        "progress_" + runId,
                        "hoodies",
                        List.of(),
                        Instant.now().minus(Duration.ofDays(1)),
                        10,
                        1,
                        1,
                        1,
                        1));
            }
            return new Page(items, 7);
        }
    }

    @Test
    void showsProgressWhilePollingAndPaging() {
        IntelProperties.Apify apify = properties.apify();
        IntelProperties threePerPage = new IntelProperties(
                new IntelProperties.Apify(
                        apify.mode(),
                        apify.baseUrl(),
                        apify.token(),
                        apify.actorId(),
                        apify.searchTerms(),
                        apify.resultsPerPage(),
                        apify.pollInterval(),
                        Duration.ofSeconds(30),
                        3,
                        apify.maxRetries(),
                        apify.retryBackoff(),
                        apify.requestTimeout()),
                properties.refresh(),
                properties.demo(),
                properties.news(),
                properties.importBatchSize(),
                properties.importWriters());
        SlowScraper scraper = new SlowScraper();
        RefreshService refresh =
                new RefreshService(scraper, imports, reference, threePerPage, Optional.of(duration -> {}));

        ImportJob job = refresh.refresh();

        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.progress()).isEqualTo(100);
        assertThat(job.inserted()).isEqualTo(7);
        assertThat(scraper.seen)
                .containsExactly(
                        "poll RUNNING 0 Apify READY",
                        "poll RUNNING 0 Apify RUNNING",
                        "poll RUNNING 0 Apify RUNNING",
                        "page 0 RUNNING 10 ",
                        "page 3 RUNNING 48 ",
                        "page 6 RUNNING 87 ");
    }
}
