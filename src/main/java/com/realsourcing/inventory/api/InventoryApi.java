package com.realsourcing.inventory.api;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of inventory. Reservations join the caller's transaction, so an order and its
 * reservation are written together or not at all. A shortage is a {@code DomainException} with code {@code
 * inventory.insufficient-stock} (409) naming the SKU.
 */
public interface InventoryApi {

    /** Opens the stock of a new SKU with its initial physical quantity; a second call for the same SKU is a no-op. */
    void openStock(UUID organizationId, UUID skuId, int initialQuantity, UUID actorId);

    /** The SKU's stock if it belongs to the organisation; expired reservations are released first. */
    Optional<StockLevel> stockOf(UUID organizationId, UUID skuId);

    /** Stock of several SKUs of one organisation (missing SKUs are left out). */
    Map<UUID, StockLevel> stockOf(UUID organizationId, Collection<UUID> skuIds);

    /**
     * Reserves every line or none. {@code reference} names what the reservation is for (an order id);
     * {@code allocationId}, when not null, takes the units from that activity's pre-allocation.
     */
    ReservationView reserve(UUID organizationId, String reference, List<ReservationLine> lines, UUID allocationId);

    /**
     * Reserves every line or none, with the id and expiry the caller chose (see {@link ReservationRequest}); the
     * same errors as {@link #reserve(UUID, String, List, UUID)}, plus {@code inventory.channel-cap-reached} (409)
     * when a line would take its SKU past the channel's cap and {@code inventory.allocation-not-active} (409) when
     * the named activity's allocation of a SKU has ended. A SKU with one bucket (the default) is reserved, capped
     * and recorded in one guarded statement. Joins the caller's transaction (JPA or plain JDBC), which must roll back
     * when this throws; without one it runs in its own.
     */
    ReservationView reserve(ReservationRequest request);

    /**
     * Reserves many requests together in the caller's transaction, which must exist and must roll back when this
     * throws: bucket 0 of every SKU involved is locked in one statement (stock-item order, as every reservation
     * locks), the requests are decided one after another against what is free, and the ones that fit are written
     * with one guarded update per SKU and their reservation rows in one statement. The answer is in request order:
     * the reservation, or empty when that request must go through {@link #reserve(ReservationRequest)} on its own —
     * it names an activity, a SKU with several buckets, a cap for its channel or stock of another organisation, or
     * there are not enough free units (the single path gives the exact answer, including its errors). Any exception
     * means nothing here may be kept (for instance a guarded update changed fewer rows than decided).
     */
    List<Optional<ReservationView>> reserveTogether(List<ReservationRequest> requests);

    /** How long an unpaid reservation holds its units ({@code realsourcing.inventory.reservation-ttl}). */
    Duration reservationTtl();

    /**
     * Releases the expired reservations that hold any of these SKUs, each in its own transaction, so a buyer is not
     * refused for units whose time ran out before the sweeper came by. Returns how many this call released; call it
     * outside a transaction that holds the SKUs' rows.
     */
    int releaseExpired(Collection<UUID> skuIds);

    /** Payment arrived: the reserved units leave physical stock. Confirming a confirmed reservation is a no-op. */
    ReservationView confirm(UUID reservationId);

    /** The order was cancelled or its payment failed: the units return to available. Idempotent. */
    ReservationView release(UUID reservationId, ReleaseReason reason);

    Optional<ReservationView> findReservation(UUID reservationId);
}
