package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down and then locks repeated failed logins for one login name, whether or not an account exists for it
 * (so the answers do not tell which logins are registered). Counted in the database with one atomic upsert, so
 * it holds across instances.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties.Throttle settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.throttle();
    }

    /** Refuses the attempt while the login is slowed down or locked. */
    void check(String loginIndex) {
        var row = jdbc.sql("select failures, blocked_until from identity.login_attempts where login_index = ?")
                .param(loginIndex)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2)})
                .optional();
        if (row.isEmpty() || row.get()[1] == null) {
            return;
        }
        int failures = (int) row.get()[0];
        Instant until = ((Timestamp) row.get()[1]).toInstant();
        Instant now = clock.instant();
        if (until.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
            if (failures >= settings.lockAfter()) {
                throw new DomainException(HttpStatus.LOCKED, "identity.login-locked", (seconds + 59) / 60)
                        .with("retryAfterSeconds", seconds);
            }
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "identity.login-throttled", seconds)
                    .with("retryAfterSeconds", seconds);
        }
    }

    /** Counts a failure and sets the wait that the next attempt must respect; returns the new count. */
    int recordFailure(String loginIndex) {
        Instant now = clock.instant();
        int failures = jdbc.sql(
                        """
                        insert into identity.login_attempts (login_index, failures, last_failure_at)
                        values (?, 1, ?)
                        on conflict (login_index) do update
                           set failures = identity.login_attempts.failures + 1, last_failure_at = excluded.last_failure_at
                        returning failures
                        """)
                .param(loginIndex)
                .param(Timestamp.from(now))
                .query(Integer.class)
                .single();
        Duration wait = waitAfter(failures);
        if (!wait.isZero()) {
            jdbc.sql("update identity.login_attempts set blocked_until = ? where login_index = ?")
                    .param(Timestamp.from(now.plus(wait)))
                    .param(loginIndex)
                    .update();
        }
        return failures;
    }

    void reset(String loginIndex) {
        jdbc.sql("delete from identity.login_attempts where login_index = ?")
                .param(loginIndex)
                .update();
    }

    Duration waitAfter(int failures) {
        if (failures >= settings.lockAfter()) {
            return settings.lockFor();
        }
        if (failures < settings.slowAfter()) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - settings.slowAfter(), 20);
        return Duration.ofSeconds(Math.min(seconds, settings.maxDelay().toSeconds()));
    }

    int remainingBeforeLock(int failures) {
        return Math.max(0, settings.lockAfter() - failures);
    }
}
