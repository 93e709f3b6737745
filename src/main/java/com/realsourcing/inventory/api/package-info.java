/** Inventory's public API: stock levels, reservations (reserve, confirm, release), stock set-up for new SKUs and receipts. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.inventory.api;
