package com.realsourcing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A browser session's row is written when something in it changed or its last access time is a minute old, not on
 * every request (identity.infra.SessionTouchThrottle).
 */
class SessionTouchIntegrationTests extends ApiTestSupport {

    record Row(long lastAccess, long expiry, int maxInactive, String principal) {}

    @Autowired
    JdbcClient jdbc;

    Row row(String sessionId) {
        return jdbc.sql(
                        """
                        select last_access_time, expiry_time, max_inactive_interval, principal_name
                        from identity.spring_session where session_id = ?
                        """)
                .param(sessionId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .single();
    }

    void moveBack(String sessionId, long millis) {
        jdbc.sql(
                        """
                        update identity.spring_session
                        set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?
                        where session_id = ?
                        """)
                .param(millis)
                .param(millis)
                .param(sessionId)
                .update();
    }

    @Test
    void aRequestWritesTheSessionOnlyWhenItsLastWriteIsAMinuteOld() {
        ApiClient user = loggedIn("BRAND");
        String cookie = user.cookie("SESSION").orElseThrow();
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
        // the login changed the principal: written at once
        assertThat(row(sessionId).principal()).isNotBlank();

        // written 30 s ago: a request within the minute leaves the row alone
        moveBack(sessionId, 30_000);
        Row recent = row(sessionId);
        assertThat(user.get("/api/identity/me").status()).isEqualTo(200);
        assertThat(row(sessionId)).isEqualTo(recent);

        // written two minutes ago: the next request moves the access time, and the expiry with it
        moveBack(sessionId, 90_000);
        Row stale = row(sessionId);
        long asked = System.currentTimeMillis();
        assertThat(user.get("/api/identity/me").status()).isEqualTo(200);
        Row touched = row(sessionId);
        assertThat(touched.lastAccess()).isBetween(asked - 1_000, System.currentTimeMillis());
        assertThat(touched.lastAccess()).isGreaterThan(stale.lastAccess() + 60_000);
        assertThat(touched.expiry()).isEqualTo(touched.lastAccess() + touched.maxInactive() * 1000L);
        assertThat(touched.principal()).isEqualTo(stale.principal());

        // and the session still works, and ends on logout
        assertThat(user.post("/api/identity/logout", null).status()).isIn(200, 204);
        assertThat(user.get("/api/identity/me").status()).isEqualTo(401);
    }
}
