package com.realsourcing.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reservation asked for by a checkout that writes its own rows in the same transaction, so it chooses the
 * reservation's {@code id} and {@code expiresAt} (its clock plus {@link InventoryApi#reservationTtl()}) up front.
 * {@code channel} (a sales channel's name, may be null) counts the units against that channel's cap of each SKU;
 * {@code activity} (may be null) takes a SKU's units from that activity's pre-allocation when the SKU has one.
 */
public record ReservationRequest(
        UUID id,
        UUID organizationId,
        String reference,
        String channel,
        String activity,
        List<ReservationLine> lines,
        Instant expiresAt) {

    public ReservationRequest {
        lines = List.copyOf(lines);
    }
}
