package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReleaseReason;
import com.realsourcing.inventory.api.ReservationLine;
import com.realsourcing.inventory.api.ReservationRequest;
import com.realsourcing.inventory.api.ReservationStatus;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.StockStore.Bucket;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import com.realsourcing.inventory.domain.StockStore.Line;
import com.realsourcing.inventory.domain.StockStore.ReservationRow;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock levels and reservations. A reservation takes units from one bucket of each SKU with a single guarded
 * update; it only falls back to locking all of a SKU's buckets (and moving free units between them) when no
 * free bucket has enough, or when a whole pre-allocation is set aside.
 */
@Service
public class InventoryService implements InventoryApi {

    private final StockStore store;
    private final InventoryProperties properties;
    private final Clock clock;
    private final LowStockAlerts alerts;
    private final TransactionTemplate eachInItsOwn;

    InventoryService(
            StockStore store,
            InventoryProperties properties,
            Clock clock,
            LowStockAlerts alerts,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.alerts = alerts;
        this.eachInItsOwn = new TransactionTemplate(transactions);
    }

    // ---- set-up

    @Override
    @Transactional
    public void openStock(UUID organizationId, UUID skuId, int initialQuantity, UUID actorId) {
        openStock(organizationId, skuId, initialQuantity, actorId, properties.buckets());
    }

    /** As {@link #openStock(UUID, UUID, int, UUID)} with an explicit number of buckets (1 = a single row). */
    @Transactional
    public void openStock(UUID organizationId, UUID skuId, int initialQuantity, UUID actorId, int buckets) {
        if (initialQuantity < 0) {
            throw DomainException.invalidField("initialQuantity", InventoryError.QUANTITY_NOT_POSITIVE);
        }
        Optional<ItemRef> existing = store.findItem(skuId);
        if (existing.isPresent()) {
            requireOwned(existing.get(), organizationId);
            return;
        }
        ItemRef item = new ItemRef(Ids.newId(), organizationId, skuId, buckets);
        Instant now = clock.instant();
        if (!store.insertItem(item, now)) {
            requireOwned(store.findItem(skuId).orElseThrow(), organizationId);
            return;
        }
        for (int bucket = 0; bucket < buckets; bucket++) {
            int share = initialQuantity / buckets + (bucket < initialQuantity % buckets ? 1 : 0);
            store.insertBucket(item.id(), bucket, share);
        }
        store.insertMovement(item, "INITIAL", initialQuantity, null, null, actorId, now);
    }

    private static void requireOwned(ItemRef item, UUID organizationId) {
        if (!item.organizationId().equals(organizationId)) {
            throw DomainException.conflict(InventoryError.STOCK_OWNED_ELSEWHERE);
        }
    }

    // ---- reading

    @Override
    public Optional<StockLevel> stockOf(UUID organizationId, UUID skuId) {
        Optional<ItemRef> item =
                store.findItem(skuId).filter(i -> i.organizationId().equals(organizationId));
        item.ifPresent(i -> expireDue(i.id(), null));
        return item.map(i -> level(i, store.totals(i.id())));
    }

    @Override
    public Map<UUID, StockLevel> stockOf(UUID organizationId, Collection<UUID> skuIds) {
        Map<UUID, ItemRef> items = new LinkedHashMap<>();
        for (UUID skuId : skuIds) {
            store.findItem(skuId)
                    .filter(i -> i.organizationId().equals(organizationId))
                    .ifPresent(i -> items.put(i.id(), i));
        }
        if (!items.isEmpty()) {
            expireDue(null, organizationId);
        }
        Map<UUID, StockStore.Totals> totals = store.totals(items.keySet());
        Map<UUID, StockLevel> levels = new LinkedHashMap<>();
        items.values()
                .forEach(i -> levels.put(i.skuId(), level(i, totals.getOrDefault(i.id(), StockStore.Totals.ZERO))));
        return levels;
    }

    /** The organisation's SKU or 404 (another organisation's SKU is not found either). */
    ItemRef requireItem(UUID organizationId, UUID skuId) {
        return store.findItem(skuId)
                .filter(i -> i.organizationId().equals(organizationId))
                .orElseThrow(() -> InventoryError.stockNotFound(skuId));
    }

    private static StockLevel level(ItemRef item, StockStore.Totals totals) {
        return StockLevel.of(item.skuId(), totals.physical(), totals.reserved());
    }

    // ---- reservations

    @Override
    @Transactional
    public ReservationView reserve(
            UUID organizationId, String reference, List<ReservationLine> lines, UUID allocationId) {
        if (lines.isEmpty()) {
            throw DomainException.invalidField("lines", InventoryError.QUANTITY_NOT_POSITIVE);
        }
        Map<UUID, Integer> bySku = new LinkedHashMap<>();
        for (ReservationLine line : lines) {
            if (line.quantity() <= 0) {
                throw InventoryError.quantityNotPositive("lines");
            }
            bySku.merge(line.skuId(), line.quantity(), Integer::sum);
        }
        List<ItemRef> items = new ArrayList<>();
        for (UUID skuId : bySku.keySet()) {
            items.add(requireItem(organizationId, skuId));
        }
        // Always in stock item order, so two multi-line reservations never wait on each other in a cycle.
        items.sort(Comparator.comparing(ItemRef::id));
        Instant now = clock.instant();
        UUID reservationId = Ids.newId();
        List<Line> taken = new ArrayList<>();
        for (ItemRef item : items) {
            int quantity = bySku.get(item.skuId());
            if (allocationId != null && takeFromAllocation(allocationId, item, quantity, now)) {
                int bucket =
                        store.findAllocation(allocationId, false).orElseThrow().bucket();
                taken.add(new Line(item.id(), item.skuId(), bucket, quantity, allocationId));
            } else {
                taken.add(new Line(item.id(), item.skuId(), takeFromStock(item, quantity), quantity, null));
            }
        }
        Instant expiresAt = now.plus(properties.reservationTtl());
        store.insertReservation(new ReservationRow(reservationId, organizationId, reference, "ACTIVE", expiresAt, now));
        taken.forEach(line -> store.insertLine(reservationId, line));
        return new ReservationView(
                reservationId,
                reference,
                ReservationStatus.ACTIVE,
                expiresAt,
                taken.stream()
                        .map(l -> new ReservationLine(l.skuId(), l.quantity()))
                        .toList());
    }

    @Override
    public Duration reservationTtl() {
        return properties.reservationTtl();
    }

    /**
     * Joins the caller's transaction, whichever manager began it (checkout runs in a plain JDBC one), or runs in its
     * own when there is none. Not {@code @Transactional}: the JPA manager refuses to join a plain JDBC transaction.
     */
    @Override
    public ReservationView reserve(ReservationRequest request) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return eachInItsOwn.execute(status -> reserveInTransaction(request));
        }
        return reserveInTransaction(request);
    }

    private ReservationView reserveInTransaction(ReservationRequest request) {
        if (request.lines().isEmpty()) {
            throw DomainException.invalidField("lines", InventoryError.QUANTITY_NOT_POSITIVE);
        }
        Map<UUID, Integer> bySku = new LinkedHashMap<>();
        for (ReservationLine line : request.lines()) {
            if (line.quantity() <= 0) {
                throw InventoryError.quantityNotPositive("lines");
            }
            bySku.merge(line.skuId(), line.quantity(), Integer::sum);
        }
        List<ItemRef> items = new ArrayList<>();
        for (UUID skuId : bySku.keySet()) {
            items.add(requireItem(request.organizationId(), skuId));
        }
        items.sort(Comparator.comparing(ItemRef::id)); // one lock order everywhere: no deadlock between reservations
        Instant now = clock.instant();
        ReservationRow row = activeRow(request, now);
        Map<UUID, StockStore.AllocationRow> allocations = new LinkedHashMap<>();
        if (request.activity() != null) {
            for (ItemRef item : items) {
                store.findAllocationFor(item.id(), request.activity()).ifPresent(a -> allocations.put(item.id(), a));
            }
        }
        List<UUID> itemIds = items.stream().map(ItemRef::id).toList();
        List<Integer> quantities = items.stream().map(i -> bySku.get(i.skuId())).toList();
        boolean simple = allocations.isEmpty() && items.stream().allMatch(i -> i.bucketCount() == 1);
        if (simple) {
            if (items.size() > 1) {
                store.lockSingleBuckets(itemIds);
            }
            StockStore.SimpleReservation done = store.reserveSimple(row, itemIds, quantities);
            if (!done.inserted()) {
                for (ItemRef item : items) {
                    if (!done.reserved().contains(item.id())) {
                        StockStore.Totals totals = store.totals(item.id());
                        throw InventoryError.insufficientStock(
                                item.skuId(),
                                bySku.get(item.skuId()),
                                Math.max(totals.physical() - totals.reserved(), 0));
                    }
                }
                ItemRef over = items.stream()
                        .filter(i -> done.withCap().contains(i.id())
                                && !done.capped().contains(i.id()))
                        .findFirst()
                        .orElseThrow();
                throw channelCapReached(over, request.channel(), bySku.get(over.skuId()));
            }
            return requestedView(row, request);
        }
        List<Line> taken = new ArrayList<>();
        for (ItemRef item : items) {
            int quantity = bySku.get(item.skuId());
            StockStore.AllocationRow allocation = allocations.get(item.id());
            if (allocation != null) {
                takeFromAllocation(allocation.id(), item, quantity, now);
                taken.add(new Line(item.id(), item.skuId(), allocation.bucket(), quantity, allocation.id()));
            } else {
                taken.add(new Line(item.id(), item.skuId(), takeFromStock(item, quantity), quantity, null));
            }
        }
        List<UUID> capped = store.takeCaps(request.channel(), itemIds, quantities)
                .orElseThrow(() -> {
                    ItemRef first = items.get(0);
                    return channelCapReached(first, request.channel(), bySku.get(first.skuId()));
                });
        store.insertReservation(row);
        taken.forEach(line -> store.insertLine(
                row.id(),
                new Line(
                        line.stockItemId(),
                        line.skuId(),
                        line.bucket(),
                        line.quantity(),
                        line.allocationId(),
                        capped.contains(line.stockItemId()))));
        return new ReservationView(
                row.id(),
                row.reference(),
                ReservationStatus.ACTIVE,
                row.expiresAt(),
                taken.stream()
                        .map(l -> new ReservationLine(l.skuId(), l.quantity()))
                        .toList());
    }

    @Override
    public List<Optional<ReservationView>> reserveTogether(List<ReservationRequest> requests) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("reserveTogether joins the caller's transaction; there is none");
        }
        // What each request takes, merged per item; null when it must go through the single path.
        List<Map<ItemRef, Integer>> wanted = new ArrayList<>(requests.size());
        Map<UUID, ItemRef> involved = new HashMap<>();
        for (ReservationRequest request : requests) {
            Map<ItemRef, Integer> byItem = itemsOf(request);
            wanted.add(byItem);
            if (byItem != null) {
                byItem.keySet().forEach(item -> involved.put(item.id(), item));
            }
        }
        List<Optional<ReservationView>> answers = new ArrayList<>(requests.size());
        if (involved.isEmpty()) {
            requests.forEach(r -> answers.add(Optional.empty()));
            return answers;
        }
        Map<UUID, StockStore.LockedBucket> locked = store.lockForBatch(new TreeSet<>(involved.keySet()));
        Map<UUID, Integer> free = new HashMap<>();
        locked.values().forEach(b -> free.put(b.itemId(), b.physical() - b.reserved()));
        Instant now = clock.instant();
        List<ReservationRow> rows = new ArrayList<>();
        Map<UUID, Integer> taken = new TreeMap<>();
        List<UUID> lineReservations = new ArrayList<>();
        List<UUID> lineItems = new ArrayList<>();
        List<Integer> lineQuantities = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            ReservationRequest request = requests.get(r);
            Map<ItemRef, Integer> byItem = wanted.get(r);
            if (byItem == null || !fits(byItem, request.channel(), locked, free)) {
                answers.add(Optional.empty());
                continue;
            }
            byItem.forEach((item, n) -> {
                free.merge(item.id(), -n, Integer::sum);
                taken.merge(item.id(), n, Integer::sum);
                lineReservations.add(request.id());
                lineItems.add(item.id());
                lineQuantities.add(n);
            });
            ReservationRow row = activeRow(request, now);
            rows.add(row);
            answers.add(Optional.of(requestedView(row, request)));
        }
        if (!rows.isEmpty()) {
            List<UUID> itemIds = new ArrayList<>(taken.keySet());
            int updated = store.reserveBatch(
                    rows, itemIds, new ArrayList<>(taken.values()), lineReservations, lineItems, lineQuantities);
            if (updated != itemIds.size()) {
                throw new IllegalStateException("A combined reservation's guarded update changed " + updated + " of "
                        + itemIds.size() + " stock rows");
            }
        }
        return answers;
    }

    /** The request's units per item, or null when it must go through the single path. */
    private Map<ItemRef, Integer> itemsOf(ReservationRequest request) {
        if (request.activity() != null || request.lines().isEmpty()) {
            return null;
        }
        Map<ItemRef, Integer> byItem = new LinkedHashMap<>();
        for (ReservationLine line : request.lines()) {
            if (line.quantity() <= 0) {
                return null;
            }
            Optional<ItemRef> item = store.findItem(line.skuId())
                    .filter(i -> i.organizationId().equals(request.organizationId()) && i.bucketCount() == 1);
            if (item.isEmpty()) {
                return null;
            }
            byItem.merge(item.get(), line.quantity(), Integer::sum);
        }
        return byItem;
    }

    /** Whether every item is still a single uncapped bucket for the channel with the units free. */
    private static boolean fits(
            Map<ItemRef, Integer> byItem,
            String channel,
            Map<UUID, StockStore.LockedBucket> locked,
            Map<UUID, Integer> free) {
        for (Map.Entry<ItemRef, Integer> entry : byItem.entrySet()) {
            StockStore.LockedBucket bucket = locked.get(entry.getKey().id());
            if (bucket == null
                    || bucket.bucketCount() != 1
                    || channel != null && bucket.cappedChannels().contains(channel)
                    || free.get(bucket.itemId()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private DomainException channelCapReached(ItemRef item, String channel, int requested) {
        ChannelCap cap = store.caps(item.id()).stream()
                .filter(c -> c.channel().equals(channel))
                .findFirst()
                .orElseThrow();
        int left = cap.cap() == null ? 0 : Math.max(cap.cap() - cap.used(), 0);
        return DomainException.conflict(InventoryError.CHANNEL_CAP_REACHED, channel, cap.cap(), left)
                .with("skuId", item.skuId())
                .with("channel", channel)
                .with("cap", cap.cap())
                .with("requested", requested)
                .with("available", left);
    }

    @Override
    public int releaseExpired(Collection<UUID> skuIds) {
        int released = 0;
        for (UUID skuId : skuIds) {
            Optional<ItemRef> item = store.findItem(skuId);
            if (item.isPresent()) {
                released += expireDue(item.get().id(), null);
            }
        }
        return released;
    }

    // ---- per-channel caps and buckets

    /** The SKU's channel caps with the units already sold or reserved through each channel. */
    public List<ChannelCap> caps(UUID organizationId, UUID skuId) {
        return store.caps(requireItem(organizationId, skuId).id());
    }

    /**
     * Sets a channel's cap on the SKU (null lifts it; units through the channel go on being counted). A cap below
     * what the channel already took is allowed: it refuses further units until releases bring the count under it.
     */
    @Transactional
    public ChannelCap setCap(UUID organizationId, UUID skuId, String channel, Integer cap) {
        ItemRef item = requireItem(organizationId, skuId);
        if (cap != null && cap < 0) {
            throw DomainException.invalidField("cap", InventoryError.CAP_INVALID);
        }
        store.setCap(item.id(), channel, cap, clock.instant());
        return store.caps(item.id()).stream()
                .filter(c -> c.channel().equals(channel))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Splits a SKU's counters over more buckets for a live-stream spike (docs/adr/0005-hot-sku-stock.md): the new
     * buckets are added and the free units spread evenly over all of them, with every bucket locked in bucket
     * order. Physical and reserved totals do not change; fewer buckets than now is a no-op.
     */
    @Transactional
    public int splitStock(UUID organizationId, UUID skuId, int buckets) {
        if (buckets < 1 || buckets > 64) {
            throw DomainException.invalidField("buckets", InventoryError.BUCKETS_INVALID);
        }
        ItemRef item = requireItem(organizationId, skuId);
        List<Bucket> current = store.lockBuckets(item.id());
        if (buckets <= current.size()) {
            return current.size();
        }
        store.addBuckets(item.id(), current.size(), buckets);
        int free = current.stream().mapToInt(Bucket::available).sum();
        for (Bucket bucket : current) {
            store.changeBucket(item.id(), bucket.bucket(), -bucket.available(), 0);
        }
        for (int b = 0; b < buckets; b++) {
            int share = free / buckets + (b < free % buckets ? 1 : 0);
            if (share > 0) {
                store.changeBucket(item.id(), b, share, 0);
            }
        }
        return buckets;
    }

    /** True when the allocation covers this SKU and had the units; an allocation for another SKU is skipped. */
    private boolean takeFromAllocation(UUID allocationId, ItemRef item, int quantity, Instant now) {
        StockStore.AllocationRow allocation = store.findAllocation(allocationId, false)
                .filter(a -> a.organizationId().equals(item.organizationId()))
                .orElseThrow(() -> DomainException.notFound(InventoryError.ALLOCATION_NOT_FOUND));
        if (!allocation.stockItemId().equals(item.id())) {
            return false;
        }
        if (store.takeFromAllocation(allocationId, item.id(), quantity, now)) {
            return true;
        }
        StockStore.AllocationRow now2 =
                store.findAllocation(allocationId, false).orElseThrow();
        if (!now2.status().equals("ACTIVE") || !now.isBefore(now2.endsAt()) || now.isBefore(now2.startsAt())) {
            throw DomainException.conflict(InventoryError.ALLOCATION_NOT_ACTIVE, now2.activity())
                    .with("allocationId", allocationId);
        }
        throw DomainException.conflict(InventoryError.ALLOCATION_EXHAUSTED, now2.activity(), quantity)
                .with("skuId", item.skuId())
                .with("requested", quantity)
                .with("available", now2.quantity() - now2.pending());
    }

    /**
     * Reserves units in one bucket and returns it. One bucket (the naive design) is one guarded update that waits
     * for the row. With several: first a bucket no one holds (SKIP LOCKED), then a guarded update that waits on one
     * bucket, and only then the slow path. The savepoint lets the slow path drop the locks the failed attempts may
     * keep, so its ordered locking cannot deadlock.
     */
    private int takeFromStock(ItemRef item, int quantity) {
        if (item.bucketCount() == 1) {
            if (store.reserveInBucket(item.id(), 0, quantity)) {
                return 0;
            }
            StockStore.Totals totals = store.totals(item.id());
            throw InventoryError.insufficientStock(
                    item.skuId(), quantity, Math.max(totals.physical() - totals.reserved(), 0));
        }
        Savepoint before = store.savepoint();
        int start = ThreadLocalRandom.current().nextInt(item.bucketCount());
        OptionalInt bucket = store.reserveInFreeBucket(item, quantity, start);
        if (bucket.isPresent()) {
            return bucket.getAsInt();
        }
        store.rollbackTo(before); // drops a lock the failed pick may keep, so the waits below cannot deadlock
        if (store.reserveInBucket(item.id(), start, quantity)) {
            return start;
        }
        store.rollbackTo(before);
        return consolidateAndReserve(item, quantity);
    }

    /**
     * The slow path: with all buckets locked (in bucket order), moves free units into the bucket with the most of
     * them and reserves there. Physical stock only moves between the item's own buckets, so totals do not change.
     */
    private int consolidateAndReserve(ItemRef item, int quantity) {
        List<Bucket> buckets = store.lockBuckets(item.id());
        int available = buckets.stream().mapToInt(Bucket::available).sum();
        if (available < quantity) {
            throw InventoryError.insufficientStock(item.skuId(), quantity, Math.max(available, 0));
        }
        Bucket target =
                buckets.stream().max(Comparator.comparingInt(Bucket::available)).orElseThrow();
        int missing = quantity - target.available();
        for (Bucket other : buckets) {
            if (missing <= 0) {
                break;
            }
            if (other.bucket() == target.bucket() || other.available() <= 0) {
                continue;
            }
            int move = Math.min(other.available(), missing);
            store.changeBucket(item.id(), other.bucket(), -move, 0);
            store.changeBucket(item.id(), target.bucket(), move, 0);
            missing -= move;
        }
        store.changeBucket(item.id(), target.bucket(), 0, quantity);
        return target.bucket();
    }

    @Override
    @Transactional
    public ReservationView confirm(UUID reservationId) {
        Instant now = clock.instant();
        ReservationRow row = store.findReservation(reservationId).orElseThrow(InventoryError::reservationNotFound);
        if (!store.closeReservation(reservationId, "CONFIRMED", "PAID", now, now)) {
            ReservationRow current = store.findReservation(reservationId).orElseThrow();
            return switch (current.status()) {
                case "CONFIRMED" -> view(current);
                case "ACTIVE", "EXPIRED" -> throw DomainException.conflict(InventoryError.RESERVATION_EXPIRED);
                default -> throw DomainException.conflict(InventoryError.RESERVATION_CLOSED);
            };
        }
        List<Line> lines = store.lines(reservationId);
        for (Line line : lines) {
            if (line.allocationId() != null) {
                store.sellFromAllocation(line.allocationId(), line.quantity());
            }
            store.changeBucket(line.stockItemId(), line.bucket(), -line.quantity(), -line.quantity());
            ItemRef item = store.findItem(line.skuId()).orElseThrow();
            store.insertMovement(item, "SALE", -line.quantity(), null, row.reference(), null, now);
            alerts.check(item, now);
        }
        return view(store.findReservation(reservationId).orElseThrow(), lines);
    }

    @Override
    @Transactional
    public ReservationView release(UUID reservationId, ReleaseReason reason) {
        Instant now = clock.instant();
        String to = reason == ReleaseReason.EXPIRED ? "EXPIRED" : "RELEASED";
        if (!store.closeReservation(reservationId, to, reason.name(), now, null)) {
            ReservationRow current =
                    store.findReservation(reservationId).orElseThrow(InventoryError::reservationNotFound);
            if (current.status().equals("CONFIRMED")) {
                throw DomainException.conflict(InventoryError.RESERVATION_CLOSED);
            }
            return view(current);
        }
        List<Line> lines = store.lines(reservationId);
        if (lines.stream().anyMatch(Line::capped)) {
            store.releaseCaps(reservationId);
        }
        for (Line line : lines) {
            boolean backToStock =
                    line.allocationId() == null || store.returnToAllocation(line.allocationId(), line.quantity());
            if (backToStock) {
                store.changeBucket(line.stockItemId(), line.bucket(), 0, -line.quantity());
            }
        }
        return view(store.findReservation(reservationId).orElseThrow(), lines);
    }

    @Override
    public Optional<ReservationView> findReservation(UUID reservationId) {
        return store.findReservation(reservationId).map(this::view);
    }

    /** The ledger row of a reservation just requested: active, created now. */
    private static ReservationRow activeRow(ReservationRequest request, Instant now) {
        return new ReservationRow(
                request.id(),
                request.organizationId(),
                request.reference(),
                "ACTIVE",
                request.expiresAt(),
                now,
                request.channel());
    }

    /** An active reservation holding exactly the requested lines. */
    private static ReservationView requestedView(ReservationRow row, ReservationRequest request) {
        return new ReservationView(
                row.id(), row.reference(), ReservationStatus.ACTIVE, row.expiresAt(), request.lines());
    }

    private ReservationView view(ReservationRow row) {
        return view(row, store.lines(row.id()));
    }

    private static ReservationView view(ReservationRow row, List<Line> lines) {
        return new ReservationView(
                row.id(),
                row.reference(),
                ReservationStatus.valueOf(row.status()),
                row.expiresAt(),
                lines.stream()
                        .map(l -> new ReservationLine(l.skuId(), l.quantity()))
                        .toList());
    }

    /**
     * Releases reservations whose time ran out (for one item, one organisation, or all when both are null), each
     * in its own transaction; the status compare-and-set makes a race with payment or the sweeper harmless.
     * Returns how many this call expired.
     */
    public int expireDue(UUID itemId, UUID organizationId) {
        int expired = 0;
        List<UUID> due;
        do {
            due = store.dueReservations(clock.instant(), itemId, organizationId, 200);
            for (UUID id : due) {
                Boolean done = eachInItsOwn.execute(status -> {
                    ReservationView before = release(id, ReleaseReason.EXPIRED);
                    return before.status() == ReservationStatus.EXPIRED;
                });
                if (Boolean.TRUE.equals(done)) {
                    expired++;
                }
            }
        } while (due.size() == 200);
        return expired;
    }
}
