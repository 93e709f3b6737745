package com.realsourcing.board.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rebuilds the posting index before serving searches when it is empty but the database has postings. */
@Component
@Order(11)
class BoardSearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BoardSearchIndexBootstrap.class);

    private final PostingSearch search;
    private final JdbcClient jdbc;

    BoardSearchIndexBootstrap(PostingSearch search, JdbcClient jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long rows = jdbc.sql("select count(*) from board.postings")
                .query(Long.class)
                .single();
        if (rows > 0 && search.countIndexed() == 0) {
            long started = System.nanoTime();
            search.reindex();
            log.info(
                    "Rebuilt the board index: {} postings in {} ms",
                    search.countIndexed(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
