package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.security.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One submission of a business licence and the values read from it, waiting for a reviewer (seed 002 六.1: 资质审核).
 * Its decision is final; a correction is a new review.
 */
@Entity
@Table(name = "licence_reviews", schema = "directory")
public class LicenceReview extends AbstractEntity {

    public enum Kind {
        /** A factory's first listing. */
        ONBOARDING,
        /** A listed factory changed a verified value; the listing keeps the old value until approval. */
        CHANGE,
        /** A factory claims an imported, unclaimed listing. */
        CLAIM,
        /** A trader, brand or creator verifies its company (no listing). */
        VERIFICATION
    }

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        WITHDRAWN
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "factory_id", updatable = false)
    private UUID factoryId;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private UUID submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(name = "credit_code", nullable = false, updatable = false)
    private String creditCode;

    @Column(name = "legal_representative", nullable = false, updatable = false)
    private String legalRepresentative;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Column(name = "city_code", updatable = false)
    private String cityCode;

    @Column(name = "county_code", updatable = false)
    private String countyCode;

    @Column(name = "address_line", nullable = false, updatable = false)
    private String addressLine;

    @Column(name = "licence_file_id", nullable = false, updatable = false)
    private UUID licenceFileId;

    @Column(name = "industry_tag_id", updatable = false)
    private UUID industryTagId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "category_tag_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    private UUID[] categoryTagIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attribute_tag_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    private UUID[] attributeTagIds;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_mobile", updatable = false)
    private String contactMobile;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_email", updatable = false)
    private String contactEmail;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Version
    private int version;

    protected LicenceReview() {}

    LicenceReview(
            UUID id,
            Kind kind,
            UUID organizationId,
            UUID factoryId,
            UUID submittedBy,
            VerifiedValues values,
            Instant submittedAt,
            Instant dueAt) {
        super(id);
        this.kind = Objects.requireNonNull(kind);
        this.status = Status.PENDING;
        this.organizationId = Objects.requireNonNull(organizationId);
        this.factoryId = factoryId;
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
        this.companyName = values.name();
        this.creditCode = values.creditCode();
        this.legalRepresentative = values.legalRepresentative();
        this.provinceCode = values.provinceCode();
        this.cityCode = values.cityCode();
        this.countyCode = values.countyCode();
        this.addressLine = values.addressLine();
        this.licenceFileId = values.licenceFileId();
        this.industryTagId = values.industryTagId();
        this.categoryTagIds = values.categoryTagIds().toArray(UUID[]::new);
        this.attributeTagIds = values.attributeTagIds().toArray(UUID[]::new);
        this.contactName = values.contactName();
        this.contactMobile = values.contactMobile();
        this.contactEmail = values.contactEmail();
    }

    public VerifiedValues values() {
        return new VerifiedValues(
                companyName,
                creditCode,
                legalRepresentative,
                provinceCode,
                cityCode,
                countyCode,
                addressLine,
                licenceFileId,
                industryTagId,
                List.of(categoryTagIds),
                List.of(attributeTagIds),
                contactName,
                contactMobile,
                contactEmail);
    }

    void approve(UUID reviewer, Instant now) {
        requirePending();
        status = Status.APPROVED;
        decidedBy = reviewer;
        decidedAt = now;
    }

    void reject(UUID reviewer, String reason, Instant now) {
        requirePending();
        status = Status.REJECTED;
        decidedBy = reviewer;
        decidedAt = now;
        this.reason = Objects.requireNonNull(reason);
    }

    /** Replaced by a newer submission from the same organisation before anyone decided. */
    void withdraw(Instant now) {
        requirePending();
        status = Status.WITHDRAWN;
        decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw DirectoryError.reviewDecided(status);
        }
    }

    public boolean isOverdue(Instant now) {
        return status == Status.PENDING && now.isAfter(dueAt);
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getFactoryId() {
        return factoryId;
    }

    public UUID getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
