package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.EncryptedStringConverter;
import com.realsourcing.shared.security.PiiProtection;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;

/** An invitation to join an organisation with a role, sent to an e-mail address or mobile number. */
@Entity
@Table(name = "invitations", schema = "identity")
public class Invitation extends AbstractEntity {

    public enum Status {
        PENDING,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_cipher", nullable = false)
    private String contact;

    @Column(name = "contact_index", nullable = false)
    private String contactIndex;

    @Column(name = "contact_kind", nullable = false)
    private String contactKind;

    @Column(nullable = false)
    private String role;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(nullable = false)
    private String status;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    @Column(name = "accepted_by")
    private UUID acceptedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {}

    Invitation(
            UUID organizationId,
            LoginId contact,
            String contactIndex,
            Role role,
            String codeHash,
            UUID invitedBy,
            Instant now,
            Instant expiresAt) {
        super(Ids.newId());
        this.organizationId = organizationId;
        this.contact = contact.value();
        this.contactIndex = contactIndex;
        this.contactKind = contact.kind().name();
        this.role = role.name();
        this.codeHash = codeHash;
        this.status = Status.PENDING.name();
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** The pending, unexpired invitation with this code, addressed to the given login. */
    static Invitation pending(
            InvitationRepository invitations, PiiProtection pii, String code, String loginIndex, Instant now) {
        Invitation invitation = invitations
                .findByCodeHash(pii.index("invitation:" + code.strip().toUpperCase(java.util.Locale.ROOT)))
                .filter(i -> i.statusAt(now) == Status.PENDING)
                .orElseThrow(() -> DomainException.invalidField("invitationCode", "identity.invitation-invalid"));
        if (!invitation.contactIndex.equals(loginIndex)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "identity.invitation-not-yours");
        }
        return invitation;
    }

    void accept(UUID userId, Instant now) {
        this.status = Status.ACCEPTED.name();
        this.acceptedBy = userId;
        this.acceptedAt = now;
    }

    public Status statusAt(Instant now) {
        Status stored = Status.valueOf(status);
        return stored == Status.PENDING && !expiresAt.isAfter(now) ? Status.EXPIRED : stored;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getContact() {
        return contact;
    }

    public LoginId.Kind getContactKind() {
        return LoginId.Kind.valueOf(contactKind);
    }

    public Role getRole() {
        return Role.valueOf(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

interface InvitationRepository extends JpaRepository<Invitation, UUID> {
    Optional<Invitation> findByCodeHash(String codeHash);

    List<Invitation> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);
}
