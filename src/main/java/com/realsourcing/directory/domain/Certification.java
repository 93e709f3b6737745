package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A certificate a factory holds (ISO 9001, BSCI, CE, FDA …) with its evidence. It counts towards trust badges and
 * search filters only once a reviewer verified it and while it is valid.
 */
@Entity
@Table(name = "certifications", schema = "directory")
public class Certification extends AbstractEntity {

    public enum Status {
        PENDING,
        VERIFIED,
        REJECTED
    }

    @Column(name = "factory_id", nullable = false, updatable = false)
    private UUID factoryId;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(name = "evidence_file_id", nullable = false, updatable = false)
    private UUID evidenceFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "verified_by")
    private UUID verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    private String reason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Certification() {}

    Certification(
            UUID id,
            UUID factoryId,
            CertificationType type,
            String name,
            String issuer,
            String number,
            LocalDate validFrom,
            LocalDate validUntil,
            UUID evidenceFileId,
            UUID createdBy,
            Instant now) {
        super(id);
        this.factoryId = Objects.requireNonNull(factoryId);
        this.type = type.name();
        this.name = name;
        this.issuer = issuer;
        this.number = number;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.evidenceFileId = evidenceFileId;
        this.status = Status.PENDING;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void verify(UUID reviewer, Instant now) {
        if (status != Status.PENDING) {
            throw DirectoryError.certificationDecided();
        }
        status = Status.VERIFIED;
        verifiedBy = reviewer;
        verifiedAt = now;
    }

    void reject(UUID reviewer, String reason, Instant now) {
        if (status != Status.PENDING) {
            throw DirectoryError.certificationDecided();
        }
        status = Status.REJECTED;
        verifiedBy = reviewer;
        verifiedAt = now;
        this.reason = reason;
    }

    void markReminded(Instant now) {
        remindedAt = now;
    }

    /** Verified and not expired on the given day. */
    public boolean isValidOn(LocalDate day) {
        return status == Status.VERIFIED && (validUntil == null || !validUntil.isBefore(day));
    }

    public boolean isExpiringWithin(LocalDate day, int days) {
        return status == Status.VERIFIED && validUntil != null && !validUntil.isAfter(day.plusDays(days));
    }

    public UUID getFactoryId() {
        return factoryId;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public UUID getEvidenceFileId() {
        return evidenceFileId;
    }

    public Status getStatus() {
        return status;
    }

    public UUID getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
