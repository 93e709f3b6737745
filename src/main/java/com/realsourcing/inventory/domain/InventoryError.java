package com.realsourcing.inventory.domain;

import com.realsourcing.shared.domain.DomainException;
import java.util.UUID;

/** Inventory's error codes; each is also the message key in {@code messages/inventory*.properties}. */
final class InventoryError {

    static final String INSUFFICIENT_STOCK = "inventory.insufficient-stock";
    static final String STOCK_NOT_FOUND = "inventory.stock-not-found";
    static final String STOCK_OWNED_ELSEWHERE = "inventory.stock-owned-elsewhere";
    static final String QUANTITY_NOT_POSITIVE = "inventory.quantity-not-positive";
    static final String RESERVATION_NOT_FOUND = "inventory.reservation-not-found";
    static final String RESERVATION_EXPIRED = "inventory.reservation-expired";
    static final String RESERVATION_CLOSED = "inventory.reservation-closed";
    static final String BELOW_RESERVED = "inventory.below-reserved";
    static final String ALLOCATION_NOT_FOUND = "inventory.allocation-not-found";
    static final String ALLOCATION_NOT_ACTIVE = "inventory.allocation-not-active";
    static final String ALLOCATION_EXHAUSTED = "inventory.allocation-exhausted";
    static final String ALLOCATION_WINDOW_INVALID = "inventory.allocation-window-invalid";
    static final String CHANNEL_CAP_REACHED = "inventory.channel-cap-reached";
    static final String CAP_INVALID = "inventory.cap-invalid";
    static final String BUCKETS_INVALID = "inventory.buckets-invalid";
    static final String ADJUSTMENT_KIND_INVALID = "inventory.adjustment-kind-invalid";
    static final String REASON_REQUIRED = "inventory.reason-required";
    static final String IMPORT_EMPTY = "inventory.import-empty";
    static final String IMPORT_TOO_LARGE = "inventory.import-too-large";
    static final String IMPORT_HEADER_INVALID = "inventory.import-header-invalid";
    static final String IMPORT_SKU_INVALID = "inventory.import-sku-invalid";
    static final String IMPORT_COUNT_INVALID = "inventory.import-count-invalid";

    private InventoryError() {}

    static DomainException insufficientStock(UUID skuId, int requested, int available) {
        return DomainException.conflict(INSUFFICIENT_STOCK, requested, available)
                .with("skuId", skuId)
                .with("requested", requested)
                .with("available", available);
    }

    static DomainException stockNotFound(UUID skuId) {
        return DomainException.notFound(STOCK_NOT_FOUND).with("skuId", skuId);
    }

    static DomainException reservationNotFound() {
        return DomainException.notFound(RESERVATION_NOT_FOUND);
    }

    static DomainException quantityNotPositive(String field) {
        return DomainException.invalidField(field, QUANTITY_NOT_POSITIVE);
    }

    static DomainException belowReserved(int reserved) {
        return DomainException.conflict(BELOW_RESERVED, reserved).with("reserved", reserved);
    }
}
