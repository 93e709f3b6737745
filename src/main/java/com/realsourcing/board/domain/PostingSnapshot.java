package com.realsourcing.board.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A posting's content after the rules resolved it (place names and coordinates looked up, details checked, title
 * derived, search text gathered): what a posting row shows, or what an edit under review will show once approved.
 */
public record PostingSnapshot(
        String title,
        String description,
        String provinceCode,
        String cityCode,
        String countyCode,
        String addressLine,
        Double lat,
        Double lng,
        UUID categoryTagId,
        BigDecimal quantity,
        String unit,
        Integer headcount,
        String detailsJson,
        List<UUID> mediaFileIds,
        List<UUID> fileIds,
        List<UUID> termIds,
        List<String> attributes,
        String searchText,
        Instant validUntil,
        int quoteSeats) {

    public PostingSnapshot {
        mediaFileIds = List.copyOf(mediaFileIds);
        fileIds = List.copyOf(fileIds);
        termIds = List.copyOf(termIds);
        attributes = List.copyOf(attributes);
    }
}
