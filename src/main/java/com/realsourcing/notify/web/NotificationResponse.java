package com.realsourcing.notify.web;

import com.realsourcing.notify.domain.Notification;
import java.time.Instant;
import java.util.UUID;

record NotificationResponse(
        UUID id, String category, String title, String body, String link, Instant createdAt, Instant readAt) {

    static NotificationResponse from(Notification notification) {
        return new NotificationResponse(
                notification.getId(),
                notification.category(),
                notification.title(),
                notification.body(),
                notification.link(),
                notification.createdAt(),
                notification.readAt());
    }
}
