package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.api.ReservationLine;
import com.realsourcing.inventory.api.ReservationStatus;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import com.realsourcing.inventory.domain.StockStore.Line;
import com.realsourcing.inventory.domain.StockStore.ReservationRow;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservations for a hot SKU (a live-stream spike), many per transaction: concurrent callers for the same SKU
 * queue up, and whichever finds no batch in flight takes every queued request and reserves them all in one
 * transaction — one guarded update per bucket granting as many units as the bucket has free, then all the
 * reservation rows in two statements over arrays — so a single commit (the fsync that limits one-row-per-transaction
 * designs) serves up to {@value #MAX_BATCH} buyers. The database still decides: the grant is a guarded update
 * under the buckets' check constraints, so instances combining on their own cannot oversell together. Requests the
 * batch could not place take the ordinary path, which gives the exact answer (including insufficient stock).
 *
 * <p>Each reservation is committed before the caller gets it, so unlike {@link InventoryService#reserve} it does
 * not join the caller's transaction: a caller that fails afterwards releases it, or its TTL does
 * (docs/adr/0005-hot-sku-stock.md).
 */
@Service
public class HotSkuReservations {

    static final int MAX_BATCH = 512;

    private record Request(
            UUID organizationId, String reference, int quantity, CompletableFuture<ReservationView> result) {}

    private static final class Lane {
        final ConcurrentLinkedQueue<Request> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean busy = new AtomicBoolean();
    }

    private final InventoryService inventory;
    private final StockStore store;
    private final InventoryProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();

    HotSkuReservations(
            InventoryService inventory,
            StockStore store,
            InventoryProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.inventory = inventory;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Reserves {@code quantity} units of one SKU in a committed reservation (see the class comment). */
    public ReservationView reserve(UUID organizationId, String reference, UUID skuId, int quantity) {
        if (quantity <= 0) {
            throw InventoryError.quantityNotPositive("quantity");
        }
        ItemRef item = inventory.requireItem(organizationId, skuId);
        Lane lane = lanes.computeIfAbsent(item.id(), id -> new Lane());
        Request request = new Request(organizationId, reference, quantity, new CompletableFuture<>());
        lane.queue.add(request);
        while (!request.result().isDone()) {
            if (lane.busy.compareAndSet(false, true)) {
                try {
                    // the leader keeps combining while others queue up, so waiters sleep until their answer comes
                    for (int round = 0; round < 64 && !lane.queue.isEmpty(); round++) {
                        runBatch(lane, item);
                    }
                } finally {
                    lane.busy.set(false);
                }
            } else {
                try {
                    // woken by the answer; the timeout only covers a leader that left just as this request queued
                    request.result().get(20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // not done yet (or done exceptionally: the loop ends and join() rethrows)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        try {
            return request.result().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private void runBatch(Lane lane, ItemRef item) {
        List<Request> batch = new ArrayList<>();
        Request next;
        while (batch.size() < MAX_BATCH && (next = lane.queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Request> leftOver = new ArrayList<>();
        try {
            List<ReservationView> placed = transaction.execute(status -> place(item, batch, leftOver));
            for (int i = 0; i < placed.size(); i++) {
                batch.get(i).result().complete(placed.get(i));
            }
        } catch (RuntimeException e) {
            leftOver.clear();
            leftOver.addAll(batch);
        }
        // what the batch could not place goes the ordinary way, one by one, for an exact answer
        for (Request request : leftOver) {
            try {
                request.result()
                        .complete(transaction.execute(status -> inventory.reserve(
                                request.organizationId(),
                                request.reference(),
                                List.of(new ReservationLine(item.skuId(), request.quantity())),
                                null)));
            } catch (DomainException e) {
                request.result().completeExceptionally(e);
            } catch (RuntimeException e) {
                request.result().completeExceptionally(e);
            }
        }
    }

    /**
     * Grants units bucket by bucket (free buckets only) and hands them out in arrival order; a request is placed in
     * one bucket whole. Placed requests are moved to the front of {@code batch}, the rest into {@code leftOver},
     * and units granted but not handed out are given back before commit.
     */
    private List<ReservationView> place(ItemRef item, List<Request> batch, List<Request> leftOver) {
        int wanted = batch.stream().mapToInt(Request::quantity).sum();
        int buckets = item.bucketCount();
        int start = ThreadLocalRandom.current().nextInt(buckets);
        int[] granted = new int[buckets];
        int total = 0;
        for (int i = 0; i < buckets && total < wanted; i++) {
            int bucket = (start + i) % buckets;
            granted[bucket] = store.grantFromFreeBucket(item.id(), bucket, wanted - total);
            total += granted[bucket];
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.reservationTtl());
        List<Request> placedRequests = new ArrayList<>();
        List<ReservationRow> rows = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Request request : batch) {
            int bucket = -1;
            for (int b = 0; b < buckets; b++) {
                if (granted[b] >= request.quantity()) {
                    bucket = b;
                    break;
                }
            }
            if (bucket < 0) {
                leftOver.add(request);
                continue;
            }
            granted[bucket] -= request.quantity();
            placedRequests.add(request);
            rows.add(new ReservationRow(
                    Ids.newId(), request.organizationId(), request.reference(), "ACTIVE", expiresAt, now));
            lines.add(new Line(item.id(), item.skuId(), bucket, request.quantity(), null));
        }
        for (int b = 0; b < buckets; b++) {
            if (granted[b] > 0) {
                store.changeBucket(item.id(), b, 0, -granted[b]);
            }
        }
        if (!rows.isEmpty()) {
            store.insertReservations(rows, lines);
        }
        batch.clear();
        batch.addAll(placedRequests);
        batch.addAll(leftOver);
        List<ReservationView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            views.add(new ReservationView(
                    rows.get(i).id(),
                    rows.get(i).reference(),
                    ReservationStatus.ACTIVE,
                    expiresAt,
                    List.of(new ReservationLine(item.skuId(), lines.get(i).quantity()))));
        }
        return views;
    }
}
