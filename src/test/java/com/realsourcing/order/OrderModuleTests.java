package com.realsourcing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.CatalogService;
import com.realsourcing.catalog.domain.Products;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.order.domain.CheckoutService;
import com.realsourcing.order.domain.OrderStatus;
import com.realsourcing.order.domain.Orders;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
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
        var product = catalog.create(
                seller,
                null,
                new Products.NewProduct(
                        "礼盒",
                        null,
                        null,
                        Products.Kind.PHYSICAL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "CNY",
                        List.of(),
                        List.of(),
                        List.of(new Products.NewSku(Map.of(), null, prices, 5))));
        catalog.publish(seller, product.id());
        sku = product.skus().get(0).id();
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

    static String attempt(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
