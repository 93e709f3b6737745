package com.realsourcing.inventory.api;

import java.util.UUID;

/** A SKU's stock: physical units on hand, reserved for unpaid orders and activities, and available = the rest. */
public record StockLevel(UUID skuId, int physical, int reserved, int available) {

    public static StockLevel of(UUID skuId, int physical, int reserved) {
        return new StockLevel(skuId, physical, reserved, physical - reserved);
    }
}
