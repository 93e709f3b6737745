package com.realsourcing.catalog.api;

import java.util.List;
import java.util.UUID;

/** A paid order as virtual-goods delivery sees it: who sells, who bought, and each line's SKU and units. */
public record VirtualGoodsOrder(UUID orderId, UUID organizationId, UUID buyerId, List<Line> lines) {

    public VirtualGoodsOrder {
        lines = List.copyOf(lines);
    }

    public record Line(int position, UUID skuId, int quantity) {}
}
