package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.domain.StockStore.AllocationRow;
import com.realsourcing.inventory.domain.StockStore.Bucket;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity pre-allocations (a live room, a flash sale): units set aside that only the activity's orders may take.
 * They count as reserved; when the activity ends, what it did not sell goes back to the general stock (units in
 * its unpaid orders follow when those orders are paid or released).
 */
@Service
public class Allocations {

    public record Allocation(
            UUID id,
            UUID skuId,
            String activity,
            int quantity,
            int pending,
            int sold,
            String status,
            Instant startsAt,
            Instant endsAt,
            Instant createdAt) {

        static Allocation from(AllocationRow row) {
            return new Allocation(
                    row.id(),
                    row.skuId(),
                    row.activity(),
                    row.quantity(),
                    row.pending(),
                    row.sold(),
                    row.status(),
                    row.startsAt(),
                    row.endsAt(),
                    row.createdAt());
        }
    }

    private final StockStore store;
    private final InventoryService inventory;
    private final Clock clock;

    Allocations(StockStore store, InventoryService inventory, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.clock = clock;
    }

    @Transactional
    public Allocation create(
            UUID organizationId, UUID skuId, String activity, int quantity, Instant startsAt, Instant endsAt) {
        if (quantity <= 0) {
            throw InventoryError.quantityNotPositive("quantity");
        }
        Instant now = clock.instant();
        if (startsAt == null) {
            startsAt = now;
        }
        if (endsAt == null || !endsAt.isAfter(startsAt) || !endsAt.isAfter(now)) {
            throw DomainException.invalidField("endsAt", InventoryError.ALLOCATION_WINDOW_INVALID);
        }
        ItemRef item = inventory.requireItem(organizationId, skuId);
        List<Bucket> buckets = store.lockBuckets(item.id());
        int available = buckets.stream().mapToInt(Bucket::available).sum();
        if (available < quantity) {
            throw InventoryError.insufficientStock(skuId, quantity, available);
        }
        Bucket target =
                buckets.stream().max(Comparator.comparingInt(Bucket::available)).orElseThrow();
        int missing = quantity - target.available();
        for (Bucket other : buckets) {
            if (missing <= 0) {
                break;
            }
            if (other.bucket() != target.bucket() && other.available() > 0) {
                int move = Math.min(other.available(), missing);
                store.changeBucket(item.id(), other.bucket(), -move, 0);
                store.changeBucket(item.id(), target.bucket(), move, 0);
                missing -= move;
            }
        }
        store.changeBucket(item.id(), target.bucket(), 0, quantity);
        UUID id = Ids.newId();
        store.insertAllocation(new AllocationRow(
                id,
                organizationId,
                item.id(),
                skuId,
                target.bucket(),
                activity.strip(),
                quantity,
                0,
                0,
                "ACTIVE",
                startsAt,
                endsAt,
                now));
        return Allocation.from(store.findAllocation(id, false).orElseThrow());
    }

    /** Ends the activity now: unsold units not held by unpaid orders return to the general stock. */
    @Transactional
    public Allocation end(UUID organizationId, UUID allocationId) {
        AllocationRow row = store.findAllocation(allocationId, true)
                .filter(a -> a.organizationId().equals(organizationId))
                .orElseThrow(() -> DomainException.notFound(InventoryError.ALLOCATION_NOT_FOUND));
        endLocked(row);
        return Allocation.from(store.findAllocation(allocationId, false).orElseThrow());
    }

    /** Ends activities whose window closed; returns how many. */
    @Transactional
    public int endDue() {
        int ended = 0;
        for (UUID id : store.dueAllocations(clock.instant(), 500)) {
            AllocationRow row = store.findAllocation(id, true).orElseThrow();
            if (endLocked(row)) {
                ended++;
            }
        }
        return ended;
    }

    private boolean endLocked(AllocationRow row) {
        if (!row.status().equals("ACTIVE")) {
            return false;
        }
        int unsold = row.quantity() - row.pending();
        store.endAllocation(row.id(), clock.instant());
        if (unsold > 0) {
            store.changeBucket(row.stockItemId(), row.bucket(), 0, -unsold);
        }
        return true;
    }

    public List<Allocation> list(UUID organizationId, int offset, int limit) {
        return store.allocations(organizationId, offset, limit).stream()
                .map(Allocation::from)
                .toList();
    }

    public long count(UUID organizationId) {
        return store.countAllocations(organizationId);
    }
}
