package com.realsourcing.intel.api;

import java.util.UUID;

/** What other modules may ask of market intelligence. */
public interface IntelApi {

    /**
     * The social accounts curated as belonging to a directory factory, with their video figures over the last 30
     * days; empty lists and zeros when none is linked.
     */
    FactorySocialFigures figuresForFactory(UUID factoryId);
}
