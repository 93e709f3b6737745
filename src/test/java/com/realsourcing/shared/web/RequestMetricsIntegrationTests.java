package com.realsourcing.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code http.server.requests} is recorded once per request with Spring's tags: the route pattern, the status, the
 * outcome, and the exception only when one escaped; Prometheus exports it.
 */
class RequestMetricsIntegrationTests extends ApiTestSupport {

    @Autowired
    MeterRegistry registry;

    @Test
    void eachRequestIsCountedOnceUnderItsRoutePattern() {
        ApiClient factory = loggedIn("FACTORY");
        long before = count("GET", "/api/notify/notifications/unread-count", "200", "SUCCESS");
        for (int i = 0; i < 3; i++) {
            assertThat(factory.get("/api/notify/notifications/unread-count").status())
                    .isEqualTo(200);
        }
        // a response can reach the client before the filter records it, so the registry is read until it has,
        // and the count must then stay at +3 (a second recorder would take it past)
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        count("GET", "/api/notify/notifications/unread-count", "200", "SUCCESS"))
                .isEqualTo(before + 3));
        Timer timer = timer("GET", "/api/notify/notifications/unread-count", "200", "SUCCESS");
        assertThat(timer.getId().getTag("exception")).isEqualTo("none");
        assertThat(timer.getId().getTag("error")).isEqualTo("none");
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void patternsNotPathsAndClientErrorsAsSuch() {
        ApiClient factory = loggedIn("FACTORY");
        String unknown = "/api/notify/notifications/0190a8c0-0000-7000-8000-000000000001/read";
        int status = factory.post(unknown, Map.of()).status();
        assertThat(status).isEqualTo(404);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        count("POST", "/api/notify/notifications/{id}/read", "404", "CLIENT_ERROR"))
                .isPositive());
        assertThat(registry.find(RequestMetrics.TIMER).tag("uri", unknown).timers())
                .isEmpty();
        assertThat(client().get("/api/identity/me").status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(registry.find(RequestMetrics.TIMER)
                        .tag("status", "401")
                        .tag("outcome", "CLIENT_ERROR")
                        .timers())
                .isNotEmpty());
    }

    @Test
    void prometheusExportsTheTimer() {
        ApiClient admin = adminBearer("metrics");
        assertThat(admin.get("/api/notify/notifications/unread-count").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        admin.accept("text/plain").get("/actuator/prometheus").body())
                .containsPattern("http_server_requests_seconds_count\\{error=\"none\",exception=\"none\","
                        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/api/notify/notifications/unread-count\"} [1-9]"));
    }

    private Timer timer(String method, String uri, String status, String outcome) {
        return registry.find(RequestMetrics.TIMER)
                .tag("method", method)
                .tag("uri", uri)
                .tag("status", status)
                .tag("outcome", outcome)
                .timer();
    }

    private long count(String method, String uri, String status, String outcome) {
        Timer timer = timer(method, uri, status, outcome);
        return timer == null ? 0 : timer.count();
    }
}
