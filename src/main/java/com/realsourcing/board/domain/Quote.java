package com.realsourcing.board.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A factory's quote on a procurement demand (RFQ): unit price, MOQ, lead time, validity and notes. The factory may
 * revise or withdraw it while it is open; the buyer shortlists, accepts or declines.
 */
@Entity
@Table(name = "quotes", schema = "board")
public class Quote extends AbstractEntity {

    public enum Status {
        SUBMITTED,
        SHORTLISTED,
        ACCEPTED,
        DECLINED,
        WITHDRAWN;

        boolean open() {
            return this == SUBMITTED || this == SHORTLISTED;
        }
    }

    /** What a factory offers. */
    public record Terms(
            BigDecimal unitPrice,
            String currency,
            BigDecimal moq,
            int leadTimeDays,
            LocalDate validUntil,
            String notes,
            List<UUID> attachmentFileIds) {

        public Terms {
            notes = notes == null ? "" : notes.strip();
            attachmentFileIds = attachmentFileIds == null ? List.of() : List.copyOf(attachmentFileIds);
        }
    }

    @Column(name = "posting_id", nullable = false, updatable = false)
    private UUID postingId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "author_user_id", nullable = false)
    private UUID authorUserId;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private BigDecimal moq;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false)
    private String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attachment_file_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] attachmentFileIds = new UUID[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected Quote() {}

    Quote(UUID id, UUID postingId, UUID organizationId, UUID authorUserId, Terms terms, Instant now) {
        super(id);
        this.postingId = postingId;
        this.organizationId = organizationId;
        this.createdAt = now;
        this.status = Status.SUBMITTED;
        apply(authorUserId, terms, now);
    }

    /** The factory changes an open quote; a withdrawn one comes back as submitted. */
    void revise(UUID authorUserId, Terms terms, Instant now) {
        if (!status.open() && status != Status.WITHDRAWN) {
            throw DomainException.conflict(BoardError.QUOTE_NOT_CHANGEABLE, status.name());
        }
        if (status == Status.WITHDRAWN) {
            status = Status.SUBMITTED;
        }
        apply(authorUserId, terms, now);
    }

    void withdraw(Instant now) {
        requireOpen();
        status = Status.WITHDRAWN;
        updatedAt = now;
    }

    void shortlist(Instant now) {
        requireOpen();
        status = Status.SHORTLISTED;
        updatedAt = now;
    }

    void accept(Instant now) {
        requireOpen();
        status = Status.ACCEPTED;
        decidedAt = now;
        updatedAt = now;
    }

    void decline(Instant now) {
        requireOpen();
        status = Status.DECLINED;
        decidedAt = now;
        updatedAt = now;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw DomainException.conflict(BoardError.QUOTE_NOT_CHANGEABLE, status.name());
        }
    }

    private void apply(UUID authorUserId, Terms terms, Instant now) {
        this.authorUserId = authorUserId;
        this.unitPrice = terms.unitPrice();
        this.currency = terms.currency();
        this.moq = terms.moq();
        this.leadTimeDays = terms.leadTimeDays();
        this.validUntil = terms.validUntil();
        this.notes = terms.notes();
        this.attachmentFileIds = terms.attachmentFileIds().toArray(UUID[]::new);
        this.updatedAt = now;
    }

    public UUID getPostingId() {
        return postingId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getAuthorUserId() {
        return authorUserId;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getMoq() {
        return moq;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNotes() {
        return notes;
    }

    public List<UUID> getAttachmentFileIds() {
        return List.of(attachmentFileIds);
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
