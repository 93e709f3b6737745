package com.realsourcing.inventory.api;

/** ACTIVE until it is confirmed (paid), released (cancelled, payment failed) or expired (TTL passed). */
public enum ReservationStatus {
    ACTIVE,
    CONFIRMED,
    RELEASED,
    EXPIRED
}
