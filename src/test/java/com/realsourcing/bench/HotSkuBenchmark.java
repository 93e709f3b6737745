package com.realsourcing.bench;

import com.realsourcing.RealSourcingApplication;
import com.realsourcing.inventory.api.ReservationLine;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.HotSkuReservations;
import com.realsourcing.inventory.domain.InventoryService;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load driver for reservations on one hot SKU (issue 6, docs/adr/0005-hot-sku-stock.md): the naive design (one
 * counter row) against the bucketed stock, each through {@link InventoryService#reserve} — one durable
 * transaction per reservation (guarded update + reservation row + line), embedded PostgreSQL with fsync on.
 * Then a sell-out run per design proves zero oversell under the same load. Not a test: run it with
 * {@code bench/hot-sku.sh}.
 *
 * <p>System properties: {@code clients} (128), {@code warmupSeconds} (5), {@code seconds} (15), {@code buckets}
 * (16), {@code pool} (connection pool size, 32), {@code selloutUnits} (20000), {@code uniformSkus} (10000; 0 skips
 * the uniform run).
 */
public final class HotSkuBenchmark {

    private HotSkuBenchmark() {}

    record Result(String name, int clients, long ok, long refused, double seconds, long[] latenciesMicros) {
        double perSecond() {
            return ok / seconds;
        }

        long percentile(double p) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))];
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %.1f | %.1f | %.1f | %d |",
                    name,
                    clients,
                    perSecond(),
                    percentile(0.50) / 1000.0,
                    percentile(0.99) / 1000.0,
                    percentile(0.999) / 1000.0,
                    refused);
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 128);
        int warmup = Integer.getInteger("warmupSeconds", 5);
        int seconds = Integer.getInteger("seconds", 15);
        int buckets = Integer.getInteger("buckets", 16);
        int pool = Integer.getInteger("pool", 32);
        int selloutUnits = Integer.getInteger("selloutUnits", 20_000);
        int uniformSkus = Integer.getInteger("uniformSkus", 10_000);
        String dataDir = System.getProperty("dataDir", "target/bench-data");

        ConfigurableApplicationContext context = new SpringApplicationBuilder(RealSourcingApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--realsourcing.data-dir=" + dataDir,
                        "--server.port=0",
                        "--realsourcing.embedded-db.clean=true",
                        "--realsourcing.embedded-db.max-pool-size=" + pool,
                        "--realsourcing.inventory.sweep-interval=1h",
                        "--logging.level.com.realsourcing=WARN",
                        "--spring.main.banner-mode=off");
        try {
            InventoryService inventory = context.getBean(InventoryService.class);
            HotSkuReservations hotPath = context.getBean(HotSkuReservations.class);
            UUID org = Ids.newId();
            List<Result> results = new ArrayList<>();

            int[][] variants = {{1, 0}, {buckets, 0}, {buckets, 1}};
            for (int[] variant : variants) {
                UUID sku = Ids.newId();
                inventory.openStock(org, sku, 100_000_000, null, variant[0]);
                Reserver reserver = variant[1] == 1 ? hot(hotPath, org) : plain(inventory, org);
                run(reserver, List.of(sku), clients, warmup, "warm-up", false);
                results.add(run(reserver, List.of(sku), clients, seconds, name(variant), false));
            }
            if (uniformSkus > 0) {
                List<UUID> skus = new ArrayList<>();
                for (int i = 0; i < uniformSkus; i++) {
                    UUID sku = Ids.newId();
                    inventory.openStock(org, sku, 1_000_000, null, 1);
                    skus.add(sku);
                }
                results.add(run(
                        plain(inventory, org),
                        skus,
                        clients,
                        seconds,
                        uniformSkus + " SKUs uniform, one reservation per transaction",
                        false));
            }

            System.out.println();
            System.out.println("| design | clients | reservations/s | p50 ms | p99 ms | p99.9 ms | refused |");
            System.out.println("|---|---|---|---|---|---|---|");
            results.forEach(r -> System.out.println(r.row()));

            System.out.println();
            System.out.println("| sell-out of " + selloutUnits + " units | clients | sold | refused | physical | "
                    + "reserved | available | oversold |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int[] variant : variants) {
                UUID sku = Ids.newId();
                inventory.openStock(org, sku, selloutUnits, null, variant[0]);
                Reserver reserver = variant[1] == 1 ? hot(hotPath, org) : plain(inventory, org);
                Result sellout = run(reserver, List.of(sku), clients, 600, "sellout", true);
                StockLevel level = inventory.stockOf(org, sku).orElseThrow();
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %d | %d | %d | %d | %d | %d | %s |%n",
                        name(variant),
                        clients,
                        sellout.ok(),
                        sellout.refused(),
                        level.physical(),
                        level.reserved(),
                        level.available(),
                        sellout.ok() > selloutUnits || level.available() < 0 ? "YES" : "no");
            }
        } finally {
            context.close();
        }
    }

    static String name(int[] variant) {
        if (variant[0] == 1) {
            return "naive: one counter row, one reservation per transaction";
        }
        return variant[1] == 1
                ? "hot path: " + variant[0] + " buckets, reservations batched per transaction"
                : "bucketed: " + variant[0] + " buckets, one reservation per transaction";
    }

    /** One reservation of one unit. */
    interface Reserver {
        void reserve(UUID sku);
    }

    static Reserver plain(InventoryService inventory, UUID org) {
        return sku -> inventory.reserve(org, "bench", List.of(new ReservationLine(sku, 1)), null);
    }

    static Reserver hot(HotSkuReservations hotPath, UUID org) {
        return sku -> hotPath.reserve(org, "bench", sku, 1);
    }

    /** Each client reserves one unit in a loop; in sell-out mode a client stops at its first refusal. */
    static Result run(Reserver reserver, List<UUID> skus, int clients, int seconds, String name, boolean untilSoldOut)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> futures = new ArrayList<>();
        long[] refusedBy = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(threads.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
                start.await();
                while (!stop.get()) {
                    UUID sku = skus.get(skus.size() == 1 ? 0 : random.nextInt(skus.size()));
                    long t0 = System.nanoTime();
                    try {
                        reserver.reserve(sku);
                    } catch (DomainException e) {
                        refusedBy[client]++;
                        if (untilSoldOut) {
                            break;
                        }
                        continue;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = micros;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        if (untilSoldOut) {
            for (Future<long[]> f : futures) {
                f.get();
            }
        } else {
            Thread.sleep(seconds * 1000L);
            stop.set(true);
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        threads.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long refused = Arrays.stream(refusedBy).sum();
        return new Result(name, clients, merged.length, refused, elapsed, merged);
    }
}
