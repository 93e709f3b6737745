package com.realsourcing.identity.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC writes the session row on every request, because the last access time changes each time: a
 * durable write (and a WAL flush) per API call of every logged-in browser. Sessions live for days, so moving the
 * access time by less than a minute changes nothing a user sees. The update below writes only when the session id,
 * its timeout or its principal changed, or when the last write is a minute old; otherwise it touches no row (the
 * repository ignores the update count). Attribute changes are written by their own statements as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouchThrottle {

    /** The least time between two writes of a session's last access time. */
    static final long TOUCH_INTERVAL_MILLIS = 60_000;

    static final String UPDATE_SESSION_QUERY =
            """
            UPDATE %TABLE_NAME% AS S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                 AS V(SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                   OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %d)
            """
                    .replace("%d", Long.toString(TOUCH_INTERVAL_MILLIS));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> throttledSessionTouch() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
