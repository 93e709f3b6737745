package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationRegistered;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.api.UserContact;
import com.realsourcing.identity.api.UserSummary;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.Recipient;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.PiiProtection;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts: sign-up, login, the current user, profile, password change and reset. */
@Service
public class IdentityService implements IdentityApi {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final PasswordHasher passwords;
    private final PiiProtection pii;
    private final LoginThrottle throttle;
    private final PermissionCatalog catalog;
    private final NotifyApi notify;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final SessionRevoker sessions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;

    IdentityService(
            UserRepository users,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            InvitationRepository invitations,
            PasswordHasher passwords,
            PiiProtection pii,
            LoginThrottle throttle,
            PermissionCatalog catalog,
            NotifyApi notify,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            SessionRevoker sessions,
            JdbcClient jdbc,
            Clock clock,
            IdentityProperties properties,
            TransactionTemplate transactions) {
        this.users = users;
        this.organizations = organizations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.passwords = passwords;
        this.pii = pii;
        this.throttle = throttle;
        this.catalog = catalog;
        this.notify = notify;
        this.auditLog = auditLog;
        this.events = events;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** What a new account needs. Exactly one of e-mail and mobile. */
    public record SignUp(
            OrganizationType organizationType,
            String organizationName,
            String displayName,
            String email,
            String mobile,
            String password,
            String invitationCode,
            String locale) {}

    @Transactional
    public User signUp(SignUp command) {
        LoginId login = loginOf(command.email(), command.mobile());
        String index = pii.index(login.indexInput());
        if (findByIndex(login, index).isPresent()) {
            throw DomainException.conflict("identity.login-taken");
        }
        String hash = passwords.hash(command.password(), "password");
        String displayName = hasText(command.displayName())
                ? command.displayName().strip()
                : com.realsourcing.shared.security.Masking.login(login.value());
        Instant now = clock.instant();
        User user = new User(displayName, hash, command.locale() == null ? "zh-CN" : command.locale(), now);
        user.setLogin(login, index);
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException race) {
            throw DomainException.conflict("identity.login-taken");
        }
        if (hasText(command.invitationCode())) {
            Invitation invitation = invitationFor(command.invitationCode(), index);
            join(user, invitation, now);
        } else {
            OrganizationType type = command.organizationType();
            if (type == null) {
                throw DomainException.invalidField("organizationType", "identity.organization-type-required");
            }
            String name = command.organizationName();
            if (type != OrganizationType.WORKER && !hasText(name)) {
                throw DomainException.invalidField("organizationName", "identity.organization-name-required");
            }
            createOrganizationFor(user, type, type == OrganizationType.WORKER && !hasText(name) ? displayName : name);
        }
        notify.upsertRecipient(recipientOf(user));
        notify.notifyUser(com.realsourcing.notify.api.UserNotification.inApp(
                user.getId(), "identity.welcome", "notify.identity.welcome", Map.of("name", displayName)));
        return user;
    }

    /** Checks the password (with throttling) and answers who is now signed in, acting for their active organisation. */
    @Transactional(noRollbackFor = DomainException.class)
    public AuthenticatedUser login(String rawLogin, String password) {
        User user = verify(rawLogin, password);
        return principal(user, user.getActiveOrganizationId());
    }

    /** The password check shared by login and token issue: throttled, timing-equal for unknown logins. */
    @Transactional(noRollbackFor = DomainException.class)
    public User verify(String rawLogin, String password) {
        LoginId login = LoginId.parse(rawLogin, "login");
        String index = pii.index(login.indexInput());
        throttle.check(index);
        Optional<User> found = findByIndex(login, index);
        boolean ok =
                found.isPresent() && passwords.matches(password, found.get().getPasswordHash());
        if (found.isEmpty()) {
            passwords.burn(password);
        }
        if (!ok) {
            int failures = transactions.execute(status -> throttle.recordFailure(index));
            int remaining = throttle.remainingBeforeLock(failures);
            throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.bad-credentials", remaining)
                    .with("remainingAttempts", remaining);
        }
        User user = found.get();
        user.requireMayLogIn();
        throttle.reset(index);
        return user;
    }

    /** The principal for the user acting for the given organisation (or their first one). */
    @Transactional(readOnly = true)
    public AuthenticatedUser principal(User user, UUID organizationId) {
        return principal(user, memberships.findByKeyUserId(user.getId()), organizationId);
    }

    private AuthenticatedUser principal(User user, List<Membership> all, UUID organizationId) {
        Membership membership = all.stream()
                .filter(m -> m.getOrganizationId().equals(organizationId))
                .findFirst()
                .or(() -> all.stream().min(Comparator.comparing(Membership::getCreatedAt)))
                .orElseThrow(() -> DomainException.forbidden("identity.no-organization"));
        Organization organization = organizations.getReferenceById(membership.getOrganizationId());
        Set<Capability> capabilities = organization.getType().capabilities();
        boolean restricted = user.getState() == AccountState.RESTRICTED;
        return new AuthenticatedUser(
                user.getId(),
                user.getDisplayName(),
                organization.getId(),
                membership.getRole().name(),
                catalog.permissionsFor(membership.getRole(), capabilities, restricted),
                capabilities,
                restricted);
    }

    @Transactional(readOnly = true)
    public AuthenticatedUser principal(UUID userId, UUID organizationId) {
        return principal(requireUser(userId), organizationId);
    }

    @Transactional(readOnly = true)
    public MeView me(UUID userId, UUID activeOrganizationId) {
        User user = requireUser(userId);
        List<Membership> all = memberships.findByKeyUserId(userId);
        Map<UUID, Organization> orgs =
                organizations
                        .findAllById(
                                all.stream().map(Membership::getOrganizationId).toList())
                        .stream()
                        .collect(Collectors.toMap(Organization::getId, o -> o));
        List<MeView.OrgRole> list = all.stream()
                .sorted(Comparator.comparing(Membership::getCreatedAt))
                .map(m -> new MeView.OrgRole(orgs.get(m.getOrganizationId()), m.getRole()))
                .toList();
        // the memberships just read, not a second query for them
        AuthenticatedUser principal = principal(user, all, activeOrganizationId);
        Organization active = orgs.get(principal.organizationId());
        return new MeView(
                user,
                active,
                Role.valueOf(principal.role()),
                list,
                principal.permissions(),
                principal.capabilities().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Transactional
    public AuthenticatedUser switchOrganization(UUID userId, UUID organizationId) {
        User user = requireUser(userId);
        if (memberships
                .findByKeyOrganizationIdAndKeyUserId(organizationId, userId)
                .isEmpty()) {
            throw DomainException.notFound("identity.organization-not-found");
        }
        user.activate(organizationId);
        return principal(user, organizationId);
    }

    @Transactional
    public User updateProfile(UUID userId, String displayName, String locale, String timeZone) {
        User user = requireUser(userId);
        user.updateProfile(displayName, locale, timeZone, clock.instant());
        notify.upsertRecipient(recipientOf(user));
        return user;
    }

    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword, String keepSessionId) {
        User user = requireUser(userId);
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw DomainException.invalidField("currentPassword", "identity.current-password-wrong");
        }
        user.changePassword(passwords.hash(newPassword, "newPassword"), clock.instant());
        sessions.revokeAll(userId, keepSessionId);
    }

    /** Sends a 6-digit code if the login exists; answers the same either way. */
    @Transactional
    public void requestPasswordReset(String rawLogin, String locale) {
        LoginId login = LoginId.parse(rawLogin, "login");
        Optional<User> user = findByIndex(login, pii.index(login.indexInput()));
        if (user.isEmpty()) {
            return;
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.sql(
                        "insert into identity.password_resets (id, user_id, code_hash, created_at, expires_at) values (?,?,?,?,?)")
                .param(Ids.newId())
                .param(user.get().getId())
                .param(pii.index("reset:" + user.get().getId() + ":" + code))
                .param(Timestamp.from(now))
                .param(Timestamp.from(now.plus(properties.resetCodeTtl())))
                .update();
        notify.sendDirect(new DirectMessage(
                login.kind() == LoginId.Kind.EMAIL ? Channel.EMAIL : Channel.SMS,
                login.value(),
                locale == null ? user.get().getLocale() : locale,
                "notify.identity.password-reset",
                Map.of("code", code, "minutes", properties.resetCodeTtl().toMinutes())));
    }

    @Transactional(noRollbackFor = DomainException.class)
    public void confirmPasswordReset(String rawLogin, String code, String newPassword) {
        LoginId login = LoginId.parse(rawLogin, "login");
        String index = pii.index(login.indexInput());
        User user = findByIndex(login, index)
                .orElseThrow(() -> DomainException.invalidField("code", "identity.reset-code-invalid"));
        PasswordHasher.requireStrong(newPassword, "newPassword");
        var reset = jdbc.sql(
                        """
                        select id, code_hash, attempts from identity.password_resets
                         where user_id = ? and used_at is null and expires_at > ?
                         order by created_at desc limit 1 for update
                        """)
                .param(user.getId())
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)})
                .optional()
                .orElseThrow(() -> DomainException.invalidField("code", "identity.reset-code-invalid"));
        UUID resetId = (UUID) reset[0];
        if ((int) reset[2] >= 5) {
            throw DomainException.invalidField("code", "identity.reset-code-invalid");
        }
        if (!pii.index("reset:" + user.getId() + ":" + code).equals(reset[1])) {
            transactions.executeWithoutResult(
                    status -> jdbc.sql("update identity.password_resets set attempts = attempts + 1 where id = ?")
                            .param(resetId)
                            .update());
            throw DomainException.invalidField("code", "identity.reset-code-invalid");
        }
        int used = jdbc.sql("update identity.password_resets set used_at = ? where id = ? and used_at is null")
                .param(Timestamp.from(clock.instant()))
                .param(resetId)
                .update();
        if (used != 1) {
            throw DomainException.invalidField("code", "identity.reset-code-invalid");
        }
        user.changePassword(passwords.hash(newPassword, "newPassword"), clock.instant());
        throttle.reset(index);
        sessions.revokeAll(user.getId(), null);
    }

    // ---- organisations used by sign-up and OrganizationService

    Organization createOrganizationFor(User user, OrganizationType type, String name) {
        if (type == OrganizationType.PLATFORM) {
            throw DomainException.invalidField("organizationType", "identity.organization-type-not-allowed");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw DomainException.invalidField("organizationName", "identity.organization-name-required");
        }
        Instant now = clock.instant();
        Organization organization =
                organizations.save(new Organization(name.strip(), type, type == OrganizationType.WORKER, now));
        memberships.save(new Membership(organization.getId(), user.getId(), Role.OWNER, now));
        if (user.getActiveOrganizationId() == null) {
            user.activate(organization.getId());
        }
        events.publishEvent(
                new OrganizationRegistered(organization.getId(), type, organization.getName(), user.getId()));
        return organization;
    }

    private Invitation invitationFor(String code, String loginIndex) {
        return Invitation.pending(invitations, pii, code, loginIndex, clock.instant());
    }

    void join(User user, Invitation invitation, Instant now) {
        memberships.save(new Membership(invitation.getOrganizationId(), user.getId(), invitation.getRole(), now));
        invitation.accept(user.getId(), now);
        user.activate(invitation.getOrganizationId());
    }

    // ---- IdentityApi

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> findUser(UUID userId) {
        return users.findById(userId)
                .map(u -> new UserSummary(
                        u.getId(), u.getDisplayName(), u.getState().name(), u.getLocale(), u.getTimeZone()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserContact> findContact(UUID userId) {
        // Decrypted by the entity's converter; the caller shows them only to whom the user chose.
        return users.findById(userId)
                .map(u -> new UserContact(u.getId(), u.getDisplayName(), u.getMobile(), u.getEmail()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> findOrganization(UUID organizationId) {
        return organizations.findById(organizationId).map(Organization::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> findOrganizationByName(String name) {
        return organizations.findFirstByNameOrderByCreatedAt(name).map(Organization::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, OrganizationSummary> findOrganizations(java.util.Collection<UUID> organizationIds) {
        return organizations.findAllById(java.util.Set.copyOf(organizationIds)).stream()
                .map(Organization::summary)
                .collect(java.util.stream.Collectors.toMap(OrganizationSummary::id, o -> o));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(UUID userId, UUID organizationId) {
        return memberships.existsById(new Membership.Key(organizationId, userId));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<UUID> membersOf(UUID organizationId) {
        return memberships.findByKeyOrganizationId(organizationId).stream()
                .map(Membership::getUserId)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<com.realsourcing.identity.api.RegistrationCount> organizationsRegisteredPerDay(
            java.time.LocalDate from, java.time.LocalDate to, java.time.ZoneId zone) {
        return jdbc.sql(
                        """
                        select (created_at at time zone :zone)::date as day, type, count(*)
                        from identity.organizations
                        where created_at >= :start and created_at < :end and type <> 'PLATFORM'
                        group by 1, 2 order by 1, 2
                        """)
                .param("zone", zone.getId())
                .param("start", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new com.realsourcing.identity.api.RegistrationCount(
                        rs.getObject(1, java.time.LocalDate.class),
                        OrganizationType.valueOf(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    @Override
    @Transactional
    public void audit(AuditRecord record) {
        auditLog.record(record);
    }

    // ---- helpers

    /** The user's login (e-mail, else mobile), for re-authentication by a signed-in user. */
    @Transactional(readOnly = true)
    public String loginOf(UUID userId) {
        User user = requireUser(userId);
        return user.getEmail() != null ? user.getEmail() : user.getMobile();
    }

    User requireUser(UUID userId) {
        return users.findById(userId).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
    }

    Optional<User> findByLogin(String rawLogin) {
        LoginId login = LoginId.parse(rawLogin, "login");
        return findByIndex(login, pii.index(login.indexInput()));
    }

    private Optional<User> findByIndex(LoginId login, String index) {
        return login.kind() == LoginId.Kind.EMAIL ? users.findByEmailIndex(index) : users.findByMobileIndex(index);
    }

    static LoginId loginOf(String email, String mobile) {
        boolean hasEmail = hasText(email);
        boolean hasMobile = hasText(mobile);
        if (hasEmail == hasMobile) {
            throw DomainException.invalidField(hasEmail ? "mobile" : "email", "identity.login-one-of");
        }
        return hasEmail ? LoginId.email(email, "email") : LoginId.mobile(mobile, "mobile");
    }

    static Recipient recipientOf(User user) {
        return new Recipient(user.getId(), user.getLocale(), user.getTimeZone(), user.getEmail(), user.getMobile());
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
