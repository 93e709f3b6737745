package com.realsourcing.directory.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index lives beside the database (under the data dir); when it is missing or empty while the database has
 * factories (a new instance, a deleted directory), it is rebuilt before the app serves searches.
 */
@Component
@Order(10)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final FactorySearch search;
    private final JdbcClient jdbc;

    SearchIndexBootstrap(FactorySearch search, JdbcClient jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long rows = jdbc.sql("select count(*) from directory.factories")
                .query(Long.class)
                .single();
        if (rows > 0 && search.countIndexed() == 0) {
            long started = System.nanoTime();
            search.reindex();
            long indexed = search.countIndexed();
            log.info(
                    "Rebuilt the directory index: {} factories in {} ms",
                    indexed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
