package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * A person with a login. E-mail and mobile are stored encrypted, with a keyed hash beside each for look-ups and
 * uniqueness; the password only as an Argon2id hash.
 */
@Entity
@Table(name = "users", schema = "identity")
public class User extends AbstractEntity {

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "email_cipher")
    private String email;

    @Column(name = "email_index")
    private String emailIndex;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "mobile_cipher")
    private String mobile;

    @Column(name = "mobile_index")
    private String mobileIndex;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(nullable = false)
    private String locale;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "active_organization_id")
    private UUID activeOrganizationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {}

    User(String displayName, String passwordHash, String locale, Instant now) {
        super(Ids.newId());
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.state = AccountState.NORMAL;
        this.locale = locale;
        this.timeZone = "Asia/Shanghai";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void setLogin(LoginId login, String index) {
        if (login.kind() == LoginId.Kind.EMAIL) {
            this.email = login.value();
            this.emailIndex = index;
        } else {
            this.mobile = login.value();
            this.mobileIndex = index;
        }
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    void changeState(AccountState newState, String reason, Instant now) {
        if (newState != AccountState.NORMAL && (reason == null || reason.isBlank())) {
            throw DomainException.invalidField("reason", "identity.state-reason-required");
        }
        this.state = newState;
        this.stateReason = newState == AccountState.NORMAL ? null : reason.strip();
        this.updatedAt = now;
    }

    void updateProfile(String newDisplayName, String newLocale, String newTimeZone, Instant now) {
        if (newDisplayName != null) {
            this.displayName = newDisplayName.strip();
        }
        if (newLocale != null) {
            if (!newLocale.equals("zh-CN") && !newLocale.equals("en-US")) {
                throw DomainException.invalidField("locale", "identity.locale-unsupported");
            }
            this.locale = newLocale;
        }
        if (newTimeZone != null) {
            try {
                ZoneId.of(newTimeZone);
            } catch (java.time.DateTimeException e) {
                throw DomainException.invalidField("timeZone", "identity.time-zone-invalid");
            }
            this.timeZone = newTimeZone;
        }
        this.updatedAt = now;
    }

    void activate(UUID organizationId) {
        this.activeOrganizationId = organizationId;
    }

    void requireMayLogIn() {
        if (state == AccountState.DISABLED) {
            throw new DomainException(HttpStatus.FORBIDDEN, "identity.account-disabled", stateReason)
                    .with("reason", stateReason);
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public AccountState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public String getLocale() {
        return locale;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public UUID getActiveOrganizationId() {
        return activeOrganizationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
