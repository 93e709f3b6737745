package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.domain.StockStore.AlertSettings;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends one alert when a SKU's available stock falls to its threshold, to the member who set the threshold; the
 * next alert waits until the stock has risen above the threshold again.
 */
@Component
class LowStockAlerts {

    static final String TEMPLATE = "notify.inventory.low-stock";

    private final StockStore store;
    private final NotifyApi notify;

    LowStockAlerts(StockStore store, NotifyApi notify) {
        this.store = store;
        this.notify = notify;
    }

    void check(ItemRef item, Instant now) {
        AlertSettings settings = store.alertSettings(item.id());
        if (settings.threshold() == null) {
            return;
        }
        StockStore.Totals totals = store.totals(item.id());
        int available = totals.physical() - totals.reserved();
        if (available > settings.threshold()) {
            if (settings.alertedAt() != null) {
                store.clearAlerted(item.id());
            }
            return;
        }
        if (settings.alertedAt() == null && store.markAlerted(item.id(), now) && settings.alertUserId() != null) {
            notify.notifyUser(new UserNotification(
                    settings.alertUserId(),
                    "inventory",
                    TEMPLATE,
                    Map.of(
                            "sku", item.skuId().toString(),
                            "available", available,
                            "threshold", settings.threshold()),
                    "/inventory/skus/" + item.skuId(),
                    java.util.Set.of(com.realsourcing.notify.api.Channel.IN_APP)));
        }
    }
}
