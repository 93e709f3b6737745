package com.realsourcing.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.CatalogService;
import com.realsourcing.catalog.domain.Products;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReservationStatus;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.InventoryJobs;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.order.domain.CheckoutService;
import com.realsourcing.order.domain.CheckoutService.CombinerStats;
import com.realsourcing.order.domain.Orders;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.testing.TestProducts;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Checkout's group commit (docs/adr/0009-checkout-group-commit.md) against the real database: many carts in one
 * transaction, each answered on its own. One writer thread, so a test can hold it on a row lock and queue carts that
 * then go into one transaction together.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "realsourcing.order.checkout-batch-writers=1",
            "realsourcing.order.checkout-batch-size=64",
            // every cart is combined, however few are in flight
            "realsourcing.order.checkout-combine-from=1"
        })
@DirtiesContext
class CheckoutGroupCommitTests {

    @MockitoBean
    NotifyApi notify;

    @Autowired
    CheckoutService checkout;

    @Autowired
    CatalogService catalog;

    @Autowired
    InventoryApi inventory;

    @Autowired
    InventoryJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    final UUID seller = Ids.newId();
    final Orders.Address address = new Orders.Address("王五", "13912345678", "杭州市", "文三路 1 号");

    static final Products.Prices PRICES = new Products.Prices(
            new BigDecimal("99"),
            new BigDecimal("30"),
            new BigDecimal("59"),
            new BigDecimal("79"),
            null,
            Map.of(),
            List.of());

    /** A published product with {@code count} SKUs of {@code stock} units each. */
    List<UUID> skus(int count, int stock) {
        return TestProducts.publishedSkus(catalog, seller, "礼盒", PRICES, count, stock);
    }

    static AuthenticatedUser buyer() {
        return new AuthenticatedUser(Ids.newId(), "买家", Ids.newId(), "OWNER", Set.of(), Set.of(), false);
    }

    Orders.PlaceOrder cart(UUID sku, int quantity, BigDecimal expectedPrice) {
        return new Orders.PlaceOrder(
                SalesChannel.H5, List.of(new Orders.CartLine(sku, quantity, expectedPrice)), address);
    }

    static String outcome(Callable<Orders.Placed> submit) throws Exception {
        try {
            return submit.call().replayed() ? "replayed" : "placed";
        } catch (DomainException e) {
            return e.code();
        }
    }

    UUID itemOf(UUID sku) {
        return jdbc.sql("select id from inventory.stock_items where sku_id = :sku")
                .param("sku", sku)
                .query(UUID.class)
                .single();
    }

    int reservedUnitsInLedger(UUID sku) {
        return jdbc.sql(
                        """
                        select coalesce(sum(l.quantity), 0) from inventory.reservation_lines l
                        join inventory.reservations r on r.id = l.reservation_id
                        where l.stock_item_id = :item and r.status = 'ACTIVE'""")
                .param("item", itemOf(sku))
                .query(Integer.class)
                .single();
    }

    /**
     * Holds the writer: a cart for {@code plug} is queued while this connection holds the SKU's stock row, so the
     * writer waits inside that cart's transaction; everything queued meanwhile goes into its next transaction.
     */
    final class Plug implements AutoCloseable {
        final Connection connection;
        final Future<String> plugged;
        final ExecutorService pool = Executors.newSingleThreadExecutor();

        Plug(UUID plug) throws Exception {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (var ps = connection.prepareStatement(
                    "select 1 from inventory.stock_buckets where stock_item_id = ? for update")) {
                ps.setObject(1, itemOf(plug));
                ps.executeQuery().close();
            }
            plugged = pool.submit(() -> outcome(() -> checkout.place(buyer(), "plug", cart(plug, 1, null))));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!writerWaitsOnALock()) {
                assertThat(System.nanoTime())
                        .as("the writer reached the held row")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }

        boolean writerWaitsOnALock() {
            return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                            .query(Integer.class)
                            .single()
                    > 0;
        }

        /** Waits until {@code carts} more carts are queued behind the plug. */
        void awaitQueued(long carts, long queuedBefore) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (checkout.combinerStats().queued() < queuedBefore + carts) {
                assertThat(System.nanoTime()).as("carts queued").isLessThan(deadline);
                Thread.sleep(10);
            }
        }

        @Override
        public void close() throws Exception {
            connection.rollback();
            connection.close();
            assertThat(plugged.get()).isEqualTo("placed");
            pool.shutdown();
        }
    }

    @Test
    void manyBuyersOnFewSkusGetExactlyTheStockThroughCombinedTransactions() throws Exception {
        List<UUID> skus = skus(4, 25);
        CombinerStats before = checkout.combinerStats();
        int threads = 48;
        Map<UUID, Integer> sold = new ConcurrentHashMap<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                AuthenticatedUser buyer = buyer();
                start.await();
                for (int i = 0; i < 4; i++) {
                    UUID sku = skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
                    String result = outcome(
                            () -> checkout.place(buyer, UUID.randomUUID().toString(), cart(sku, 1, null)));
                    outcomes.merge(result, 1, Integer::sum);
                    if (result.equals("placed")) {
                        sold.merge(sku, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        CombinerStats after = checkout.combinerStats();

        // 192 one-unit carts for 100 units
        assertThat(outcomes.keySet()).containsOnly("placed", "inventory.insufficient-stock");
        assertThat(sold.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        for (UUID sku : skus) {
            assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 25, 25, 0));
            assertThat(reservedUnitsInLedger(sku)).isEqualTo(25);
            assertThat(jdbc.sql("select count(*) from orders.order_lines where sku_id = :sku")
                            .param("sku", sku)
                            .query(Integer.class)
                            .single())
                    .as("one order line per unit sold, none left by refused carts")
                    .isEqualTo(25);
        }
        assertThat(jobs.repair()).filteredOn(d -> skus.contains(d.skuId())).isEmpty();
        assertThat(after.placed() - before.placed())
                .as("orders placed in combined transactions")
                .isPositive()
                .isGreaterThan(after.batches() - before.batches());
        assertThat(after.failedBatches()).isEqualTo(before.failedBatches());
    }

    @Test
    void aBadCartFailsAloneWhileTheOthersInItsTransactionArePlaced() throws Exception {
        List<UUID> skus = skus(2, 5);
        UUID plug = skus.get(0);
        UUID good = skus.get(1);
        UUID scarce = skus(1, 1).get(0);
        CombinerStats before = checkout.combinerStats();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        Map<String, Future<String>> results = new java.util.LinkedHashMap<>();
        try (Plug held = new Plug(plug)) {
            long queued = checkout.combinerStats().queued();
            results.put("first", pool.submit(() -> outcome(() -> checkout.place(buyer(), "a", cart(good, 1, null)))));
            results.put(
                    "second",
                    pool.submit(
                            () -> outcome(() -> checkout.place(buyer(), "b", cart(good, 2, new BigDecimal("79.00"))))));
            results.put(
                    "unknown",
                    pool.submit(() -> outcome(() -> checkout.place(buyer(), "c", cart(Ids.newId(), 1, null)))));
            results.put("short", pool.submit(() -> outcome(() -> checkout.place(buyer(), "d", cart(scarce, 2, null)))));
            results.put(
                    "repriced",
                    pool.submit(() -> outcome(
                            () -> checkout.place(buyer(), "e", cart(good, 1, new BigDecimal("89")))))); // costs 79
            held.awaitQueued(5, queued);
        }
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (var entry : results.entrySet()) {
            answers.put(entry.getKey(), entry.getValue().get());
        }
        pool.shutdown();
        CombinerStats after = checkout.combinerStats();

        assertThat(answers)
                .containsEntry("first", "placed")
                .containsEntry("second", "placed")
                .containsEntry("unknown", "order.sku-unknown")
                .containsEntry("short", "inventory.insufficient-stock")
                .containsEntry("repriced", "order.price-changed");
        assertThat(after.batches() - before.batches())
                .as("the plug's transaction, then one for all five")
                .isEqualTo(2);
        assertThat(after.placed() - before.placed()).isEqualTo(3);
        assertThat(after.alone() - before.alone())
                .as("only the short cart took the one-order path (for its exact answer)")
                .isEqualTo(1);
        assertThat(inventory.stockOf(seller, good).orElseThrow()).isEqualTo(new StockLevel(good, 5, 3, 2));
        assertThat(inventory.stockOf(seller, scarce).orElseThrow()).isEqualTo(new StockLevel(scarce, 1, 0, 1));
        assertThat(jdbc.sql("select count(*) from orders.order_lines where sku_id = :sku")
                        .param("sku", scarce)
                        .query(Integer.class)
                        .single())
                .as("the short cart's order was taken out again")
                .isZero();
        assertThat(jobs.repair())
                .filteredOn(d -> skus.contains(d.skuId()) || d.skuId().equals(scarce))
                .isEmpty();
    }

    @Test
    void oneKeySubmittedManyTimesInOneTransactionMakesOneOrderAndOneReservation() throws Exception {
        List<UUID> skus = skus(2, 10);
        UUID sku = skus.get(1);
        AuthenticatedUser buyer = buyer();
        int submits = 6;
        ExecutorService pool = Executors.newFixedThreadPool(submits);
        List<Future<Orders.Placed>> placed = new ArrayList<>();
        try (Plug held = new Plug(skus.get(0))) {
            long queued = checkout.combinerStats().queued();
            for (int i = 0; i < submits; i++) {
                placed.add(pool.submit(() -> checkout.place(buyer, "same-key", cart(sku, 2, null))));
            }
            held.awaitQueued(submits, queued);
        }
        List<Orders.Placed> results = new ArrayList<>();
        for (Future<Orders.Placed> f : placed) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results.stream().map(p -> p.order().id()).distinct()).hasSize(1);
        assertThat(results).filteredOn(p -> !p.replayed()).hasSize(1);
        assertThat(results.stream().map(p -> p.reservation().id()).distinct()).hasSize(1);
        assertThat(results.get(0).reservation().status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(jdbc.sql("select count(*) from orders.orders where buyer_id = :buyer")
                        .param("buyer", buyer.userId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 10, 2, 8));
        assertThat(reservedUnitsInLedger(sku)).isEqualTo(2);
    }

    @Test
    void aFailedGuardRollsTheTransactionBackAndEachCartIsPlacedAlone() throws Exception {
        List<UUID> skus = skus(3, 10);
        UUID poisoned = skus.get(1);
        // The database refuses the first reservation of this SKU's stock row (a guard that did not hold): the
        // combined transaction must notice it, roll back and place every cart alone. A sequence is not rolled back.
        jdbc.sql("create sequence inventory.test_guard_once").update();
        jdbc.sql(
                        """
                        create function inventory.test_guard_once() returns trigger language plpgsql as $$
                        begin
                            if new.stock_item_id = '%s' and new.reserved > old.reserved then
                                if nextval('inventory.test_guard_once') = 1 then
                                    return null;
                                end if;
                            end if;
                            return new;
                        end $$"""
                                .formatted(itemOf(poisoned)))
                .update();
        jdbc.sql(
                        """
                        create trigger test_guard_once before update on inventory.stock_buckets
                        for each row execute function inventory.test_guard_once()""")
                .update();
        try {
            CombinerStats before = checkout.combinerStats();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> results = new ArrayList<>();
            try (Plug held = new Plug(skus.get(0))) {
                long queued = checkout.combinerStats().queued();
                for (UUID sku : List.of(poisoned, skus.get(2), poisoned, skus.get(2))) {
                    results.add(pool.submit(() -> outcome(() -> checkout.place(buyer(), "k", cart(sku, 1, null)))));
                }
                held.awaitQueued(4, queued);
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("placed");
            }
            pool.shutdown();
            CombinerStats after = checkout.combinerStats();

            assertThat(after.failedBatches() - before.failedBatches()).isEqualTo(1);
            assertThat(after.alone() - before.alone()).isEqualTo(4);
            assertThat(jdbc.sql("select last_value from inventory.test_guard_once")
                            .query(Long.class)
                            .single())
                    .as("the guard refused once, then let the one-order path through")
                    .isGreaterThanOrEqualTo(2);
        } finally {
            jdbc.sql("drop trigger test_guard_once on inventory.stock_buckets").update();
            jdbc.sql("drop function inventory.test_guard_once()").update();
            jdbc.sql("drop sequence inventory.test_guard_once").update();
        }
        assertThat(inventory.stockOf(seller, poisoned).orElseThrow()).isEqualTo(new StockLevel(poisoned, 10, 2, 8));
        assertThat(inventory.stockOf(seller, skus.get(2)).orElseThrow())
                .isEqualTo(new StockLevel(skus.get(2), 10, 2, 8));
        assertThat(reservedUnitsInLedger(poisoned)).isEqualTo(2);
        assertThat(jobs.repair()).filteredOn(d -> skus.contains(d.skuId())).isEmpty();
    }
}
