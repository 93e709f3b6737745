/**
 * Inventory: one stock pool per SKU (and warehouse, one by default) that all channels sell from — physical,
 * reserved and available stock; reservations with a time to live taken when an order is placed, confirmed on
 * payment and released on cancellation, failed payment or expiry; activity pre-allocations; an append-only ledger
 * of adjustments; count imports; low-stock alerts. Overselling is made impossible by the database (guarded
 * updates and check constraints), never by application locks; a hot SKU's counters are split over buckets
 * (docs/adr/0005-hot-sku-stock.md).
 *
 * <p>Uses {@code notify :: api} to send low-stock alerts. Catalog and order call this module's api; it knows
 * SKUs only by id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "notify :: api"})
package com.realsourcing.inventory;
