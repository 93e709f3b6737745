package com.realsourcing.intel.domain;

import com.realsourcing.RealSourcingApplication;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On-demand benchmark (not a test): boots the application (web server on a free port) on a fresh embedded PostgreSQL under
 * target/bench-data, loads the synthetic set at {@code videos} size, imports Apify JSON items through the real
 * import path, then times the industry search, its region/country aggregate on the daily figures against a plain
 * GROUP BY over the videos in the same run, the weekly report, and the posters end to end. See docs/performance.md.
 *
 * <p>Arguments: videos (1000000), accounts (20000), apify items (100000), queries (300).
 */
public final class IntelBenchmark {

    public static void main(String[] args) throws Exception {
        int videos = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int apifyItems = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        // "reuse": keep the data of the previous run and only time the queries; "import": keep it and time only the
        // Apify import of items new to it (ids never used before) and their re-import
        String mode = args.length > 4 ? args[4] : "full";
        boolean reuse = !mode.equals("full");
        SpringApplication app = new SpringApplication(RealSourcingApplication.class);
        // command-line properties win over the test classpath's config/application.yml
        String[] properties = {
            "--server.port=0",
            "--realsourcing.data-dir=target/bench-data",
            // never zonky's clean flag: it deletes the data directory on close, and "reuse" needs it kept
            // (bench/intel.sh wipes it before a full run)
            "--realsourcing.embedded-db.clean=false",
            "--realsourcing.embedded-db.shared-buffers=" + System.getProperty("bench.shared-buffers", "auto"),
            "--realsourcing.intel.refresh.enabled=false",
            "--logging.level.root=WARN",
            "--logging.level.com.realsourcing=WARN",
            // the import's phase breakdown (parse, labels, waiting for the writer; accounts, copy, merge)
            "--logging.level.com.realsourcing.intel.domain.ImportService=INFO"
        };
        // more application properties for an experiment: -Dbench.args="--realsourcing.intel.import-writers=1 …"
        String extra = System.getProperty("bench.args", "").strip();
        if (!extra.isEmpty()) {
            List<String> all = new ArrayList<>(Arrays.asList(properties));
            all.addAll(Arrays.asList(extra.split("\\s+")));
            properties = all.toArray(String[]::new);
        }
        try (ConfigurableApplicationContext context = app.run(properties)) {
            if (mode.equals("import")) {
                imports(context, apifyItems, System.currentTimeMillis() % 100_000_000L * 1_000L, true);
            } else {
                run(context, reuse ? 0 : videos, accounts, reuse ? 0 : apifyItems, queries);
            }
        }
    }

    static void run(ConfigurableApplicationContext context, int videos, int accounts, int apifyItems, int queries)
            throws Exception {
        VideoStore store = context.getBean(VideoStore.class);
        IntelReference reference = context.getBean(IntelReference.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        IntelProperties properties = context.getBean(IntelProperties.class);
        DemoIntelData demo = new DemoIntelData(store, reference, properties, jdbc, java.time.Clock.systemUTC());

        if (videos == 0) {
            queries(context, queries);
            return;
        }
        long t0 = System.nanoTime();
        int written = demo.load(new IntelProperties.Demo(2026, accounts, videos, 84, true), Instant.now(), false);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "synthetic load: %,d videos (%,d accounts) in %.1f s = %,.0f videos/s (labels + upserts + daily figures + flags)%n",
                written, accounts, loadSeconds, written / loadSeconds);
        jdbc.sql("vacuum analyze intel.videos").update();
        jdbc.sql("vacuum analyze intel.daily_figures").update();

        imports(context, apifyItems, 0, false);
        System.out.printf(
                "videos in database: %,d%n",
                jdbc.sql("select count(*) from intel.videos").query(Long.class).single());

        queries(context, queries);
    }

    /**
     * Apify JSON through the import job (parse, label, upsert, snapshot, daily figures): new items, the same again
     * (unchanged), then with {@code warm} a second file of new items, once the JVM has compiled the path and the
     * database's page cache holds the indexes (a server that has run for a while).
     */
    static void imports(ConfigurableApplicationContext context, int apifyItems, long firstId, boolean warm)
            throws Exception {
        ImportService imports = context.getBean(ImportService.class);
        Path file = Files.createTempFile("bench-apify", ".json");
        writeApifyItems(file, apifyItems, firstId);
        long size = Files.size(file);
        // a server that imports every day has compiled the import path: the JIT's C2 compiles its large methods
        // (hundreds of ms each) while the first imports of new items run, so the warm rounds repeat until it settled
        int warmRounds = Integer.getInteger("bench.warm-rounds", 3);
        List<Double> settled = new ArrayList<>(); // the warm rounds after the first
        for (int round = 1; round <= (warm ? 2 + warmRounds : 2); round++) {
            if (round >= 3) {
                writeApifyItems(file, apifyItems, firstId + (round - 2) * (long) apifyItems);
            }
            boolean statements = System.getenv("BENCH_STATEMENTS") != null;
            if (statements) {
                statements(context, null);
            }
            double[] cpu0 = cpuSeconds();
            long[] wal0 = walFigures(context);
            long t1 = System.nanoTime();
            ImportJob job;
            try (InputStream in = Files.newInputStream(file)) {
                job = imports.submit("apify-json", "bench.json", in, null);
            }
            while (!(job = imports.find(job.id()).orElseThrow()).status().matches("DONE|FAILED")) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            if (round >= 4) {
                settled.add(job.totalRows() / seconds);
            }
            System.out.printf(
                    "apify-json import %s: %,d items (%.0f MB) in %.2f s = %,.0f items/s (inserted %,d, updated %,d, failed %d)%n",
                    round == 1 ? "(new)" : round == 2 ? "(re-import)" : "(new, warm " + (round - 2) + ")",
                    job.totalRows(),
                    size / 1e6,
                    seconds,
                    job.totalRows() / seconds,
                    job.inserted(),
                    job.updated(),
                    job.failed());
            // on a shared machine the wall clock says more about the neighbours than about the import: the CPU time
            // it took (this JVM and the PostgreSQL processes) is what an idle machine would have to spend
            double[] cpu1 = cpuSeconds();
            double jvm = cpu1[0] - cpu0[0];
            double pg = cpu1[1] - cpu0[1];
            System.out.printf(
                    "  cpu: application %.1f s (%.0f us/item), PostgreSQL %.1f s (%.0f us/item); on two idle cores at"
                            + " most %,.0f items/s%n",
                    jvm,
                    jvm * 1e6 / job.totalRows(),
                    pg,
                    pg * 1e6 / job.totalRows(),
                    job.totalRows() / Math.max(Math.max(jvm, pg), (jvm + pg) / 2));
            if (statements) {
                statements(context, job.totalRows());
            }
            if (System.getenv("BENCH_WAL") == null) {
                continue;
            }
            Thread.sleep(11_000); // the writers' connections report their statistics when idle, within 10 s
            long[] wal1 = walFigures(context);
            System.out.printf(
                    "  wal: %.0f bytes/item (%.2f full-page images/item); pages written by backends %.2f/item, by the"
                            + " checkpointer and background writer %.2f/item%n",
                    (wal1[0] - wal0[0]) / (double) job.totalRows(),
                    (wal1[1] - wal0[1]) / (double) job.totalRows(),
                    (wal1[2] - wal0[2]) / (double) job.totalRows(),
                    (wal1[3] - wal0[3]) / (double) job.totalRows());
        }
        Files.deleteIfExists(file);
        if (!settled.isEmpty()) {
            List<Double> sorted = settled.stream().sorted().toList();
            System.out.printf(
                    "apify-json import (new), warm rounds 2-%d: median %,.0f items/s (min %,.0f, max %,.0f)%n",
                    warmRounds, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    /**
     * With BENCH_STATEMENTS set (and pg_stat_statements preloaded, bench/intel.sh): {@code items} null resets the
     * statistics, else prints the statements that took most of the database's time per imported item.
     */
    static void statements(ConfigurableApplicationContext context, Integer items) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        if (items == null) {
            jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
            return;
        }
        jdbc.sql(
                        """
                        select calls, total_exec_time, rows, shared_blks_read, shared_blks_dirtied, shared_blks_written,
                               wal_bytes, regexp_replace(left(query, 110), '\\s+', ' ', 'g')
                        from pg_stat_statements where total_exec_time > 10 order by total_exec_time desc limit 14
                        """)
                .query((rs, n) -> String.format(
                        "  %6.1f us/item %7d calls %9d rows, per item: read %.2f dirtied %.2f written %.2f wal %5.0f B | %s",
                        rs.getDouble(2) * 1000 / items,
                        rs.getLong(1),
                        rs.getLong(3),
                        rs.getDouble(4) / items,
                        rs.getDouble(5) / items,
                        rs.getDouble(6) / items,
                        rs.getDouble(7) / items,
                        rs.getString(8)))
                .list()
                .forEach(System.out::println);
    }

    /**
     * With BENCH_WAL set: WAL bytes, full-page images, and pages written by backends and by the checkpointer and bgwriter so far.
     */
    static long[] walFigures(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("select pg_stat_force_next_flush()").query().singleRow();
        return jdbc.sql("select (select wal_bytes from pg_stat_wal)::bigint, (select wal_fpi from pg_stat_wal),"
                        + " (select coalesce(sum(writes), 0) from pg_stat_io where backend_type = 'client backend')::bigint,"
                        + " (select coalesce(sum(writes), 0) from pg_stat_io"
                        + " where backend_type in ('checkpointer', 'background writer'))::bigint")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
    }

    static void queries(ConfigurableApplicationContext context, int queries) {
        IntelReference reference = context.getBean(IntelReference.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        MarketQueries market = context.getBean(MarketQueries.class);
        WeeklyReports reports = context.getBean(WeeklyReports.class);
        System.out.printf(
                "videos in database: %,d%n",
                jdbc.sql("select count(*) from intel.videos").query(Long.class).single());
        jdbc.sql("vacuum analyze intel.account_markets").update();
        // index-only reads need pages marked all-visible; autovacuum marks them after an import (migration V12)
        System.out.printf(
                "videos' pages marked all-visible: %s%n",
                jdbc.sql("select round(100.0 * relallvisible / greatest(relpages, 1)) || ' %' from pg_class"
                                + " where oid = 'intel.videos'::regclass")
                        .query(String.class)
                        .single());
        Random random = new Random(7);
        List<String> industries = reference.industries().stream()
                .map(i -> i.code())
                .filter(c -> !c.equals("other"))
                .toList();
        List<String> regions =
                List.of("north-america", "europe", "southeast-asia", "sub-saharan-africa", "latin-america");
        List<String> countries = List.of("US", "DE", "VN", "NG", "MX", "GB", "ID", "AE");
        List<String> periods = List.of("7d", "30d", "90d");
        // warm up
        for (int i = 0; i < 50; i++) {
            market.search(query(random, industries, regions, countries, periods));
        }
        long[] search = new long[queries];
        long[] rollup = new long[queries];
        long[] baseline = new long[queries];
        for (int i = 0; i < queries; i++) {
            MarketQueries.SearchQuery q = query(random, industries, regions, countries, periods);
            long s = System.nanoTime();
            market.search(q);
            search[i] = System.nanoTime() - s;
            MarketQueries.Slice slice = market.resolve(q);
            s = System.nanoTime();
            market.countryFigures(slice.industry(), slice.product(), slice.countries(), slice.period());
            rollup[i] = System.nanoTime() - s;
            s = System.nanoTime();
            baselineGroupBy(market, slice);
            baseline[i] = System.nanoTime() - s;
        }
        report("industry search (whole response)", search);
        // the answer's parts, on the same kind of slices, so its time can be attributed
        long[] topVideos = new long[queries];
        long[] accounts = new long[queries];
        long[] competition = new long[queries];
        long[] products = new long[queries];
        for (int i = 0; i < queries; i++) {
            MarketQueries.Slice slice = market.resolve(query(random, industries, regions, countries, periods));
            long s = System.nanoTime();
            market.topVideos(slice, 10);
            topVideos[i] = System.nanoTime() - s;
            s = System.nanoTime();
            market.topAccounts(slice);
            accounts[i] = System.nanoTime() - s;
            s = System.nanoTime();
            market.competition(slice);
            competition[i] = System.nanoTime() - s;
            s = System.nanoTime();
            market.productRanks(slice.industry(), slice.countries(), slice.period(), 5, false);
            products[i] = System.nanoTime() - s;
        }
        report("  part: top videos", topVideos);
        report("  part: top accounts", accounts);
        report("  part: competition per country", competition);
        report("  part: hot products", products);
        report("region/country aggregate, daily figures", rollup);
        report("region/country aggregate, GROUP BY videos (baseline)", baseline);
        System.out.printf(
                "baseline / daily figures at p95: %.1fx%n", percentile(baseline, 95) / percentile(rollup, 95));

        long[] weekly = new long[5];
        for (int i = 0; i < weekly.length; i++) {
            long s = System.nanoTime();
            reports.report(null);
            weekly[i] = System.nanoTime() - s;
        }
        report("weekly report", weekly);

        // posters end to end as the routes make them: the industry search, then drawing and PNG encoding
        Posters posters = context.getBean(Posters.class);
        long[] industryPosters = new long[Math.max(20, queries / 3)];
        for (int i = 0; i < industryPosters.length; i++) {
            MarketQueries.SearchQuery q = query(random, industries, regions, countries, periods);
            long s = System.nanoTime();
            posters.industry(q);
            industryPosters[i] = System.nanoTime() - s;
        }
        report("industry poster (search + render + PNG)", industryPosters);
        java.util.UUID reportId = context.getBean(WeeklyReportArchive.class)
                .generate(context.getBean(WeeklyReportArchive.class).previousWeek(), "MANUAL", null)
                .id();
        long[] weeklyPosters = new long[20];
        for (int i = 0; i < weeklyPosters.length; i++) {
            long s = System.nanoTime();
            posters.weeklyReport(reportId);
            weeklyPosters[i] = System.nanoTime() - s;
        }
        report("weekly report poster (stored report + render + PNG)", weeklyPosters);

        // which indexes of the videos the run used (drop candidates have idx_scan 0) and what they weigh
        System.out.println("index scans on intel.videos during this run:");
        jdbc.sql(
                        """
                        select indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid))
                        from pg_stat_user_indexes where schemaname = 'intel' and relname = 'videos' order by 1
                        """)
                .query((rs, n) ->
                        String.format("  %-36s scans %,10d  size %s", rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list()
                .forEach(System.out::println);
    }

    /** CPU seconds used so far by this JVM and by the embedded PostgreSQL (postmaster and its children). */
    static double[] cpuSeconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        double pg = 0;
        try {
            String postmaster = Files.readAllLines(Path.of("target/bench-data/pg/postmaster.pid"))
                    .get(0)
                    .strip();
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    String stat;
                    try {
                        stat = Files.readString(proc.resolve("stat"));
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // after "pid (comm) ": state ppid … utime (14th field overall) stime (15th)
                    if (proc.getFileName().toString().equals(postmaster) || f[1].equals(postmaster)) {
                        pg += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    }
                }
            }
        } catch (Exception e) {
            pg = Double.NaN;
        }
        return new double[] {jvm, pg};
    }

    static MarketQueries.SearchQuery query(
            Random random,
            List<String> industries,
            List<String> regions,
            List<String> countries,
            List<String> periods) {
        String industry = industries.get(random.nextInt(industries.size()));
        int narrowing = random.nextInt(3);
        return new MarketQueries.SearchQuery(
                null,
                industry,
                narrowing == 1 ? regions.get(random.nextInt(regions.size())) : null,
                narrowing == 2 ? countries.get(random.nextInt(countries.size())) : null,
                null,
                periods.get(random.nextInt(periods.size())));
    }

    /** The same answer as {@link MarketQueries#countryFigures} computed from the videos table. */
    static void baselineGroupBy(MarketQueries market, MarketQueries.Slice slice) {
        StringBuilder sql = new StringBuilder(
                """
                select country, published_on >= ? as current, count(*), sum(plays), sum(likes), sum(shares),
                    sum(comments), sum(saves)
                from intel.videos where published_on between ? and ? and industry = ?
                """);
        List<Object> params = new ArrayList<>(List.of(
                java.sql.Date.valueOf(slice.period().from()),
                java.sql.Date.valueOf(slice.period().previousFrom()),
                java.sql.Date.valueOf(slice.period().to()),
                slice.industry()));
        if (slice.countries() != null) {
            sql.append(" and country = any(?)");
            params.add(slice.countries());
        }
        sql.append(" group by 1, 2");
        market.query(sql.toString(), params, rs -> {});
    }

    static void report(String name, long[] nanos) {
        System.out.printf(
                "%-55s n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name,
                nanos.length,
                percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6,
                percentile(nanos, 99) / 1e6,
                Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Items in the documented dataset shape, as one JSON array, about 1.3 KB each. */
    static void writeApifyItems(Path file, int count, long firstId) throws Exception {
        Random random = new Random(11);
        String[] tags = {"usa", "nigeria", "germany", "vietnam", "mexico", "uae"};
        String[] words = {"hoodie", "LED strip", "CNC lathe", "保温杯", "sofa", "solar panel", "t-shirt", "cosmetics"};
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write('[');
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.write(",\n");
                }
                String id = Long.toString(7_600_000_000_000_000_000L + firstId + i);
                String handle = "bench_factory_" + (i % 5_000);
                long plays = 1_000 + random.nextInt(2_000_000);
                out.write(String.format(
                        java.util.Locale.ROOT,
                        "{\"id\":\"%s\",\"text\":\"%s factory direct, OEM welcome #%s\",\"textLanguage\":\"en\","
                                + "\"createTime\":%d,\"isAd\":false,\"authorMeta\":{\"id\":\"69%017d\",\"name\":\"%s\","
                                + "\"profileUrl\":\"https://www.tiktok.com/@%s\",\"nickName\":\"Bench %d\","
                                + "\"verified\":false,\"signature\":\"OEM ODM MOQ 100 WhatsApp +86 138\",\"bioLink\":null,"
                                + "\"originalAvatarUrl\":\"<cdn-url>\",\"avatar\":\"<cdn-url>\",\"privateAccount\":false,"
                                + "\"following\":12,\"friends\":0,\"fans\":\"%s\",\"heart\":300000,\"video\":120,\"digg\":5},"
                                + "\"musicMeta\":{\"musicName\":\"original sound\",\"musicAuthor\":\"x\",\"musicOriginal\":true,"
                                + "\"playUrl\":\"<cdn-url>\",\"musicId\":\"7529403355681147665\"},"
                                + "\"webVideoUrl\":\"https://www.tiktok.com/@%s/video/%s\",\"mediaUrls\":[],"
                                + "\"videoMeta\":{\"height\":1024,\"width\":576,\"duration\":21,\"coverUrl\":\"<cdn-url>\","
                                + "\"definition\":\"540p\",\"format\":\"mp4\"},\"diggCount\":%d,\"shareCount\":%d,"
                                + "\"playCount\":%d,\"collectCount\":%d,\"commentCount\":%d,\"mentions\":[],"
                                + "\"hashtags\":[{\"id\":\"1\",\"name\":\"%s\",\"title\":\"\",\"cover\":\"\"},"
                                + "{\"id\":\"2\",\"name\":\"factory\",\"title\":\"\",\"cover\":\"\"}],\"effectStickers\":[],"
                                + "\"isSlideshow\":false,\"isPinned\":false,\"searchQuery\":\"factory\"}",
                        id,
                        words[i % words.length],
                        tags[random.nextInt(tags.length)],
                        Instant.now().getEpochSecond() - random.nextInt(80 * 86_400),
                        i % 5_000,
                        handle,
                        handle,
                        i,
                        (10 + random.nextInt(90)) + "." + random.nextInt(10) + "K",
                        handle,
                        id,
                        plays / 20,
                        plays / 500,
                        plays,
                        plays / 100,
                        plays / 300,
                        tags[random.nextInt(tags.length)]));
            }
            out.write(']');
        }
    }

    private IntelBenchmark() {}
}
