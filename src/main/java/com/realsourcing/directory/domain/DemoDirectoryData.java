package com.realsourcing.directory.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo directory: {@code realsourcing.directory.demo-factories} (2,000 by default) synthetic factories from
 * the deterministic generator, written once (a restart adds only what is missing), so the directory page has
 * something to search. The benchmark starts the app with 100,000.
 */
@Component
@Profile("demo")
@Order(50)
class DemoDirectoryData implements ApplicationRunner {

    static final long SEED = 20261122L;
    private final FactoryGenerator generator;
    private final int count;

    DemoDirectoryData(FactoryGenerator generator, @Value("${realsourcing.directory.demo-factories:2000}") int count) {
        this.generator = generator;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = generator.countGenerated();
        if (generator.countUnlocated(SEED) > 0) {
            // written before generated factories had coordinates: the same sequence again fills them in
            generator.generate(SEED, 0, (int) Math.min(existing, count));
        }
        if (existing < count) {
            generator.generate(SEED, (int) existing, count);
        }
    }
}
