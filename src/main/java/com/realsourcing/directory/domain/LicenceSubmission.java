package com.realsourcing.directory.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** The licence form as the user filled it in; {@link SubmissionRules} checks and normalises it. */
public record LicenceSubmission(
        String companyName,
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

    public LicenceSubmission {
        categoryTagIds = categoryTagIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(categoryTagIds));
        attributeTagIds = attributeTagIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(attributeTagIds));
    }
}
