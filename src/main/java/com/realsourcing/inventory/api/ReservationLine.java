package com.realsourcing.inventory.api;

import java.util.UUID;

/** Units of one SKU to reserve. */
public record ReservationLine(UUID skuId, int quantity) {}
