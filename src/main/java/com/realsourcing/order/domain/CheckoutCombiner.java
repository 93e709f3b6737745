package com.realsourcing.order.domain;

import com.realsourcing.catalog.api.CatalogApi;
import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.api.SkuOffer;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.order.domain.Orders.Order;
import com.realsourcing.order.domain.Orders.PlaceOrder;
import com.realsourcing.order.domain.Orders.Placed;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for checkout (docs/adr/0009-checkout-group-commit.md). Callers queue their cart and wait; a few
 * writer threads each take what is queued (up to {@code realsourcing.order.checkout-batch-size}) and place it in one
 * transaction: one catalog read per channel, each cart priced and checked on its own (a bad cart fails alone), all
 * orders with their lines and first status changes in one statement ({@code ON CONFLICT} on the idempotency key),
 * all reservations through {@link InventoryApi#reserveTogether}, and one commit. A cart that cannot be placed this way
 * — its stock is short, its SKU has several buckets or a channel cap, its key came twice in the batch — or a batch
 * that fails as a whole (a guard, a deadlock, any error) is answered {@link Outcome#ALONE}: the caller then runs the
 * one-order path, which gives the exact answer. The database's guards and unique keys stay the last word, so several
 * instances combining on their own cannot oversell or place a key twice.
 */
@Component
class CheckoutCombiner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CheckoutCombiner.class);

    /** What a queued cart came to; {@code placed} only with {@link Kind#PLACED}. */
    record Outcome(Kind kind, Placed placed) {

        enum Kind {
            /** Placed in a combined transaction, now committed. */
            PLACED,
            /** The buyer's key was used by an order committed before: the caller returns that order. */
            REPLAY,
            /** Not placed here: the caller takes the one-order path. */
            ALONE
        }

        static final Outcome REPLAY = new Outcome(Kind.REPLAY, null);
        static final Outcome ALONE = new Outcome(Kind.ALONE, null);
    }

    private record Submit(AuthenticatedUser buyer, String key, PlaceOrder command, CompletableFuture<Outcome> result) {}

    private final OrderStore store;
    private final CatalogApi catalog;
    private final InventoryApi inventory;
    private final Clock clock;
    private final OrderProperties properties;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Submit> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong alone = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicLong direct = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    CheckoutCombiner(
            OrderStore store,
            CatalogApi catalog,
            InventoryApi inventory,
            Clock clock,
            OrderProperties properties,
            DataSource dataSource) {
        this.store = store;
        this.catalog = catalog;
        this.inventory = inventory;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        if (properties.checkoutBatching()) {
            for (int i = 0; i < properties.checkoutBatchWriters(); i++) {
                Thread writer = new Thread(this::write, "checkout-combiner-" + i);
                writer.setDaemon(true);
                writer.start();
                writers.add(writer);
            }
        }
    }

    /**
     * Whether this cart may be combined: batching is on, the cart names no activity (allocations go alone) and the
     * caller is not inside a transaction (the order would not join it: a writer thread commits it on its own).
     */
    boolean accepts(PlaceOrder command) {
        return properties.checkoutBatching()
                && running
                && command.activity() == null
                && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    CheckoutService.CombinerStats stats() {
        return new CheckoutService.CombinerStats(
                batches.get(), placed.get(), alone.get(), failedBatches.get(), queue.size(), direct.get());
    }

    /**
     * Counts a checkout in (every one, combined or not; pair it with {@link #leave()}) and says whether to combine
     * it: only a cart the combiner {@link #accepts} and only while at least {@code checkout-combine-from} checkouts
     * (this one included) are in flight here. With fewer there is little to combine, and the caller placing its own
     * order answers sooner than a hand-off to a writer thread (measured: HTTP checkout at 200 requests/s, p50 19 ms
     * combined against 8 ms alone).
     */
    boolean arrive(PlaceOrder command) {
        int now = inFlight.incrementAndGet();
        boolean combine = accepts(command) && now >= properties.checkoutCombineFrom();
        if (!combine && accepts(command)) {
            direct.incrementAndGet();
        }
        return combine;
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    /**
     * Queues the cart and waits for its outcome; throws what checkout answers for a cart that cannot be priced (the
     * same exceptions as the one-order path).
     */
    Outcome place(AuthenticatedUser buyer, String key, PlaceOrder command) {
        Submit submit = new Submit(buyer, key, command, new CompletableFuture<>());
        queue.add(submit);
        if (!running) {
            submit.result().complete(Outcome.ALONE);
        }
        try {
            return submit.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for checkout", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write() {
        int max = properties.checkoutBatchSize();
        List<Submit> batch = new ArrayList<>(max);
        while (running) {
            try {
                Submit first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, max - 1);
                combine(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                log.error("Checkout combiner failed; its carts go alone", e);
            } finally {
                // whatever happened, nobody waits for ever: what is not answered yet goes alone
                batch.forEach(s -> answerAlone(s));
                batch.clear();
            }
        }
    }

    private void answerAlone(Submit submit) {
        if (submit.result().complete(Outcome.ALONE)) {
            alone.incrementAndGet();
        }
    }

    private record Draft(Submit submit, Order order) {}

    private void combine(List<Submit> batch) {
        // One key twice in the batch: the first goes in, the others go alone (they wait on the unique key there).
        List<Submit> distinct = new ArrayList<>(batch.size());
        Set<String> keys = new HashSet<>();
        for (Submit submit : batch) {
            if (keys.add(submit.buyer().userId() + "\n" + submit.key())) {
                distinct.add(submit);
            } else {
                answerAlone(submit);
            }
        }
        Map<Submit, Outcome> outcomes = new HashMap<>();
        try {
            transaction.executeWithoutResult(status -> outcomes.putAll(placeAll(distinct)));
        } catch (RuntimeException e) {
            failedBatches.incrementAndGet();
            log.warn(
                    "A combined checkout of {} orders rolled back ({}); each goes alone",
                    distinct.size(),
                    e.toString());
            return; // the caller answers ALONE to every cart not answered yet
        }
        batches.incrementAndGet();
        outcomes.forEach((submit, outcome) -> {
            if (outcome.kind() == Outcome.Kind.PLACED) {
                placed.incrementAndGet();
                submit.result().complete(outcome);
            } else if (outcome.kind() == Outcome.Kind.ALONE) {
                answerAlone(submit);
            } else {
                submit.result().complete(outcome);
            }
        });
    }

    /**
     * Inside the transaction. A cart that cannot be priced is answered at once (its error does not depend on the
     * commit); the others get their outcome only after the commit, from the map returned.
     */
    private Map<Submit, Outcome> placeAll(List<Submit> batch) {
        Instant now = clock.instant();
        Map<SalesChannel, Set<UUID>> skusByChannel = new EnumMap<>(SalesChannel.class);
        for (Submit submit : batch) {
            Set<UUID> skus = skusByChannel.computeIfAbsent(submit.command().channel(), c -> new LinkedHashSet<>());
            submit.command().lines().forEach(l -> skus.add(l.skuId()));
        }
        // Member prices are never charged at checkout yet (see CheckoutService.placeNow): member = false.
        Map<SalesChannel, Map<UUID, SkuOffer>> offers = new EnumMap<>(SalesChannel.class);
        skusByChannel.forEach((channel, skus) -> offers.put(channel, catalog.offers(skus, channel, false, null, now)));

        List<Draft> drafts = new ArrayList<>(batch.size());
        Instant expiresAt = now.plus(inventory.reservationTtl());
        for (Submit submit : batch) {
            PlaceOrder command = submit.command();
            CheckoutService.Priced priced;
            try {
                priced = CheckoutService.price(command, offers.get(command.channel()));
            } catch (DomainException e) {
                submit.result().completeExceptionally(e);
                continue;
            }
            drafts.add(new Draft(
                    submit,
                    priced.pendingOrder(
                            submit.buyer().userId(), command.channel(), command.address(), now, expiresAt)));
        }
        Map<Submit, Outcome> outcomes = new HashMap<>();
        if (drafts.isEmpty()) {
            return outcomes;
        }
        // Sorted by buyer and key: two combined inserts take the unique key's locks in one order.
        drafts.sort(Comparator.comparing((Draft d) -> d.order().buyerId())
                .thenComparing(d -> d.submit().key()));
        Set<UUID> written = store.insertAllUnlessKeyUsed(
                drafts.stream().map(Draft::order).toList(),
                drafts.stream().map(d -> d.submit().key()).toList());
        List<Draft> placing = new ArrayList<>(written.size());
        for (Draft draft : drafts) {
            if (written.contains(draft.order().id())) {
                placing.add(draft);
            } else {
                outcomes.put(draft.submit(), Outcome.REPLAY);
            }
        }
        if (placing.isEmpty()) {
            return outcomes;
        }
        List<Optional<ReservationView>> reservations = inventory.reserveTogether(placing.stream()
                .map(d -> CheckoutService.reservationOf(d.order(), null))
                .toList());
        List<UUID> unplaced = new ArrayList<>();
        for (int i = 0; i < placing.size(); i++) {
            Draft draft = placing.get(i);
            Optional<ReservationView> reservation = reservations.get(i);
            if (reservation.isPresent()) {
                outcomes.put(
                        draft.submit(),
                        new Outcome(Outcome.Kind.PLACED, new Placed(draft.order(), reservation.get(), false)));
                CheckoutService.logPlaced(draft.order());
            } else {
                unplaced.add(draft.order().id());
                outcomes.put(draft.submit(), Outcome.ALONE);
            }
        }
        if (!unplaced.isEmpty()) {
            store.deleteUnplaced(unplaced);
        }
        return outcomes;
    }

    @Override
    public void destroy() {
        running = false;
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Submit left;
        while ((left = queue.poll()) != null) {
            answerAlone(left);
        }
    }
}
