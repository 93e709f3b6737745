package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.shared.security.PiiProtection;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the platform organisation exists and, when {@code realsourcing.identity.bootstrap-admin.login} and
 * {@code .password} are set, that this login is a SUPER_ADMIN there. An existing admin's password is never
 * overwritten. Without both settings no admin is created: there is no built-in default password.
 */
@Component
public class PlatformBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);

    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordHasher passwords;
    private final PiiProtection pii;
    private final NotifyApi notify;
    private final IdentityProperties properties;
    private final Clock clock;

    PlatformBootstrap(
            OrganizationRepository organizations,
            UserRepository users,
            MembershipRepository memberships,
            PasswordHasher passwords,
            PiiProtection pii,
            NotifyApi notify,
            IdentityProperties properties,
            Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.pii = pii;
        this.notify = notify;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void run() {
        Instant now = clock.instant();
        Organization platform = organizations
                .findFirstByType(OrganizationType.PLATFORM)
                .orElseGet(() -> organizations.saveAndFlush(
                        new Organization("RealSourcing 平台", OrganizationType.PLATFORM, false, now)));
        var admin = properties.bootstrapAdmin();
        if (admin == null || !IdentityService.hasText(admin.login()) || !IdentityService.hasText(admin.password())) {
            log.info("No bootstrap admin configured (realsourcing.identity.bootstrap-admin.login/password)");
            return;
        }
        ensurePlatformUser(admin.login(), admin.password(), admin.displayName(), Role.SUPER_ADMIN);
    }

    /**
     * Makes sure the login exists and holds the platform role; an existing user keeps their password. Used for the
     * bootstrap admin and the demo reviewer and operator.
     */
    @Transactional
    public User ensurePlatformUser(String rawLogin, String password, String displayName, Role role) {
        if (!role.isPlatformRole()) {
            throw new IllegalArgumentException(role + " is not a platform role");
        }
        Instant now = clock.instant();
        Organization platform =
                organizations.findFirstByType(OrganizationType.PLATFORM).orElseThrow();
        LoginId login = LoginId.parse(rawLogin, "login");
        String index = pii.index(login.indexInput());
        User user = (login.kind() == LoginId.Kind.EMAIL
                        ? users.findByEmailIndex(index)
                        : users.findByMobileIndex(index))
                .orElseGet(() -> {
                    User created = new User(displayName, passwords.hash(password, "password"), "zh-CN", now);
                    created.setLogin(login, index);
                    log.info(
                            "Created platform user {} ({})",
                            com.realsourcing.shared.security.Masking.login(login.value()),
                            role);
                    return users.saveAndFlush(created);
                });
        if (!memberships.existsById(new Membership.Key(platform.getId(), user.getId()))) {
            memberships.save(new Membership(platform.getId(), user.getId(), role, now));
        }
        if (user.getActiveOrganizationId() == null) {
            user.activate(platform.getId());
        }
        notify.upsertRecipient(IdentityService.recipientOf(user));
        return user;
    }

    /** Adds an existing user to an organisation (demo data: a trader who also helps run a factory). */
    @Transactional
    public void addMember(java.util.UUID organizationId, java.util.UUID userId, Role role) {
        if (!memberships.existsById(new Membership.Key(organizationId, userId))) {
            memberships.save(new Membership(organizationId, userId, role, clock.instant()));
        }
    }
}
