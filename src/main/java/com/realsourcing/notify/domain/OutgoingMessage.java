package com.realsourcing.notify.domain;

import com.realsourcing.notify.api.Channel;
import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The log of a message sent to an outside channel: which channel, the address masked, the template, and how it
 * went. Neither the full address nor the content (which may be a verification code) is ever stored; a PENDING row
 * is written in the caller's transaction, so a rolled-back transaction leaves no trace and sends nothing.
 */
@Entity
@Table(schema = "notify", name = "outgoing_messages")
class OutgoingMessage extends AbstractEntity {

    enum Status {
        PENDING,
        SENT,
        FAILED
    }

    private UUID userId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String maskedAddress;
    private String template;
    private String locale;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String providerMessageId;
    private String error;
    private Instant createdAt;
    private Instant completedAt;

    protected OutgoingMessage() {
        // for JPA
    }

    OutgoingMessage(
            UUID id, UUID userId, Channel channel, String maskedAddress, String template, String locale, Instant now) {
        super(id);
        this.userId = userId;
        this.channel = Objects.requireNonNull(channel);
        this.maskedAddress = Objects.requireNonNull(maskedAddress);
        this.template = Objects.requireNonNull(template);
        this.locale = Objects.requireNonNull(locale);
        this.status = Status.PENDING;
        this.createdAt = Objects.requireNonNull(now);
    }
}
