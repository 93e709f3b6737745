package com.realsourcing.intel;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.intel.domain.ImportJob;
import com.realsourcing.intel.domain.RefreshService;
import com.realsourcing.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The refresh through the sandbox scraper (the default adapter): run, poll, page, import; twice is idempotent. */
class IntelRefreshIntegrationTests extends ApiTestSupport {

    @Autowired
    RefreshService refresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refreshImportsTheRunsDatasetAndASecondRefreshOnlyUpdates() {
        assertThat(refresh.searchQueries()).contains("clothing factory", "electronics oem", "machine wholesale");

        ImportJob first = refresh.refresh();
        assertThat(first.status()).isEqualTo("DONE");
        assertThat(first.format()).isEqualTo("apify-run");
        assertThat(first.totalRows()).isEqualTo(refresh.searchQueries().size() * 30);
        assertThat(first.failed()).isZero();
        assertThat(first.inserted() + first.duplicates()).isEqualTo(first.totalRows());
        // the run's items as received, one JSON object per line
        var source = admin().getBytes("/api/intel/imports/" + first.id() + "/source");
        assertThat(source.status()).isEqualTo(200);
        java.util.List<String> lines = source.text().lines().toList();
        assertThat(lines).hasSize(first.totalRows());
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{").contains("\"webVideoUrl\""));

        ImportJob second = refresh.refresh();
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isEqualTo(first.inserted());
        long videos = jdbc.sql("select count(*) from intel.videos where web_url like '%@sandbox_%'")
                .query(Long.class)
                .single();
        assertThat(videos).isEqualTo(first.inserted());
    }
}
