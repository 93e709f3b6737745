package com.realsourcing.notify.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An in-app notification, rendered in the recipient's language when it was created. Marked read through
 * conditional updates in {@link NotificationRepository}, always scoped by the owner.
 */
@Entity
@Table(schema = "notify", name = "notifications")
public class Notification extends AbstractEntity {

    private UUID userId;
    private String category;
    private String template;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    Notification(
            UUID id,
            UUID userId,
            String category,
            String template,
            String title,
            String body,
            String link,
            Instant createdAt) {
        super(id);
        this.userId = Objects.requireNonNull(userId);
        this.category = Objects.requireNonNull(category);
        this.template = Objects.requireNonNull(template);
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
