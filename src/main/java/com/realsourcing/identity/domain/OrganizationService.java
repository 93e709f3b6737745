package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.config.PlatformProperties;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.PiiProtection;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations a user creates, their members, and invitations to join them. */
@Service
public class OrganizationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final IdentityService identity;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final UserRepository users;
    private final PiiProtection pii;
    private final NotifyApi notify;
    private final Clock clock;
    private final IdentityProperties properties;
    private final PlatformProperties platform;

    OrganizationService(
            IdentityService identity,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            InvitationRepository invitations,
            UserRepository users,
            PiiProtection pii,
            NotifyApi notify,
            Clock clock,
            IdentityProperties properties,
            PlatformProperties platform) {
        this.identity = identity;
        this.organizations = organizations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.users = users;
        this.pii = pii;
        this.notify = notify;
        this.clock = clock;
        this.properties = properties;
        this.platform = platform;
    }

    /** A member of an organisation, for the members page. */
    public record MemberView(User user, Role role, Instant joinedAt) {}

    @Transactional
    public MeView.OrgRole create(AuthenticatedUser actor, OrganizationType type, String name) {
        User user = identity.requireUser(actor.userId());
        Organization organization = identity.createOrganizationFor(user, type, name);
        return new MeView.OrgRole(organization, Role.OWNER);
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(AuthenticatedUser actor, UUID organizationId) {
        requireActive(actor, organizationId);
        List<Membership> all = memberships.findByKeyOrganizationId(organizationId);
        Map<UUID, User> byId = users
                .findAllById(all.stream().map(Membership::getUserId).toList())
                .stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return all.stream()
                .sorted(Comparator.comparing(Membership::getCreatedAt))
                .map(m -> new MemberView(byId.get(m.getUserId()), m.getRole(), m.getCreatedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(AuthenticatedUser actor, UUID organizationId) {
        requireActive(actor, organizationId);
        return invitations.findByOrganizationIdOrderByCreatedAtDesc(organizationId);
    }

    /** Creates an invitation and sends its code; the invited person signs up with it or accepts it when signed in. */
    @Transactional
    public Invitation invite(AuthenticatedUser actor, UUID organizationId, String email, String mobile, Role role) {
        requireActive(actor, organizationId);
        Organization organization = organizations
                .findById(organizationId)
                .orElseThrow(() -> DomainException.notFound("identity.organization-not-found"));
        if (role == null || role == Role.OWNER || !role.fits(organization.getType())) {
            throw DomainException.invalidField("role", "identity.role-not-allowed");
        }
        LoginId contact = IdentityService.loginOf(email, mobile);
        String contactIndex = pii.index(contact.indexInput());
        var existing = contact.kind() == LoginId.Kind.EMAIL
                ? users.findByEmailIndex(contactIndex)
                : users.findByMobileIndex(contactIndex);
        if (existing.isPresent()
                && memberships.existsById(
                        new Membership.Key(organizationId, existing.get().getId()))) {
            throw DomainException.conflict("identity.already-member");
        }
        String code = newCode();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(
                organizationId,
                contact,
                contactIndex,
                role,
                pii.index("invitation:" + code),
                actor.userId(),
                now,
                now.plus(properties.invitationTtl()));
        try {
            invitations.saveAndFlush(invitation);
        } catch (DataIntegrityViolationException duplicate) {
            throw DomainException.conflict("identity.invitation-pending");
        }
        Map<String, Object> params = Map.of(
                "organization",
                organization.getName(),
                "inviter",
                actor.displayName(),
                "code",
                code,
                "link",
                platform.publicUrl() + "/sign-up?invitation=" + code);
        String locale = existing.map(User::getLocale).orElse("zh-CN");
        notify.sendDirect(new DirectMessage(
                contact.kind() == LoginId.Kind.EMAIL ? Channel.EMAIL : Channel.SMS,
                contact.value(),
                locale,
                "notify.identity.invitation",
                params));
        existing.ifPresent(user -> notify.notifyUser(UserNotification.inApp(
                user.getId(), "identity.invitation", "notify.identity.invitation-in-app", params)));
        return invitation;
    }

    /** The signed-in user accepts an invitation addressed to their e-mail or mobile. */
    @Transactional
    public UUID accept(AuthenticatedUser actor, String code) {
        User user = identity.requireUser(actor.userId());
        Instant now = clock.instant();
        String emailIndex = user.getEmail() == null ? null : pii.index("EMAIL:" + user.getEmail());
        String mobileIndex = user.getMobile() == null ? null : pii.index("MOBILE:" + user.getMobile());
        Invitation invitation;
        try {
            invitation = Invitation.pending(invitations, pii, code, emailIndex, now);
        } catch (DomainException notEmail) {
            if (mobileIndex == null || !"identity.invitation-not-yours".equals(notEmail.code())) {
                throw notEmail;
            }
            invitation = Invitation.pending(invitations, pii, code, mobileIndex, now);
        }
        if (memberships.existsById(new Membership.Key(invitation.getOrganizationId(), user.getId()))) {
            throw DomainException.conflict("identity.already-member");
        }
        identity.join(user, invitation, now);
        return invitation.getOrganizationId();
    }

    private static void requireActive(AuthenticatedUser actor, UUID organizationId) {
        // Members manage the organisation they act for; another organisation's id looks like a missing one.
        if (!actor.organizationId().equals(organizationId)) {
            throw DomainException.notFound("identity.organization-not-found");
        }
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    static OrganizationType requirePublicType(OrganizationType type) {
        if (type == null || type == OrganizationType.PLATFORM) {
            throw DomainException.invalidField("type", "identity.organization-type-not-allowed");
        }
        return type;
    }
}
