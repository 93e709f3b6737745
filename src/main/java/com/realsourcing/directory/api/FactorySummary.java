package com.realsourcing.directory.api;

import java.util.List;
import java.util.UUID;

/** A factory as other modules see it: who it is, where, what it makes, whether its licence was verified. */
public record FactorySummary(
        UUID id,
        UUID organizationId,
        String name,
        String status,
        boolean verified,
        String provinceCode,
        String cityCode,
        UUID industryTagId,
        List<UUID> categoryTagIds,
        List<String> exportCountries) {

    public FactorySummary {
        categoryTagIds = List.copyOf(categoryTagIds);
        exportCountries = List.copyOf(exportCountries);
    }
}
