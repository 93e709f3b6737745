package com.realsourcing.board.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What one kind of posting says beyond the common fields; stored as the posting's {@code details} jsonb. */
public sealed interface PostingDetails
        permits ProcurementDetails, InventoryDetails, JobDetails, OemDemandDetails, OemServiceDetails {

    /** The quantity lists sort and match by (for a service, its monthly capacity), or null. */
    BigDecimal sortQuantity();

    String quantityUnit();

    /** Job type or processes: managed terms the posting is filtered by. */
    default List<UUID> termIds() {
        return List.of();
    }

    /** Kind-specific filter values such as {@code wage:DAILY} or {@code sale:WHOLESALE}. */
    default List<String> attributes() {
        return List.of();
    }

    /** Files the posting shows besides its media (sample images, drawings). */
    default List<UUID> fileIds() {
        return List.of();
    }

    /** Free text the search should find the posting by. */
    List<String> searchTexts();
}
