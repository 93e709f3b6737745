package com.realsourcing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.CatalogService;
import com.realsourcing.catalog.domain.Products;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReservationStatus;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.Allocations;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.order.domain.CheckoutService;
import com.realsourcing.order.domain.OrderStatus;
import com.realsourcing.order.domain.Orders;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.testing.MutableClock;
import com.realsourcing.testing.TestProducts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Order with catalog and inventory, on a clock the tests move: TTL cancellation and status compare-and-set. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
// Closed afterwards: no other test shares this context, and each cached context holds a full connection pool.
@DirtiesContext
class OrderModuleTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return MutableClock.startingNow();
        }
    }

    @MockitoBean
    NotifyApi notify;

    @Autowired
    CheckoutService checkout;

    @Autowired
    CatalogService catalog;

    @Autowired
    InventoryApi inventory;

    @Autowired
    MutableClock clock;

    @Autowired
    Allocations allocations;

    @Autowired
    JdbcClient jdbc;

    final UUID seller = Ids.newId();
    final AuthenticatedUser buyer =
            new AuthenticatedUser(Ids.newId(), "买家", Ids.newId(), "OWNER", Set.of(), Set.of(), false);
    UUID sku;

    @BeforeEach
    void aPublishedProduct() {
        var prices = new Products.Prices(
                new BigDecimal("99"),
                new BigDecimal("30"),
                new BigDecimal("59"),
                new BigDecimal("79"),
                null,
                Map.of(),
                List.of());
        sku = TestProducts.publishedSkus(catalog, seller, "礼盒", prices, 1, 5).get(0);
    }

    Orders.Order place(int quantity) {
        return checkout.place(
                        buyer,
                        UUID.randomUUID().toString(),
                        new Orders.PlaceOrder(
                                SalesChannel.H5,
                                List.of(new Orders.CartLine(sku, quantity, null)),
                                new Orders.Address("王五", "13912345678", "杭州市", "文三路 1 号")))
                .order();
    }

    @Test
    void aLoneCheckoutIsPlacedByItsCallerWithoutWaitingForACombinedTransaction() {
        var before = checkout.combinerStats();

        Orders.Order order = place(1);

        var after = checkout.combinerStats();
        assertThat(after.leftToCaller()).isEqualTo(before.leftToCaller() + 1);
        assertThat(after.batches()).isEqualTo(before.batches());
        assertThat(after.placed()).isEqualTo(before.placed());
        assertThat(checkout.view(buyer, order.id()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 1, 4));
    }

    @Test
    void unpaidOrdersAreCancelledWhenTheirReservationRunsOut() {
        Orders.Order order = place(2);
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 2, 3));

        // The sweep is global and the embedded database is shared by every test class in this JVM, so other
        // classes' unpaid orders may fall due too: assert on this order, not on the sweep's count.
        clock.advance(Duration.ofMinutes(14));
        checkout.cancelUnpaidDue();
        assertThat(checkout.view(buyer, order.id()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 2, 3));
        clock.advance(Duration.ofMinutes(2));
        assertThat(checkout.cancelUnpaidDue()).isPositive();

        Orders.Order cancelled = checkout.view(buyer, order.id());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("EXPIRED");
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 0, 5));
        assertThatThrownBy(() -> checkout.pay(buyer, order.id(), null)).hasMessage("order.transition-illegal");
        assertThat(checkout.history(order.id())).containsExactly("PENDING_PAYMENT", "CANCELLED");
    }

    @Test
    void payAndCancelRacingOnOneOrderLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            Orders.Order order = place(1);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Callable<String> pay = () -> {
                start.await();
                return attempt(() -> checkout.pay(buyer, order.id(), "SUCCEED"));
            };
            Callable<String> cancel = () -> {
                start.await();
                return attempt(() -> checkout.cancel(buyer, order.id()));
            };
            Future<String> paid = pool.submit(pay);
            Future<String> cancelled = pool.submit(cancel);
            start.countDown();
            List<String> outcomes = List.of(paid.get(), cancelled.get());
            pool.shutdown();

            assertThat(outcomes).containsOnlyOnce("ok");
            Orders.Order after = checkout.view(buyer, order.id());
            assertThat(after.status()).isIn(OrderStatus.TO_SHIP, OrderStatus.CANCELLED);
            assertThat(checkout.history(order.id())).hasSize(2);
        }
        StockLevel level = inventory.stockOf(seller, sku).orElseThrow();
        assertThat(level.reserved()).isZero();
        assertThat(level.physical()).isBetween(0, 5);
    }

    @Test
    void concurrentSubmitsWithOneKeyMakeOneOrderAndOneReservation() throws Exception {
        String key = UUID.randomUUID().toString();
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Orders.Placed>> submits = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            submits.add(pool.submit(() -> {
                start.await();
                return checkout.place(
                        buyer,
                        key,
                        new Orders.PlaceOrder(
                                SalesChannel.H5,
                                List.of(new Orders.CartLine(sku, 2, null)),
                                new Orders.Address("王五", "13912345678", "杭州市", "文三路 1 号")));
            }));
        }
        start.countDown();
        List<Orders.Placed> placed = new java.util.ArrayList<>();
        for (Future<Orders.Placed> submit : submits) {
            placed.add(submit.get());
        }
        pool.shutdown();

        assertThat(placed.stream().map(p -> p.order().id()).distinct()).hasSize(1);
        assertThat(placed).filteredOn(p -> !p.replayed()).hasSize(1);
        assertThat(placed.stream().map(p -> p.reservation().id()).distinct()).hasSize(1);
        UUID orderId = placed.get(0).order().id();
        assertThat(jdbc.sql("select count(*) from inventory.reservations where reference = :ref")
                        .param("ref", orderId.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from orders.orders where buyer_id = :buyer and idempotency_key = :key")
                        .param("buyer", buyer.userId())
                        .param("key", key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 2, 3));
    }

    @Test
    void aBuyerIsNotRefusedForUnitsWhoseReservationRanOutBeforeTheSweeper() {
        Orders.Order late = place(5);
        assertThatThrownBy(() -> place(1)).hasMessage("inventory.insufficient-stock");

        clock.advance(Duration.ofMinutes(16)); // no sweeper, no cancel job: the next checkout releases what ran out
        Orders.Order next = place(4);

        assertThat(next.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(inventory.findReservation(late.reservationId()).orElseThrow().status())
                .isEqualTo(ReservationStatus.EXPIRED);
        assertThat(inventory.findReservation(next.reservationId()).orElseThrow().status())
                .isEqualTo(ReservationStatus.ACTIVE);
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 4, 1));
    }

    @Test
    void anOrderForAnActivitySellsFromItsAllocationAtItsPriceAndIsRefusedOnceItEnded() {
        Instant now = clock.instant();
        catalog.changePrices(
                seller,
                sku,
                new Products.Prices(
                        new BigDecimal("99"),
                        new BigDecimal("30"),
                        new BigDecimal("59"),
                        new BigDecimal("79"),
                        null,
                        Map.of(SalesChannel.H5, new BigDecimal("75")),
                        List.of(new Products.ActivityPrice(
                                "直播间 7 月 1 日", new BigDecimal("60"), now, now.plus(Duration.ofHours(1))))));
        var live = allocations.create(seller, sku, "直播间 7 月 1 日", 3, now, now.plus(Duration.ofHours(1)));
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 5, 3, 2));

        Orders.Placed fan = checkout.place(buyer, UUID.randomUUID().toString(), live(2));
        assertThat(fan.order().lines().get(0).unitPrice()).isEqualByComparingTo("60");
        assertThat(fan.order().lines().get(0).priceSource()).isEqualTo("ACTIVITY");
        assertThat(inventory.stockOf(seller, sku).orElseThrow())
                .as("the units come out of the allocation, not the general stock")
                .isEqualTo(new StockLevel(sku, 5, 3, 2));
        assertThatThrownBy(() -> checkout.place(buyer, UUID.randomUUID().toString(), live(2)))
                .hasMessage("inventory.allocation-exhausted");
        assertThatThrownBy(() -> place(3)).as("the general stock keeps 2").hasMessage("inventory.insufficient-stock");

        checkout.pay(buyer, fan.order().id(), "SUCCEED");
        assertThat(inventory.stockOf(seller, sku).orElseThrow()).isEqualTo(new StockLevel(sku, 3, 1, 2));

        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> checkout.place(buyer, UUID.randomUUID().toString(), live(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("order.activity-ended");
                    assertThat(e.status().value()).isEqualTo(409);
                });
        Orders.Order plain = place(1);
        assertThat(plain.lines().get(0).priceSource())
                .as("without the activity the channel price applies")
                .isEqualTo("CHANNEL");
        allocations.endDue();
        assertThat(allocations.list(seller, 0, 10))
                .filteredOn(a -> a.id().equals(live.id()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo("ENDED");
                    assertThat(a.sold()).isEqualTo(2);
                });
        assertThat(inventory.stockOf(seller, sku).orElseThrow())
                .as("the allocation's unsold unit went back")
                .isEqualTo(new StockLevel(sku, 3, 1, 2));
    }

    Orders.PlaceOrder live(int quantity) {
        return new Orders.PlaceOrder(
                SalesChannel.H5,
                List.of(new Orders.CartLine(sku, quantity, null)),
                new Orders.Address("王五", "13912345678", "杭州市", "文三路 1 号"),
                "直播间 7 月 1 日");
    }

    static String attempt(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
