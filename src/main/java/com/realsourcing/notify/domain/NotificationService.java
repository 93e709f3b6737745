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
@Transactional(readOnly = true)
public class NotificationService {

    static final String NOT_FOUND = "notify.notification-not-found";

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Newest first; {@code pageable} carries the order. */
    public Page<Notification> list(UUID userId, boolean unreadOnly, Pageable pageable) {
        return unreadOnly
                ? notifications.findByUserIdAndReadAtIsNull(userId, pageable)
                : notifications.findByUserId(userId, pageable);
    }

    public long unreadCount(UUID userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
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
