package com.realsourcing.board.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo board: every kind is on show, two postings wait for the reviewer, and a second run adds nothing. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoBoardDataIntegrationTests {

    @Autowired
    DemoBoardData demo;

    @Autowired
    PostingSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsEveryKindOnceAndLeavesTwoForReview() {
        long before = jdbc.sql("select count(*) from board.postings")
                .query(Long.class)
                .single();
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from board.postings")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        List<String> published = jdbc.sql(
                        "select distinct kind from board.postings where idempotency_key like 'demo-%' and status = 'PUBLISHED'")
                .query(String.class)
                .list();
        assertThat(published).containsExactlyInAnyOrder("PROCUREMENT", "INVENTORY", "JOB", "OEM_DEMAND", "OEM_SERVICE");
        Map<String, Object> flagged = jdbc.sql(
                        "select status, review_flagged from board.postings where idempotency_key = 'demo-pending-flagged'")
                .query()
                .singleRow();
        assertThat(flagged).containsEntry("status", "PENDING_REVIEW").containsEntry("review_flagged", true);

        var found = search.search(
                new PostingSearch.Query("保温杯", Map.of(), PostingSearch.SortOrder.RELEVANCE, null, null, 0, 20, false));
        assertThat(found.hits())
                .extracting(h -> h.posting().getIdempotencyKey())
                .contains("demo-rfq-flask");
    }
}
