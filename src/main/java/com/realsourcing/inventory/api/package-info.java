/** Inventory's public API: stock levels, reservations (reserve, confirm, release) and stock set-up for new SKUs. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.inventory.api;
