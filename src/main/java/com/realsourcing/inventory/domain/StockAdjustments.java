package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.api.StockReceipts;
import com.realsourcing.inventory.domain.StockStore.Bucket;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import com.realsourcing.shared.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of physical stock that are not sales — a receipt, a count, damage — each written to the ledger with its
 * reason. Reducing stock never touches reserved units: it fails when too few are free.
 */
@Service
public class StockAdjustments implements StockReceipts {

    /** RECEIPT adds {@code quantity}, DAMAGE removes it, COUNT sets physical stock to it. */
    public enum Kind {
        RECEIPT,
        DAMAGE,
        COUNT
    }

    private final StockStore store;
    private final InventoryService inventory;
    private final LowStockAlerts alerts;
    private final Clock clock;

    StockAdjustments(StockStore store, InventoryService inventory, LowStockAlerts alerts, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Transactional
    public StockLevel adjust(UUID organizationId, UUID skuId, Kind kind, int quantity, String reason, UUID actorId) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField("reason", InventoryError.REASON_REQUIRED);
        }
        if (kind == Kind.COUNT ? quantity < 0 : quantity <= 0) {
            throw InventoryError.quantityNotPositive("quantity");
        }
        ItemRef item = inventory.requireItem(organizationId, skuId);
        Instant now = clock.instant();
        List<Bucket> buckets = store.lockBuckets(item.id());
        int physical = buckets.stream().mapToInt(Bucket::physical).sum();
        int reserved = buckets.stream().mapToInt(Bucket::reserved).sum();
        int delta =
                switch (kind) {
                    case RECEIPT -> quantity;
                    case DAMAGE -> -quantity;
                    case COUNT -> quantity - physical;
                };
        if (physical + delta < reserved) {
            throw InventoryError.belowReserved(reserved);
        }
        if (delta > 0) {
            Bucket smallest = buckets.stream()
                    .min(java.util.Comparator.comparingInt(Bucket::physical))
                    .orElseThrow();
            store.changeBucket(item.id(), smallest.bucket(), delta, 0);
        } else {
            int missing = -delta;
            for (Bucket bucket : buckets) {
                int take = Math.min(bucket.available(), missing);
                if (take > 0) {
                    store.changeBucket(item.id(), bucket.bucket(), -take, 0);
                    missing -= take;
                }
            }
        }
        store.insertMovement(item, kind.name(), delta, reason.strip(), null, actorId, now);
        alerts.check(item, now);
        return StockLevel.of(skuId, physical + delta, reserved);
    }

    @Override
    @Transactional
    public StockLevel receive(UUID organizationId, UUID skuId, int quantity, String reason, UUID actorId) {
        return adjust(organizationId, skuId, Kind.RECEIPT, quantity, reason, actorId);
    }

    /** Sets (or clears, with null) the SKU's low-stock threshold; alerts go to {@code userId}. */
    @Transactional
    public void setAlert(UUID organizationId, UUID skuId, Integer threshold, UUID userId) {
        if (threshold != null && threshold < 0) {
            throw InventoryError.quantityNotPositive("threshold");
        }
        ItemRef item = inventory.requireItem(organizationId, skuId);
        store.setAlert(item.id(), threshold, userId);
        alerts.check(item, clock.instant());
    }
}
