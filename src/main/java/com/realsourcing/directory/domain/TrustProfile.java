package com.realsourcing.directory.domain;

import java.util.List;

/** What a factory says about itself without review (seed 001's trust profile); evidence backs it elsewhere. */
public record TrustProfile(
        String description,
        Integer foundedYear,
        Integer staffCount,
        Integer areaSqm,
        Integer productionLines,
        String monthlyCapacity,
        boolean oem,
        boolean odm,
        List<String> exportCountries,
        Double lat,
        Double lng) {

    public TrustProfile {
        exportCountries = List.copyOf(exportCountries);
    }
}
