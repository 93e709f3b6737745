package com.realsourcing.board;

import com.realsourcing.RealSourcingApplication;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On-demand benchmark (not a test; bench/board-export.sh): boots the application on a fresh embedded PostgreSQL
 * under target/bench-data, inserts {@code rows} postings of 2,000 organisations with one SQL statement, then
 * downloads {@code GET /api/board/admin/postings.xlsx} over HTTP as an operator would, timing it and following the
 * server's heap: the live heap after every garbage collection during the export (its growth over the live heap
 * before is what the export keeps), and the live heap after a full collection at the end. A smaller export in the
 * same run is the baseline: a streaming export keeps the same memory whatever its size. The workbook is read back
 * to count its rows. Issue 5's target: 100,000 rows in at most 15 s with heap growth under 100 MB.
 *
 * <p>Arguments: rows (100000), baseline rows (10000).
 */
public final class BoardExportBenchmark {

    private static final String LOGIN = "admin@bench.local";
    private static final String PASSWORD = "Bench@2026";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int baselineRows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        SpringApplication app = new SpringApplication(RealSourcingApplication.class);
        String[] properties = {
            "--server.port=0",
            "--realsourcing.data-dir=target/bench-data",
            "--realsourcing.embedded-db.clean=true",
            "--realsourcing.scheduling.enabled=false",
            "--realsourcing.intel.refresh.enabled=false",
            "--realsourcing.identity.bootstrap-admin.login=" + LOGIN,
            "--realsourcing.identity.bootstrap-admin.password=" + PASSWORD,
            "--logging.level.root=WARN",
            "--logging.level.com.realsourcing=WARN"
        };
        try (ConfigurableApplicationContext context = app.run(properties)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            HeapWatch heap = new HeapWatch();
            String token = token(port);

            insert(jdbc, baselineRows, "baseline");
            export(port, token, heap, "baseline " + baselineRows, baselineRows);
            insert(jdbc, rows - baselineRows, "bulk");
            export(port, token, heap, "full " + rows, rows);
            export(port, token, heap, "full " + rows + " (again, warm)", rows);
        }
    }

    /** {@code count} postings of 2,000 organisations, five kinds, mixed statuses, one statement. */
    static void insert(JdbcClient jdbc, int count, String label) {
        long t0 = System.nanoTime();
        jdbc.sql(
                        """
                        insert into identity.organizations (id, name, type, personal, created_at)
                        select ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
                               '基准测试工厂 ' || n || ' 号', 'FACTORY', false, now()
                        from generate_series(1, 2000) n
                        on conflict do nothing
                        """)
                .update();
        int inserted = jdbc.sql(
                        """
                        insert into board.postings (id, kind, status, organization_id, author_user_id, title,
                            description, province_code, city_code, address_line, category_tag_id, quantity, unit,
                            details, valid_until, submitted_at, published_at, created_at, updated_at, quote_count,
                            quote_seats, view_count, contact_count)
                        select gen_random_uuid(),
                               (array['PROCUREMENT','INVENTORY','JOB','OEM_DEMAND','OEM_SERVICE'])[1 + n % 5],
                               case when n % 10 = 0 then 'REJECTED' when n % 7 = 0 then 'EXPIRED' else 'PUBLISHED' end,
                               ('00000000-0000-7000-8000-' || lpad(to_hex(1 + n % 2000), 12, '0'))::uuid,
                               gen_random_uuid(),
                               '求购 不锈钢保温杯 ' || (1000 + n % 50000) || ' 个 · 批次 ' || n,
                               '出口美国，304 不锈钢内胆',
                               '44', '4403', '宝安区福永街道凤凰路' || (n % 300) || '号',
                               (select id from directory.tags where kind = 'CATEGORY' order by code limit 1),
                               1000 + n % 50000, '个', '{}'::jsonb,
                               now() + interval '30 days', now() - interval '2 days', now() - interval '1 day',
                               now() - (n % 86400) * interval '1 second', now(), n % 5, 10, n % 1000, n % 7
                        from generate_series(1, :count) n
                        """)
                .param("count", count)
                .update();
        jdbc.sql("analyze board.postings").update();
        System.out.printf("insert %s: %,d postings in %.1f s%n", label, inserted, (System.nanoTime() - t0) / 1e9);
    }

    static void export(int port, String token, HeapWatch heap, String label, int expectedRows) throws Exception {
        heap.settle();
        long before = heap.liveAfterGc();
        heap.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/board/admin/postings.xlsx"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "zh-CN")
                .GET()
                .build();
        Path file = Files.createTempFile("board-export", ".xlsx");
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = 0;
        long bytes = 0;
        try (InputStream in = response.body();
                var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (firstByte == 0) {
                    firstByte = System.nanoTime();
                }
                out.write(buffer, 0, n);
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakLive = heap.stop();
        heap.settle();
        long after = heap.liveAfterGc();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("export answered " + response.statusCode());
        }
        long counted;
        // read back from the file (the stream constructor buffers the whole archive in this JVM, the server's)
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            counted = workbook.getFirstSheet().openStream().count() - 1;
        }
        Files.delete(file);
        System.out.printf(
                "export %s: %,d rows (%,d expected) %.1f MB in %.2f s (first byte after %.2f s) = %,.0f rows/s;"
                        + " live heap before %.0f MB, highest after a GC during the export %.0f MB (growth %+.0f MB),"
                        + " after %.0f MB (%+.0f MB); %d GCs%n",
                label,
                counted,
                expectedRows,
                bytes / 1e6,
                seconds,
                (firstByte - t0) / 1e9,
                counted / seconds,
                before / 1e6,
                peakLive / 1e6,
                (peakLive - before) / 1e6,
                after / 1e6,
                (after - before) / 1e6,
                heap.collections());
    }

    static String token(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/identity/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"login\":\"" + LOGIN + "\",\"password\":\"" + PASSWORD
                                                + "\",\"name\":\"bench\"}",
                                        StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        var matcher = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return matcher.group(1);
    }

    /** The live heap: what every garbage collection leaves, summed over the heap's pools. */
    static final class HeapWatch {
        private final AtomicLong highest = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private volatile boolean watching;

        private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (!watching
                                            || !notification
                                                    .getType()
                                                    .equals(
                                                            GarbageCollectionNotificationInfo
                                                                    .GARBAGE_COLLECTION_NOTIFICATION)) {
                                        return;
                                    }
                                    var info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    // heap pools only (the map also holds metaspace and the code cache)
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                            .filter(e -> heapPools.contains(e.getKey()))
                                            .mapToLong(e -> e.getValue().getUsed())
                                            .sum();
                                    // after a young collection the old generation may still hold garbage: an upper
                                    // bound
                                    highest.accumulateAndGet(used, Math::max);
                                    collections.incrementAndGet();
                                },
                                null,
                                null);
            }
        }

        void settle() throws InterruptedException {
            System.gc();
            Thread.sleep(300);
        }

        long liveAfterGc() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        void start() {
            highest.set(liveAfterGc());
            collections.set(0);
            watching = true;
        }

        long stop() {
            watching = false;
            return highest.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
