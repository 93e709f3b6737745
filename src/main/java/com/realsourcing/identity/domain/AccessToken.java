package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.domain.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * A personal access token for API and mobile clients. Only its SHA-256 is stored; the token itself is shown once.
 * It acts for the user in the organisation that was active when it was issued.
 */
@Entity
@Table(name = "access_tokens", schema = "identity")
public class AccessToken extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {}

    AccessToken(
            UUID userId,
            UUID organizationId,
            String name,
            String prefix,
            String tokenHash,
            Instant now,
            Instant expiresAt) {
        super(Ids.newId());
        this.userId = userId;
        this.organizationId = organizationId;
        this.name = name;
        this.prefix = prefix;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {
    Optional<AccessToken> findByTokenHash(String tokenHash);

    @Query("select t from AccessToken t where t.userId = ?1 and t.revokedAt is null order by t.createdAt desc")
    List<AccessToken> findActiveByUser(UUID userId);

    /** Records use at most once a minute per token, so reads do not turn into a write each. */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
    int touch(UUID id, Instant now, Instant notSince);
}
