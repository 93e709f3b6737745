package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads for the console: stock lists with alert state, one SKU's stock and its ledger. */
@Service
public class InventoryQueries {

    public record StockView(StockLevel level, Integer lowStockThreshold) {}

    public record MovementView(
            UUID id, String kind, int delta, String reason, String reference, UUID actorId, Instant createdAt) {}

    public record Page<T>(List<T> items, int page, int size, long total) {}

    private final InventoryService inventory;
    private final StockStore store;

    InventoryQueries(InventoryService inventory, StockStore store) {
        this.inventory = inventory;
        this.store = store;
    }

    public StockView stock(UUID organizationId, UUID skuId) {
        ItemRef item = inventory.requireItem(organizationId, skuId);
        StockLevel level = inventory.stockOf(organizationId, skuId).orElseThrow();
        return new StockView(level, store.alertSettings(item.id()).threshold());
    }

    public Page<StockView> list(UUID organizationId, boolean lowOnly, int page, int size) {
        inventory.expireDue(null, organizationId);
        List<StockView> items = store.list(organizationId, lowOnly, page * size, size).stream()
                .map(s -> new StockView(StockLevel.of(s.skuId(), s.physical(), s.reserved()), s.threshold()))
                .toList();
        return new Page<>(items, page, size, store.countItems(organizationId, lowOnly));
    }

    public Page<MovementView> movements(UUID organizationId, UUID skuId, int page, int size) {
        ItemRef item = inventory.requireItem(organizationId, skuId);
        List<MovementView> items = store.movements(item.id(), page * size, size).stream()
                .map(m -> new MovementView(
                        m.id(), m.kind(), m.delta(), m.reason(), m.reference(), m.actorId(), m.createdAt()))
                .toList();
        return new Page<>(items, page, size, store.countMovements(item.id()));
    }
}
