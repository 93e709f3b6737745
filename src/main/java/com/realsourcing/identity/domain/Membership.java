package com.realsourcing.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A user's role in one organisation. */
@Entity
@Table(name = "memberships", schema = "identity")
public class Membership implements Persistable<Membership.Key> {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @jakarta.persistence.Transient
    private boolean isNew;

    protected Membership() {}

    Membership(UUID organizationId, UUID userId, Role role, Instant createdAt) {
        this.key = new Key(organizationId, userId);
        this.role = role.name();
        this.createdAt = createdAt;
        this.isNew = true;
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @jakarta.persistence.PostLoad
    @jakarta.persistence.PostPersist
    void loaded() {
        isNew = false;
    }

    public UUID getOrganizationId() {
        return key.organizationId;
    }

    public UUID getUserId() {
        return key.userId;
    }

    public Role getRole() {
        return Role.valueOf(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "organization_id")
        private UUID organizationId;

        @Column(name = "user_id")
        private UUID userId;

        protected Key() {}

        public Key(UUID organizationId, UUID userId) {
            this.organizationId = organizationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && organizationId.equals(k.organizationId) && userId.equals(k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, userId);
        }
    }
}
