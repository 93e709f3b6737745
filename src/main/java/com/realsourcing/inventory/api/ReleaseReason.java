package com.realsourcing.inventory.api;

/** Why reserved units went back to available. */
public enum ReleaseReason {
    CANCELLED,
    PAYMENT_FAILED,
    EXPIRED
}
