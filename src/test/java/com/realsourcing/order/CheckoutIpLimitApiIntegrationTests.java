package com.realsourcing.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The per-IP checkout limit over HTTP, at its real setting (10 per second; the shared test context raises it because
 * every other test comes from 127.0.0.1). The client's IP is taken from X-Forwarded-For because the direct peer,
 * loopback, is a trusted internal proxy ({@code server.forward-headers-strategy: native}).
 */
@TestPropertySource(properties = "realsourcing.order.checkout-per-ip-per-second=10")
// Closed afterwards: no other test shares this context, and each cached context holds a full connection pool.
@DirtiesContext
class CheckoutIpLimitApiIntegrationTests extends ApiTestSupport {

    static Map<String, Object> order(String sku) {
        return Map.of(
                "channel", "H5",
                "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "address", Map.of("recipient", "张三", "phone", "13812341234", "region", "上海市", "detail", "世纪大道 1 号"));
    }

    static ApiClient.Response submit(ApiClient buyer, String ip) {
        return buyer.sendWithHeaders(
                "POST",
                "/api/order/orders",
                order(UUID.randomUUID().toString()), // unknown SKU: counted by the limiter, then 400 at once
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "X-Forwarded-For", ip));
    }

    /** Eight buyers behind one address submit three orders each at once: never over the per-user limit (3/s). */
    @Test
    void checkoutIsLimitedPerClientAddressBehindATrustedProxy() throws Exception {
        String ip = "203.0.113." + (1 + (int) (System.nanoTime() % 250));
        List<ApiClient> buyers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ApiClient buyer = loggedIn("WORKER");
            buyer.get("/api/identity/csrf");
            buyers.add(buyer);
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> submits = new ArrayList<>();
        for (ApiClient buyer : buyers) {
            for (int i = 0; i < 3; i++) {
                submits.add(pool.submit(() -> {
                    start.await();
                    return submit(buyer, ip);
                }));
            }
        }
        long begin = System.nanoTime();
        start.countDown();
        List<ApiClient.Response> responses = new ArrayList<>();
        for (var s : submits) {
            responses.add(s.get());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();

        List<ApiClient.Response> limited =
                responses.stream().filter(r -> r.status() == 429).toList();
        List<String> outcomes =
                responses.stream().map(r -> r.status() + " " + r.text("code")).toList();
        assertThat(responses).as("outcomes %s", outcomes).allSatisfy(r -> assertThat(r.status())
                .isIn(400, 429));
        assertThat(limited).allSatisfy(r -> {
            assertThat(r.text("code")).isEqualTo("order.rate-limited");
            assertThat(r.header("Retry-After")).hasValue("1");
        });
        if (seconds < 1.0) {
            // within at most two one-second windows no more than 20 of the 24 can pass
            assertThat(limited).as("took %.2f s: %s", seconds, outcomes).hasSizeGreaterThanOrEqualTo(4);
        } else if (seconds < 2.0) {
            assertThat(limited).as("took %.2f s", seconds).isNotEmpty();
        }

        var elsewhere = submit(loggedIn("WORKER"), "198.51.100.7");
        assertThat(elsewhere.status())
                .as("another client address has its own window")
                .isEqualTo(400);
        assertThat(elsewhere.text("code")).isEqualTo("order.sku-unknown");
    }
}
