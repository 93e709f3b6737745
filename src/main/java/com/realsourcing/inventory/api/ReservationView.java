package com.realsourcing.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as other modules see it. */
public record ReservationView(
        UUID id, String reference, ReservationStatus status, Instant expiresAt, List<ReservationLine> lines) {

    public ReservationView {
        lines = List.copyOf(lines);
    }
}
