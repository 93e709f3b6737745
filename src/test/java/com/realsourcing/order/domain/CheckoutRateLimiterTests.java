package com.realsourcing.order.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckoutRateLimiterTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T12:00:00Z"));
    final CheckoutRateLimiter limiter =
            new CheckoutRateLimiter(new OrderProperties(3, 10, Duration.ofSeconds(30), false, 1, 1, 1), clock);

    @Test
    void allowsThreeCheckoutsPerUserPerSecond() {
        UUID user = Ids.newId();
        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> limiter.check(user, "10.0.0.1")).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> limiter.check(user, "10.0.0.1")).isInstanceOfSatisfying(DomainException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("order.rate-limited");
            org.assertj.core.api.Assertions.assertThat(e.status().value()).isEqualTo(429);
        });
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> limiter.check(user, "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void allowsTenCheckoutsPerIpPerSecondWhoeverSendsThem() {
        for (int i = 0; i < 10; i++) {
            UUID user = Ids.newId();
            assertThatCode(() -> limiter.check(user, "10.0.0.2")).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> limiter.check(Ids.newId(), "10.0.0.2")).hasMessage("order.rate-limited");
        assertThatCode(() -> limiter.check(Ids.newId(), "10.0.0.3")).doesNotThrowAnyException();
    }
}
