package com.realsourcing.order.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.realsourcing.shared.domain.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checkout rate limits per user and per client IP: a fixed one-second window per key, in this instance's memory.
 * With several instances behind a load balancer the limits move to Redis (docs/operations.md).
 */
@Component
public class CheckoutRateLimiter {

    private static final class Window {
        private long second = Long.MIN_VALUE;
        private int count;

        synchronized boolean take(long now, int limit) {
            if (now != second) {
                second = now;
                count = 0;
            }
            return ++count <= limit;
        }
    }

    private final Cache<String, Window> windows = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofSeconds(10))
            .maximumSize(200_000)
            .build();
    private final OrderProperties properties;
    private final Clock clock;

    CheckoutRateLimiter(OrderProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one checkout attempt; 429 (with Retry-After) when the user or the IP is over its limit. */
    public void check(UUID userId, String clientIp) {
        long second = clock.millis() / 1000;
        boolean userOk =
                windows.get("u:" + userId, k -> new Window()).take(second, properties.checkoutPerUserPerSecond());
        boolean ipOk =
                windows.get("ip:" + clientIp, k -> new Window()).take(second, properties.checkoutPerIpPerSecond());
        if (!userOk || !ipOk) {
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, OrderError.RATE_LIMITED)
                    .with("retryAfterSeconds", 1);
        }
    }
}
