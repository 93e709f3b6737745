package com.realsourcing.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open-loop load driver for checkout over HTTP (issue 6: p99 ≤ 100 ms at 200 requests/s): it signs up a seller with
 * SKUs and enough buyers that no one passes the per-user limit (3/s), then sends {@code POST /api/order/orders} at a
 * constant rate with a fresh Idempotency-Key each, whether or not earlier answers came back, and measures each
 * latency from the moment the request was due (so a stalled server is not hidden by a waiting client). Each buyer
 * comes through the trusted local proxy with its own X-Forwarded-For address, as behind a load balancer. Run by
 * {@code bench/checkout-http.sh}; 127.0.0.1 only, bounded in time.
 *
 * <p>System properties: {@code baseUrl} (http://127.0.0.1:18081), {@code rate} (200), {@code warmupSeconds} (10),
 * {@code seconds} (30), {@code buyers} (100), {@code skus} (1000).
 */
public final class CheckoutHttpBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Passw0rd!";

    private CheckoutHttpBenchmark() {}

    record Session(String cookie, String xsrf, String ip) {}

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("baseUrl", "http://127.0.0.1:18081");
        int rate = Integer.getInteger("rate", 200);
        int warmup = Integer.getInteger("warmupSeconds", 10);
        int seconds = Integer.getInteger("seconds", 30);
        int buyerCount = Integer.getInteger("buyers", 100);
        int skuCount = Integer.getInteger("skus", 1000);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

        Session seller = signUp(base, "CREATOR", "seller-" + run + "@bench.local", "198.18.0.1");
        List<String> skus = new ArrayList<>();
        long t0 = System.nanoTime();
        // 200 SKUs per product: 20 colours × 10 sizes (a sales attribute takes at most 50 values)
        while (skus.size() < skuCount) {
            int product = skus.size() / 200;
            List<String> colours = new ArrayList<>();
            List<String> sizes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                colours.add("c" + product + "-" + i);
            }
            for (int i = 0; i < 10; i++) {
                sizes.add("s" + i);
            }
            List<Map<String, Object>> newSkus = new ArrayList<>();
            for (String colour : colours) {
                for (String size : sizes) {
                    newSkus.add(Map.of(
                            "attributes",
                            Map.of("颜色", colour, "尺码", size),
                            "prices",
                            Map.of(
                                    "msrp",
                                    "199",
                                    "cost",
                                    "60",
                                    "floorPrice",
                                    "99",
                                    "price",
                                    "149",
                                    "channelPrices",
                                    Map.of("H5", "129")),
                            "initialStock",
                            1_000_000));
                }
            }
            JsonNode created = call(
                            base,
                            seller,
                            "POST",
                            "/api/catalog/products",
                            Map.of(
                                    "name",
                                    "压测商品",
                                    "kind",
                                    "PHYSICAL",
                                    "salesAttributes",
                                    List.of(
                                            Map.of("name", "颜色", "values", colours),
                                            Map.of("name", "尺码", "values", sizes)),
                                    "skus",
                                    newSkus),
                            null,
                            201)
                    .json;
            call(
                    base,
                    seller,
                    "POST",
                    "/api/catalog/products/" + created.path("id").asString() + "/publish",
                    null,
                    null,
                    200);
            created.path("skus").forEach(s -> skus.add(s.path("id").asString()));
        }
        List<Session> buyers = new ArrayList<>();
        for (int i = 0; i < buyerCount; i++) {
            buyers.add(signUp(
                    base,
                    "WORKER",
                    "buyer-" + run + "-" + i + "@bench.local",
                    "198.18." + (1 + i / 250) + "." + (1 + i % 250)));
        }
        System.out.printf(
                Locale.ROOT,
                "set-up: %d SKUs, %d buyers in %.1f s%n",
                skus.size(),
                buyers.size(),
                (System.nanoTime() - t0) / 1e9);

        ExecutorService workers = Executors.newFixedThreadPool(64);
        HttpClient http = HttpClient.newBuilder()
                .executor(workers)
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        for (String phase : new String[] {"warm-up", "measured"}) {
            int duration = phase.equals("warm-up") ? warmup : seconds;
            int total = rate * duration;
            AtomicLongArray latencies = new AtomicLongArray(total);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            CountDownLatch answered = new CountDownLatch(total);
            long intervalNanos = 1_000_000_000L / rate;
            long start = System.nanoTime() + 50_000_000L;
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                Session buyer = buyers.get(i % buyers.size());
                String sku = skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
                HttpRequest request = request(base, buyer, "POST", "/api/order/orders", order(sku))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .timeout(Duration.ofSeconds(30))
                        .build();
                int index = i;
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    latencies.set(index, (System.nanoTime() - due) / 1000);
                    statuses.computeIfAbsent(error == null ? response.statusCode() : -1, k -> new AtomicInteger())
                            .incrementAndGet();
                    answered.countDown();
                });
            }
            double sent = (System.nanoTime() - start) / 1e9;
            answered.await();
            long[] sorted = new long[total];
            for (int i = 0; i < total; i++) {
                sorted[i] = latencies.get(i);
            }
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d req/s offered, %.0f sent/s | %d | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms | statuses %s | load %.2f -> %.2f |%n",
                    phase,
                    rate,
                    total / sent,
                    total,
                    percentile(sorted, 0.50) / 1000.0,
                    percentile(sorted, 0.95) / 1000.0,
                    percentile(sorted, 0.99) / 1000.0,
                    sorted[total - 1] / 1000.0,
                    new TreeMap<>(statuses),
                    load,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
        workers.shutdown();
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    static Map<String, Object> order(String sku) {
        return Map.of(
                "channel", "H5",
                "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "address",
                        Map.of(
                                "recipient",
                                "张三",
                                "phone",
                                "13812341234",
                                "region",
                                "上海市 浦东新区",
                                "detail",
                                "世纪大道 100 号"));
    }

    /** Signs up and logs in through a cookie-keeping client, then keeps the session and CSRF cookies as headers. */
    static Session signUp(String base, String type, String email, String ip) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/identity/csrf"))
                        .header("X-Forwarded-For", ip)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        Session anonymous = new Session(null, xsrf(cookies), ip);
        send(
                client,
                base,
                anonymous,
                "POST",
                "/api/identity/sign-up",
                Map.of(
                        "organizationType", type,
                        "organizationName", "压测" + type,
                        "displayName", "压测用户",
                        "email", email,
                        "password", PASSWORD),
                201);
        send(
                client,
                base,
                new Session(null, xsrf(cookies), ip),
                "POST",
                "/api/identity/login",
                Map.of("login", email, "password", PASSWORD),
                200);
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/identity/csrf"))
                        .header("X-Forwarded-For", ip)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session for " + email));
        String xsrf = xsrf(cookies);
        return new Session("SESSION=" + session + "; XSRF-TOKEN=" + xsrf, xsrf, ip);
    }

    private static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    record Answer(int status, JsonNode json) {}

    private static void send(
            HttpClient client, String base, Session session, String method, String path, Object body, int expected)
            throws Exception {
        HttpResponse<String> response = client.send(
                request(base, session, method, path, body).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
    }

    static Answer call(
            String base, Session session, String method, String path, Object body, String header, int expected)
            throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        request(base, session, method, path, body).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
    }

    static HttpRequest.Builder request(String base, Session session, String method, String path, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", session.ip())
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (session.cookie() != null) {
            builder.header("Cookie", session.cookie());
        }
        if (!session.xsrf().isEmpty()) {
            builder.header("X-XSRF-TOKEN", session.xsrf());
        }
        return builder;
    }
}
