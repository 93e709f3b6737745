package com.realsourcing.bench;

import com.realsourcing.RealSourcingApplication;
import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.CatalogService;
import com.realsourcing.catalog.domain.Products;
import com.realsourcing.order.domain.CheckoutService;
import com.realsourcing.order.domain.Orders;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.testing.TestProducts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load driver for own-store checkout through the service layer (issue 6: 10,000 SKUs uniform): each client places
 * one-line orders for random SKUs through {@link CheckoutService#place} — catalog price resolution, the
 * reservation and the order with its encrypted address in one durable transaction. Run with
 * {@code bench/checkout.sh}; properties {@code clients} (128), {@code seconds} (15), {@code skus} (10000),
 * {@code pool} (32).
 */
public final class CheckoutBenchmark {

    private CheckoutBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 128);
        int seconds = Integer.getInteger("seconds", 15);
        int skuCount = Integer.getInteger("skus", 10_000);
        int pool = Integer.getInteger("pool", 32);
        String dataDir = System.getProperty("dataDir", "target/bench-checkout");
        CpuMeter cpu = new CpuMeter(dataDir);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RealSourcingApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--realsourcing.data-dir=" + dataDir,
                        "--server.port=0",
                        "--realsourcing.embedded-db.clean=true",
                        "--realsourcing.embedded-db.max-pool-size=" + pool,
                        "--logging.level.com.realsourcing=WARN",
                        "--spring.main.banner-mode=off");
        try {
            CatalogService catalog = context.getBean(CatalogService.class);
            CheckoutService checkout = context.getBean(CheckoutService.class);
            UUID seller = Ids.newId();
            List<UUID> skus = new ArrayList<>();
            long t0 = System.nanoTime();
            Products.Prices prices = new Products.Prices(
                    new BigDecimal("199"),
                    new BigDecimal("60"),
                    new BigDecimal("99"),
                    new BigDecimal("149"),
                    null,
                    Map.of(SalesChannel.H5, new BigDecimal("129")),
                    List.of());
            while (skus.size() < skuCount) {
                int n = Math.min(500, skuCount - skus.size());
                skus.addAll(TestProducts.publishedSkus(catalog, seller, "压测商品", prices, n, 1_000_000));
            }
            System.out.printf("set-up: %d SKUs in %.1f s%n", skus.size(), (System.nanoTime() - t0) / 1e9);

            List<AuthenticatedUser> buyers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                buyers.add(
                        new AuthenticatedUser(Ids.newId(), "buyer", Ids.newId(), "OWNER", Set.of(), Set.of(), false));
            }
            Orders.Address address = new Orders.Address("张三", "13812341234", "上海市 浦东新区", "世纪大道 100 号");
            for (String phase : new String[] {"warm-up", "measured"}) {
                int duration = phase.equals("warm-up") ? 5 : seconds;
                ExecutorService threads = Executors.newFixedThreadPool(clients);
                CountDownLatch start = new CountDownLatch(1);
                AtomicBoolean stop = new AtomicBoolean();
                List<Future<long[]>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    AuthenticatedUser buyer = buyers.get(c);
                    futures.add(threads.submit(() -> {
                        long[] latencies = new long[1 << 14];
                        int count = 0;
                        start.await();
                        while (!stop.get()) {
                            UUID sku = skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
                            long t = System.nanoTime();
                            checkout.place(
                                    buyer,
                                    UUID.randomUUID().toString(),
                                    new Orders.PlaceOrder(
                                            SalesChannel.H5, List.of(new Orders.CartLine(sku, 1, null)), address));
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = (System.nanoTime() - t) / 1000;
                        }
                        return Arrays.copyOf(latencies, count);
                    }));
                }
                CpuMeter.Sample cpuBefore = cpu.sample();
                long begin = System.nanoTime();
                start.countDown();
                Thread.sleep(duration * 1000L);
                stop.set(true);
                List<long[]> all = new ArrayList<>();
                for (Future<long[]> f : futures) {
                    all.add(f.get());
                }
                double elapsed = (System.nanoTime() - begin) / 1e9;
                CpuMeter.Sample used = cpu.sample().minus(cpuBefore);
                threads.shutdown();
                long[] merged =
                        all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
                var result = new HotSkuBenchmark.Result(
                        skus.size() + " SKUs uniform, checkout through the service layer (" + phase + ")",
                        clients,
                        merged.length,
                        0,
                        elapsed,
                        merged);
                System.out.println(result.row().replace(" | 0 |", " | orders/s |"));
                System.out.println("  " + used.perOperation(merged.length) + "; load average "
                        + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
        } finally {
            context.close();
        }
    }
}
