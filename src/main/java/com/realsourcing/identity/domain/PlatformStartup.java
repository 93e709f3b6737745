package com.realsourcing.identity.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Runs the bootstrap once the context is up; a second instance starting at the same time simply finds it done. */
@Component
@Order(0)
class PlatformStartup implements ApplicationRunner {

    private final PlatformBootstrap bootstrap;

    PlatformStartup(PlatformBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            bootstrap.run();
        } catch (DataIntegrityViolationException raced) {
            bootstrap.run();
        }
    }
}
