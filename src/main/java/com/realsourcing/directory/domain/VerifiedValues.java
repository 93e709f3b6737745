package com.realsourcing.directory.domain;

import java.util.List;
import java.util.UUID;

/**
 * The values a reviewer checks against the business licence, as submitted or as approved. For an organisation
 * that is not a factory the industry and tags are empty.
 */
public record VerifiedValues(
        String name,
        String creditCode,
        String legalRepresentative,
        String provinceCode,
        String cityCode,
        String countyCode,
        String addressLine,
        UUID licenceFileId,
        UUID industryTagId,
        List<UUID> categoryTagIds,
        List<UUID> attributeTagIds,
        String contactName,
        String contactMobile,
        String contactEmail) {

    public VerifiedValues {
        categoryTagIds = List.copyOf(categoryTagIds);
        attributeTagIds = List.copyOf(attributeTagIds);
    }
}
