package com.realsourcing.notify.domain;

import com.realsourcing.shared.domain.DomainException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's notification centre. Every method takes the owner, and no query reaches past them. */
@Service
public class NotificationService {

    static final String NOT_FOUND = "notify.notification-not-found";

    private final NotificationRepository notifications;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    NotificationService(
            NotificationRepository notifications, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.notifications = notifications;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Newest first; {@code pageable} carries the order. */
    @Transactional(readOnly = true)
    public Page<Notification> list(UUID userId, boolean unreadOnly, Pageable pageable) {
        return unreadOnly
                ? notifications.findByUserIdAndReadAtIsNull(userId, pageable)
                : notifications.findByUserId(userId, pageable);
    }

    /**
     * The badge every open page polls: one indexed count in auto-commit, without a JPA session or transaction (a
     * JFR profile under 50 concurrent clients put a third of the request's on-CPU samples inside the transaction;
     * the gain was not measurable on a loaded machine, see docs/performance.md). No transaction at all, not even
     * one switched off: the transaction interceptor's bookkeeping alone was a few per cent of the request's CPU.
     */
    public long unreadCount(UUID userId) {
        return jdbc.sql("select count(*) from notify.notifications where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's notifications read; reading it twice is fine, someone else's is 404. */
    @Transactional
    public void markRead(UUID userId, UUID notificationId) {
        int changed =
                notifications.markRead(notificationId, userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (changed == 0 && !notifications.existsByIdAndUserId(notificationId, userId)) {
            throw DomainException.notFound(NOT_FOUND);
        }
    }

    @Transactional
    public int markAllRead(UUID userId) {
        return notifications.markAllRead(userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
