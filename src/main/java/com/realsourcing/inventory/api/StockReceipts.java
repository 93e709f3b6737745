package com.realsourcing.inventory.api;

import java.util.UUID;

/**
 * Stock arriving from another module's source of units, written to the ledger like a receipt: catalog adds one unit
 * per activation code imported into a SKU's code pool, so the pool and the stock stay equal and running out of
 * codes is running out of stock.
 */
public interface StockReceipts {

    /** Adds {@code quantity} (> 0) physical units to the organisation's SKU; joins the caller's transaction. */
    StockLevel receive(UUID organizationId, UUID skuId, int quantity, String reason, UUID actorId);
}
