package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.domain.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A company (or a worker's personal organisation) that users act for. */
@Entity
@Table(name = "organizations", schema = "identity")
public class Organization extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationType type;

    @Column(nullable = false)
    private boolean personal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {}

    Organization(String name, OrganizationType type, boolean personal, Instant createdAt) {
        super(Ids.newId());
        this.name = name;
        this.type = type;
        this.personal = personal;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public boolean isPersonal() {
        return personal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OrganizationSummary summary() {
        return new OrganizationSummary(getId(), name, type, createdAt);
    }
}
