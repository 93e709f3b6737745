package com.realsourcing.identity.web;

import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.domain.AccessToken;
import com.realsourcing.identity.domain.AccountState;
import com.realsourcing.identity.domain.AdminService;
import com.realsourcing.identity.domain.AuditEntry;
import com.realsourcing.identity.domain.Invitation;
import com.realsourcing.identity.domain.MeView;
import com.realsourcing.identity.domain.Organization;
import com.realsourcing.identity.domain.OrganizationService;
import com.realsourcing.identity.domain.Role;
import com.realsourcing.identity.domain.User;
import com.realsourcing.shared.security.Masking;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the identity API. Contacts in responses are always masked. */
final class IdentityDtos {

    private IdentityDtos() {}

    record SignUpRequest(
            OrganizationType organizationType,
            @Size(max = 200) String organizationName,
            @Size(max = 100) String displayName,
            @Size(max = 254) String email,
            @Size(max = 32) String mobile,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 32) String invitationCode) {}

    record LoginRequest(@NotBlank @Size(max = 254) String login, @NotBlank @Size(max = 128) String password) {}

    /** {@code login} may be left out by a signed-in browser user: the token is then theirs (password still needed). */
    record TokenRequest(
            @Size(max = 254) String login,
            @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 100) String name,
            @jakarta.validation.constraints.Positive @jakarta.validation.constraints.Max(3650) Integer validDays) {}

    record ProfileRequest(
            @Size(min = 1, max = 100) String displayName, String locale, @Size(max = 64) String timeZone) {}

    record SwitchOrganizationRequest(@NotNull UUID organizationId) {}

    record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank @Size(max = 128) String newPassword) {}

    record ResetRequest(@NotBlank @Size(max = 254) String login) {}

    record ResetConfirmRequest(
            @NotBlank @Size(max = 254) String login,
            @NotBlank @Size(min = 6, max = 6) String code,
            @NotBlank @Size(max = 128) String newPassword) {}

    record CreateOrganizationRequest(@NotNull OrganizationType type, @NotBlank @Size(max = 200) String name) {}

    record InvitationRequest(@Size(max = 254) String email, @Size(max = 32) String mobile, @NotNull Role role) {}

    record AcceptInvitationRequest(@NotBlank @Size(max = 32) String code) {}

    record StateChangeRequest(@NotNull AccountState state, @NotBlank @Size(min = 2, max = 500) String reason) {}

    record CsrfResponse(String headerName, String token) {}

    record OrganizationRef(UUID id, String name, OrganizationType type, Role role) {
        static OrganizationRef from(MeView.OrgRole orgRole) {
            Organization o = orgRole.organization();
            return new OrganizationRef(o.getId(), o.getName(), o.getType(), orgRole.role());
        }
    }

    record MeResponse(
            UUID id,
            String displayName,
            String email,
            String mobile,
            AccountState state,
            String stateReason,
            String locale,
            String timeZone,
            OrganizationRef activeOrganization,
            List<OrganizationRef> organizations,
            Set<String> permissions,
            Set<String> capabilities,
            Instant createdAt) {
        static MeResponse from(MeView me) {
            User u = me.user();
            return new MeResponse(
                    u.getId(),
                    u.getDisplayName(),
                    Masking.email(u.getEmail()),
                    Masking.mobile(u.getMobile()),
                    u.getState(),
                    u.getStateReason(),
                    u.getLocale(),
                    u.getTimeZone(),
                    me.activeOrganization() == null
                            ? null
                            : OrganizationRef.from(new MeView.OrgRole(me.activeOrganization(), me.activeRole())),
                    me.organizations().stream().map(OrganizationRef::from).toList(),
                    me.permissions(),
                    me.capabilities(),
                    u.getCreatedAt());
        }
    }

    record SignedUpResponse(UUID id, String displayName, String email, String mobile, Instant createdAt) {
        static SignedUpResponse from(User u) {
            return new SignedUpResponse(
                    u.getId(),
                    u.getDisplayName(),
                    Masking.email(u.getEmail()),
                    Masking.mobile(u.getMobile()),
                    u.getCreatedAt());
        }
    }

    record TokenResponse(
            UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        static TokenResponse from(AccessToken t) {
            return new TokenResponse(
                    t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresAt());
        }
    }

    record IssuedTokenResponse(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Instant lastUsedAt,
            Instant expiresAt,
            String token) {}

    record MemberResponse(UUID userId, String displayName, String email, String mobile, Role role, Instant joinedAt) {
        static MemberResponse from(OrganizationService.MemberView m) {
            return new MemberResponse(
                    m.user().getId(),
                    m.user().getDisplayName(),
                    Masking.email(m.user().getEmail()),
                    Masking.mobile(m.user().getMobile()),
                    m.role(),
                    m.joinedAt());
        }
    }

    record InvitationResponse(
            UUID id,
            String email,
            String mobile,
            Role role,
            Invitation.Status status,
            Instant createdAt,
            Instant expiresAt) {
        static InvitationResponse from(Invitation i, Instant now) {
            boolean email = i.getContactKind() == com.realsourcing.identity.domain.LoginId.Kind.EMAIL;
            return new InvitationResponse(
                    i.getId(),
                    email ? Masking.email(i.getContact()) : null,
                    email ? null : Masking.mobile(i.getContact()),
                    i.getRole(),
                    i.statusAt(now),
                    i.getCreatedAt(),
                    i.getExpiresAt());
        }
    }

    record AdminUserResponse(
            UUID id,
            String displayName,
            String email,
            String mobile,
            AccountState state,
            String stateReason,
            Instant createdAt,
            List<OrganizationRef> organizations) {
        static AdminUserResponse from(AdminService.UserRow row) {
            User u = row.user();
            return new AdminUserResponse(
                    u.getId(),
                    u.getDisplayName(),
                    Masking.email(u.getEmail()),
                    Masking.mobile(u.getMobile()),
                    u.getState(),
                    u.getStateReason(),
                    u.getCreatedAt(),
                    row.organizations().stream().map(OrganizationRef::from).toList());
        }
    }

    record AdminOrganizationResponse(
            UUID id, String name, OrganizationType type, Instant createdAt, long memberCount) {}

    record AuditEntryResponse(
            UUID id,
            Instant occurredAt,
            UUID actorId,
            String actorName,
            String action,
            String targetType,
            UUID targetId,
            String targetName,
            String reason,
            Map<String, Object> details) {
        static AuditEntryResponse from(AuditEntry e) {
            return new AuditEntryResponse(
                    e.getId(),
                    e.getOccurredAt(),
                    e.getActorId(),
                    e.getActorName(),
                    e.getAction(),
                    e.getTargetType(),
                    e.getTargetId(),
                    e.getTargetName(),
                    e.getReason(),
                    e.getDetails());
        }
    }
}
