package com.realsourcing.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads single factories for the web layer. */
@Component
public class FactoryLookup {

    private final FactoryRepository factories;

    FactoryLookup(FactoryRepository factories) {
        this.factories = factories;
    }

    @Transactional(readOnly = true)
    public Factory get(UUID id) {
        return factories.findById(id).orElseThrow(DirectoryError::factoryNotFound);
    }

    @Transactional(readOnly = true)
    public Optional<Factory> find(UUID id) {
        return factories.findById(id);
    }
}
