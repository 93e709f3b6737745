package com.realsourcing.order.domain;

import com.realsourcing.catalog.api.CatalogApi;
import com.realsourcing.catalog.api.VirtualGoodsOrder;
import com.realsourcing.order.api.OrderPaid;
import com.realsourcing.order.domain.Orders.Line;
import com.realsourcing.order.domain.Orders.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Virtual goods are delivered when an order is paid: this hands the order's virtual lines to catalog, which owns the
 * code pools and the deliveries (catalog cannot listen to order's events itself: order already depends on catalog).
 * The event is registered durably, so a delivery that fails (a code pool that drifted from its stock) stays
 * outstanding and is retried on restart; catalog's delivery is idempotent per order unit, so a repeat is harmless.
 */
@Component
class VirtualGoodsDelivery {

    private final OrderStore store;
    private final CatalogApi catalog;

    VirtualGoodsDelivery(OrderStore store, CatalogApi catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        Order order = store.find(paid.orderId()).orElseThrow();
        var lines = order.lines().stream()
                .filter(Line::virtual)
                .map(l -> new VirtualGoodsOrder.Line(l.position(), l.skuId(), l.quantity()))
                .toList();
        if (!lines.isEmpty()) {
            catalog.deliver(new VirtualGoodsOrder(order.id(), order.organizationId(), order.buyerId(), lines));
        }
    }
}
