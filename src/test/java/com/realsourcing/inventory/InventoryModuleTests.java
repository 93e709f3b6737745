package com.realsourcing.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReleaseReason;
import com.realsourcing.inventory.api.ReservationLine;
import com.realsourcing.inventory.api.ReservationRequest;
import com.realsourcing.inventory.api.ReservationStatus;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.Allocations;
import com.realsourcing.inventory.domain.CountImport;
import com.realsourcing.inventory.domain.HotSkuReservations;
import com.realsourcing.inventory.domain.InventoryJobs;
import com.realsourcing.inventory.domain.InventoryService;
import com.realsourcing.inventory.domain.StockAdjustments;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/** The inventory module on its own (notify mocked) with a clock the tests move. */
@ApplicationModuleTest
// Closed afterwards: no other test shares this context, and each cached context holds a full connection pool.
@DirtiesContext
class InventoryModuleTests {

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
    InventoryApi inventory;

    @Autowired
    InventoryService service;

    @Autowired
    StockAdjustments adjustments;

    @Autowired
    Allocations allocations;

    @Autowired
    CountImport countImport;

    @Autowired
    InventoryJobs jobs;

    @Autowired
    HotSkuReservations hotPath;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    final UUID org = Ids.newId();

    UUID sku(int initial) {
        UUID sku = Ids.newId();
        inventory.openStock(org, sku, initial, null);
        return sku;
    }

    StockLevel level(UUID sku) {
        return inventory.stockOf(org, sku).orElseThrow();
    }

    ReservationView reserve(UUID sku, int quantity) {
        return inventory.reserve(org, "order-" + Ids.newId(), List.of(new ReservationLine(sku, quantity)), null);
    }

    @Test
    void reservesConfirmsAndReleases() {
        UUID sku = sku(10);
        ReservationView paid = reserve(sku, 3);
        ReservationView cancelled = reserve(sku, 2);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 10, 5, 5));

        inventory.confirm(paid.id());
        inventory.release(cancelled.id(), ReleaseReason.CANCELLED);

        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 7, 0, 7));
        assertThat(inventory.confirm(paid.id()).status())
                .as("confirming twice is a no-op")
                .isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(inventory.release(cancelled.id(), ReleaseReason.CANCELLED).status())
                .isEqualTo(ReservationStatus.RELEASED);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 7, 0, 7));
        assertThatThrownBy(() -> inventory.release(paid.id(), ReleaseReason.CANCELLED))
                .isInstanceOf(DomainException.class)
                .hasMessage("inventory.reservation-closed");
        assertThat(ledgerTotal(sku)).isEqualTo(7);
    }

    @Test
    void refusesAShortageAndReservesAllLinesOrNone() {
        UUID plenty = sku(10);
        UUID scarce = sku(1);
        assertThatThrownBy(() -> inventory.reserve(
                        org, "o", List.of(new ReservationLine(plenty, 2), new ReservationLine(scarce, 2)), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("inventory.insufficient-stock");
                    assertThat(e.properties()).containsEntry("skuId", scarce).containsEntry("available", 1);
                });
        assertThat(level(plenty).available()).isEqualTo(10);
        assertThat(level(scarce).available()).isEqualTo(1);
        assertThatThrownBy(() -> reserve(plenty, 0)).hasMessage("inventory.quantity-not-positive");
        assertThatThrownBy(() -> reserve(Ids.newId(), 1)).hasMessage("inventory.stock-not-found");
        assertThatThrownBy(() -> inventory.reserve(Ids.newId(), "o", List.of(new ReservationLine(plenty, 1)), null))
                .as("another organisation's SKU is not found")
                .hasMessage("inventory.stock-not-found");
    }

    @Test
    void gathersUnitsSpreadOverBuckets() {
        UUID sku = Ids.newId();
        service.openStock(org, sku, 8, null, 8); // one unit per bucket
        ReservationView all = reserve(sku, 8);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 8, 8, 0));
        inventory.confirm(all.id());
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 0, 0, 0));
        assertThat(jobs.repair()).filteredOn(d -> d.skuId().equals(sku)).isEmpty();
    }

    @Test
    void expiredReservationsAreReleasedWhenReadAndCannotBePaid() {
        UUID sku = sku(5);
        ReservationView late = reserve(sku, 4);
        clock.advance(Duration.ofMinutes(14));
        assertThat(level(sku).reserved()).as("still within the 15 minutes").isEqualTo(4);

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> inventory.confirm(late.id())).hasMessage("inventory.reservation-expired");
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 5, 0, 5));
        assertThat(inventory.findReservation(late.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void theSweeperReleasesExpiredReservations() {
        UUID sku = sku(5);
        ReservationView late = reserve(sku, 2);
        clock.advance(Duration.ofMinutes(16));
        jobs.sweep();
        assertThat(inventory.findReservation(late.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(jdbc.sql("select sum(reserved) from inventory.stock_buckets b join inventory.stock_items i"
                                + " on i.id = b.stock_item_id where i.sku_id = :sku")
                        .param("sku", sku)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anActivitySellsOnlyFromItsAllocationAndReturnsTheRest() {
        UUID sku = sku(10);
        var live = allocations.create(
                org, sku, "直播间 7 月 1 日", 6, null, clock.instant().plus(Duration.ofHours(2)));
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 10, 6, 4));
        assertThatThrownBy(() -> reserve(sku, 5)).hasMessage("inventory.insufficient-stock");

        ReservationView fan1 = inventory.reserve(org, "live-1", List.of(new ReservationLine(sku, 3)), live.id());
        ReservationView fan2 = inventory.reserve(org, "live-2", List.of(new ReservationLine(sku, 2)), live.id());
        assertThat(level(sku)).as("activity orders do not reserve twice").isEqualTo(new StockLevel(sku, 10, 6, 4));
        assertThatThrownBy(() -> inventory.reserve(org, "live-3", List.of(new ReservationLine(sku, 2)), live.id()))
                .hasMessage("inventory.allocation-exhausted");

        inventory.confirm(fan1.id());
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 7, 3, 4));

        var ended = allocations.end(org, live.id());
        assertThat(ended.sold()).isEqualTo(3);
        assertThat(ended.pending()).isEqualTo(2);
        assertThat(level(sku)).as("the unsold unit is back").isEqualTo(new StockLevel(sku, 7, 2, 5));
        assertThatThrownBy(() -> inventory.reserve(org, "live-4", List.of(new ReservationLine(sku, 1)), live.id()))
                .hasMessage("inventory.allocation-not-active");

        inventory.release(fan2.id(), ReleaseReason.PAYMENT_FAILED);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 7, 0, 7));
        assertThat(jobs.repair()).filteredOn(d -> d.skuId().equals(sku)).isEmpty();
    }

    @Test
    void activitiesEndWhenTheirWindowCloses() {
        UUID sku = sku(4);
        allocations.create(org, sku, "flash sale", 4, null, clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(level(sku).available()).isZero();
        clock.advance(Duration.ofMinutes(31));
        jobs.sweep();
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 4, 0, 4));
    }

    @Test
    void adjustmentsGoToTheLedgerAndNeverEatReservedUnits() {
        UUID sku = sku(10);
        reserve(sku, 6);
        adjustments.adjust(org, sku, StockAdjustments.Kind.RECEIPT, 5, "到货", null);
        adjustments.adjust(org, sku, StockAdjustments.Kind.DAMAGE, 2, "破损", null);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 13, 6, 7));
        assertThatThrownBy(() -> adjustments.adjust(org, sku, StockAdjustments.Kind.COUNT, 5, "盘点", null))
                .hasMessage("inventory.below-reserved");
        adjustments.adjust(org, sku, StockAdjustments.Kind.COUNT, 9, "盘点", null);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 9, 6, 3));
        assertThat(ledgerTotal(sku)).isEqualTo(9);
        assertThatThrownBy(() -> adjustments.adjust(org, sku, StockAdjustments.Kind.RECEIPT, 1, " ", null))
                .hasMessage("inventory.reason-required");
        assertThatThrownBy(() ->
                        jdbc.sql("update inventory.movements set delta = 100").update())
                .as("the ledger is append-only")
                .hasMessageContaining("append-only");
    }

    @Test
    void importsCountsAndReportsBadRowsWithTheirNumbers() {
        UUID a = sku(10);
        UUID b = sku(10);
        reserve(b, 4);
        String csv = "sku_id,counted,reason\n" + a + ",12,月度盘点\n" + "not-a-sku,3\n" + b + ",2\n" + a + ",x\n"
                + Ids.newId() + ",1\n";
        CountImport.Result result = countImport.importCounts(org, csv, null);
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.errors())
                .extracting(CountImport.RowError::row, CountImport.RowError::code)
                .containsExactly(
                        tuple(3, "inventory.import-sku-invalid"),
                        tuple(4, "inventory.below-reserved"),
                        tuple(5, "inventory.import-count-invalid"),
                        tuple(6, "inventory.stock-not-found"));
        assertThat(level(a).physical()).isEqualTo(12);
        assertThatThrownBy(() -> countImport.importCounts(org, "sku,qty\nx,1", null))
                .hasMessage("inventory.import-header-invalid");
    }

    @Test
    void theRepairJobFindsAndCorrectsReservedDrift() {
        UUID sku = Ids.newId();
        service.openStock(org, sku, 10, null, 2);
        reserve(sku, 3);
        jdbc.sql("update inventory.stock_buckets b set reserved = reserved + 2 from inventory.stock_items i"
                        + " where i.id = b.stock_item_id and i.sku_id = :sku and b.bucket = 0")
                .param("sku", sku)
                .update();
        assertThat(level(sku).reserved()).isEqualTo(5);

        List<InventoryJobs.Drift> drifts = jobs.repair();

        assertThat(drifts)
                .filteredOn(d -> d.skuId().equals(sku))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.counter()).isEqualTo("reserved");
                    assertThat(d.recorded() - d.expected()).isEqualTo(2);
                });
        assertThat(level(sku).reserved()).isEqualTo(3);
    }

    @Test
    void alertsOnceWhenStockRunsLow() {
        UUID sku = sku(10);
        UUID user = Ids.newId();
        adjustments.setAlert(org, sku, 3, user);
        inventory.confirm(reserve(sku, 5).id());
        inventory.confirm(reserve(sku, 2).id());
        inventory.confirm(reserve(sku, 1).id());

        var sent = ArgumentCaptor.forClass(UserNotification.class);
        verify(notify, times(1)).notifyUser(sent.capture());
        assertThat(sent.getValue().userId()).isEqualTo(user);
        assertThat(sent.getValue().template()).isEqualTo("notify.inventory.low-stock");
        assertThat(sent.getValue().params()).containsEntry("available", 3);

        adjustments.adjust(org, sku, StockAdjustments.Kind.RECEIPT, 10, "补货", null);
        inventory.confirm(reserve(sku, 10).id());
        verify(notify, times(2)).notifyUser(any());
    }

    /**
     * 200 buyers race for 100 units: each reserves one, then pays, cancels, fails to pay or walks away (the
     * reservation then times out: the clock runs a minute per 10 ms and a sweeper and lazy reads release it).
     * Exactly 100 are sold, no counter ever goes negative, and the ledgers agree with the counters.
     */
    @Test
    void twoHundredBuyersRaceForOneHundredUnits() throws Exception {
        UUID sku = sku(100);
        int buyers = 200;
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger expiredBeforePayment = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        // generous: the race ends as soon as 100 are sold (~30 s on two idle cores); a busy machine needs longer
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers + 1);
        List<Future<?>> running = new ArrayList<>();
        running.add(pool.submit(() -> {
            start.await();
            while (!done.get() && System.nanoTime() < deadline) {
                clock.advance(Duration.ofMinutes(1));
                jobs.sweep();
                Thread.sleep(10);
            }
            return null;
        }));
        for (int b = 0; b < buyers; b++) {
            running.add(pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (sold.get() < 100 && System.nanoTime() < deadline) {
                    ReservationView reservation;
                    try {
                        reservation = reserve(sku, 1);
                    } catch (DomainException e) {
                        assertThat(e.code()).isEqualTo("inventory.insufficient-stock");
                        refused.incrementAndGet();
                        Thread.sleep(random.nextInt(2, 10));
                        continue;
                    }
                    int action = random.nextInt(10);
                    try {
                        if (action < 5) {
                            inventory.confirm(reservation.id());
                            sold.incrementAndGet();
                        } else if (action < 7) {
                            inventory.release(reservation.id(), ReleaseReason.CANCELLED);
                        } else if (action < 8) {
                            inventory.release(reservation.id(), ReleaseReason.PAYMENT_FAILED);
                        } else if (action < 9) {
                            inventory.stockOf(org, sku); // walk away; a later read or the sweeper releases it
                        }
                    } catch (DomainException e) {
                        assertThat(e.code()).isEqualTo("inventory.reservation-expired");
                        expiredBeforePayment.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (int i = 1; i < running.size(); i++) {
            running.get(i).get();
        }
        done.set(true);
        running.get(0).get();
        pool.shutdown();

        clock.advance(Duration.ofMinutes(16));
        jobs.sweep();
        assertThat(sold.get()).isEqualTo(100);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 0, 0, 0));
        assertThatThrownBy(() -> reserve(sku, 1)).hasMessage("inventory.insufficient-stock");
        assertThat(refused.get())
                .as("buyers were turned away while stock was held")
                .isPositive();
        Integer lowest = jdbc.sql("select min(least(physical, reserved, physical - reserved))"
                        + " from inventory.stock_buckets b join inventory.stock_items i on i.id = b.stock_item_id"
                        + " where i.sku_id = :sku")
                .param("sku", sku)
                .query(Integer.class)
                .single();
        assertThat(lowest).isZero();
        assertThat(ledgerTotal(sku)).as("ledger = physical").isZero();
        Integer confirmedUnits = jdbc.sql("select sum(l.quantity) from inventory.reservation_lines l"
                        + " join inventory.reservations r on r.id = l.reservation_id"
                        + " join inventory.stock_items i on i.id = l.stock_item_id"
                        + " where i.sku_id = :sku and r.status = 'CONFIRMED'")
                .param("sku", sku)
                .query(Integer.class)
                .single();
        assertThat(confirmedUnits).isEqualTo(100);
        assertThat(jobs.repair()).filteredOn(d -> d.skuId().equals(sku)).isEmpty();
    }

    @Test
    void reservationsPlacedTogetherSellExactlyTheStockAndKeepTheLedger() throws Exception {
        List<UUID> skus = List.of(sku(30), sku(30), sku(30));
        UUID split = sku(20);
        service.splitStock(org, split, 4);
        UUID capped = sku(20);
        service.setCap(org, capped, "H5", 50);
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        int threads = 12;
        AtomicInteger alone = new AtomicInteger();
        List<ReservationRequest> granted = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int round = 0; round < 12; round++) {
                    List<ReservationRequest> batch = new ArrayList<>();
                    for (int r = 0; r < 8; r++) {
                        List<ReservationLine> lines = new ArrayList<>();
                        int first = random.nextInt(skus.size());
                        lines.add(new ReservationLine(skus.get(first), 1));
                        if (random.nextInt(3) == 0) { // a two-line request: both lines or neither
                            lines.add(new ReservationLine(skus.get((first + 1) % skus.size()), 1));
                        }
                        if (r == 7) { // the single path's SKUs: several buckets, a cap for the channel
                            lines.add(new ReservationLine(random.nextBoolean() ? split : capped, 1));
                        }
                        UUID id = Ids.newId();
                        batch.add(new ReservationRequest(
                                id,
                                org,
                                "order-" + id,
                                "H5",
                                null,
                                lines,
                                clock.instant().plus(Duration.ofMinutes(15))));
                    }
                    List<java.util.Optional<ReservationView>> answers =
                            transaction.execute(status -> inventory.reserveTogether(batch));
                    for (int r = 0; r < batch.size(); r++) {
                        if (answers.get(r).isPresent()) {
                            assertThat(answers.get(r).get().id())
                                    .isEqualTo(batch.get(r).id());
                            granted.add(batch.get(r));
                        } else {
                            alone.incrementAndGet();
                        }
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

        // 12 × 12 × 8 requests of 1–3 units for 90: every unit of the three SKUs went, each exactly once
        for (UUID sku : skus) {
            long units = granted.stream()
                    .flatMap(r -> r.lines().stream())
                    .filter(l -> l.skuId().equals(sku))
                    .count();
            assertThat(units).as("units granted of " + sku).isEqualTo(30);
            assertThat(level(sku)).isEqualTo(new StockLevel(sku, 30, 30, 0));
        }
        assertThat(granted)
                .as("nothing with a split or capped SKU is placed together")
                .noneMatch(r -> r.lines().stream()
                        .anyMatch(l -> l.skuId().equals(split) || l.skuId().equals(capped)));
        assertThat(level(split)).isEqualTo(new StockLevel(split, 20, 0, 20));
        assertThat(level(capped)).isEqualTo(new StockLevel(capped, 20, 0, 20));
        assertThat(alone.get()).isEqualTo(threads * 12 * 8 - granted.size());
        for (ReservationRequest request : granted) {
            ReservationView stored = inventory.findReservation(request.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(ReservationStatus.ACTIVE);
            assertThat(stored.lines()).containsExactlyInAnyOrderElementsOf(request.lines());
        }
        assertThat(jobs.repair())
                .filteredOn(d -> skus.contains(d.skuId()))
                .as("reserved counters = the reservation ledger")
                .isEmpty();
    }

    ReservationView reserveThrough(String channel, UUID sku, int quantity) {
        UUID id = Ids.newId();
        return inventory.reserve(new ReservationRequest(
                id,
                org,
                "order-" + id,
                channel,
                null,
                List.of(new ReservationLine(sku, quantity)),
                clock.instant().plus(inventory.reservationTtl())));
    }

    /** A channel cap is enforced by the guarded statement: forty buyers race for a cap of ten on one channel. */
    @Test
    void aChannelSellsNoMoreThanItsCapUnderConcurrentBuyers() throws Exception {
        UUID sku = sku(100);
        service.setCap(org, sku, "DOUYIN", 10);
        int buyers = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return reserveThrough("DOUYIN", sku, 1).id().toString();
                } catch (DomainException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(r -> !r.startsWith("inventory.")).hasSize(10);
        assertThat(results)
                .filteredOn(r -> r.equals("inventory.channel-cap-reached"))
                .hasSize(30);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 100, 10, 90));
        assertThat(service.caps(org, sku)).singleElement().satisfies(c -> {
            assertThat(c.cap()).isEqualTo(10);
            assertThat(c.used()).isEqualTo(10);
        });
        assertThat(reserveThrough("H5", sku, 5).status())
                .as("other channels sell from the same pool")
                .isEqualTo(ReservationStatus.ACTIVE);
        assertThatThrownBy(() -> reserveThrough("DOUYIN", sku, 1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.properties())
                        .containsEntry("channel", "DOUYIN")
                        .containsEntry("available", 0));

        // a released reservation gives its unit back to the channel; a paid one keeps counting
        UUID first = UUID.fromString(results.stream()
                .filter(r -> !r.startsWith("inventory."))
                .findFirst()
                .orElseThrow());
        UUID second = UUID.fromString(results.stream()
                .filter(r -> !r.startsWith("inventory."))
                .skip(1)
                .findFirst()
                .orElseThrow());
        inventory.confirm(second);
        inventory.release(first, ReleaseReason.CANCELLED);
        assertThat(service.caps(org, sku).get(0).used()).isEqualTo(9);
        assertThat(reserveThrough("DOUYIN", sku, 1).status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThatThrownBy(() -> reserveThrough("DOUYIN", sku, 1)).hasMessage("inventory.channel-cap-reached");

        service.setCap(org, sku, "DOUYIN", null);
        assertThat(reserveThrough("DOUYIN", sku, 2).status()).as("cap lifted").isEqualTo(ReservationStatus.ACTIVE);
        assertThat(service.caps(org, sku).get(0).used()).isEqualTo(12);
        assertThat(jobs.repair()).filteredOn(d -> d.skuId().equals(sku)).isEmpty();
    }

    @Test
    void aMultiBucketSkuIsCappedToo() {
        UUID sku = Ids.newId();
        service.openStock(org, sku, 16, null, 4);
        service.setCap(org, sku, "TAOBAO", 3);
        reserveThrough("TAOBAO", sku, 2);
        assertThatThrownBy(() -> reserveThrough("TAOBAO", sku, 2)).hasMessage("inventory.channel-cap-reached");
        assertThat(level(sku))
                .as("the refused reservation left nothing behind")
                .isEqualTo(new StockLevel(sku, 16, 2, 14));
    }

    @Test
    void splittingASkuForALiveStreamKeepsItsTotals() {
        UUID sku = sku(10);
        ReservationView held = reserve(sku, 3);
        assertThat(service.splitStock(org, sku, 4)).isEqualTo(4);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 10, 3, 7));
        assertThat(jdbc.sql("select count(*) from inventory.stock_buckets b join inventory.stock_items i"
                                + " on i.id = b.stock_item_id where i.sku_id = :sku and b.physical > b.reserved")
                        .param("sku", sku)
                        .query(Integer.class)
                        .single())
                .as("free units spread over the buckets")
                .isEqualTo(4);
        reserve(sku, 7);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 10, 10, 0));
        inventory.release(held.id(), ReleaseReason.CANCELLED);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 10, 7, 3));
        assertThat(jobs.repair()).filteredOn(d -> d.skuId().equals(sku)).isEmpty();
    }

    @Test
    void theHotPathSellsExactlyTheStockToConcurrentBuyers() throws Exception {
        UUID sku = Ids.newId();
        service.openStock(org, sku, 100, null, 4);
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<?>> buyers = new ArrayList<>();
        for (int b = 0; b < 64; b++) {
            buyers.add(pool.submit(() -> {
                while (true) {
                    try {
                        hotPath.reserve(org, "live", sku, 1);
                        reserved.incrementAndGet();
                    } catch (DomainException e) {
                        assertThat(e.code()).isEqualTo("inventory.insufficient-stock");
                        refused.incrementAndGet();
                        return null;
                    }
                }
            }));
        }
        for (Future<?> buyer : buyers) {
            buyer.get();
        }
        pool.shutdown();
        assertThat(reserved.get()).isEqualTo(100);
        assertThat(refused.get()).isEqualTo(64);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, 100, 100, 0));
        assertThat(jobs.repair()).filteredOn(d -> d.skuId().equals(sku)).isEmpty();
    }

    int ledgerTotal(UUID sku) {
        return jdbc.sql("select sum(delta) from inventory.movements m join inventory.stock_items i"
                        + " on i.id = m.stock_item_id where i.sku_id = :sku")
                .param("sku", sku)
                .query(Integer.class)
                .single();
    }
}
