package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.api.UserStateChanged;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.PiiProtection;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform console: users and organisations with filters, account state changes, each one audited. */
@Service
public class AdminService {

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final AuditLog auditLog;
    private final SessionRevoker sessions;
    private final NotifyApi notify;
    private final ApplicationEventPublisher events;
    private final PiiProtection pii;
    private final Clock clock;

    AdminService(
            UserRepository users,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            AuditLog auditLog,
            SessionRevoker sessions,
            NotifyApi notify,
            ApplicationEventPublisher events,
            PiiProtection pii,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.memberships = memberships;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.notify = notify;
        this.events = events;
        this.pii = pii;
        this.clock = clock;
    }

    /** Filters for the user list; dates are days in the admin's time zone, both ends inclusive. */
    public record UserFilter(
            AccountState state, String q, LocalDate registeredFrom, LocalDate registeredTo, ZoneId zone) {}

    /** Filters for the organisation list. */
    public record OrganizationFilter(
            OrganizationType type, String q, LocalDate registeredFrom, LocalDate registeredTo, ZoneId zone) {}

    /** A user row with their organisations. */
    public record UserRow(User user, List<MeView.OrgRole> organizations) {}

    @Transactional(readOnly = true)
    public Page<UserRow> users(UserFilter filter, Pageable pageable) {
        Specification<User> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            }
            addDateRange(
                    where, cb, root.get("createdAt"), filter.registeredFrom(), filter.registeredTo(), filter.zone());
            if (filter.q() != null && !filter.q().isBlank()) {
                String q = filter.q().strip();
                List<Predicate> any = new ArrayList<>();
                any.add(cb.like(cb.lower(root.get("displayName")), "%" + q.toLowerCase() + "%"));
                // Contacts are encrypted: find them by their exact keyed hash.
                try {
                    LoginId login = LoginId.parse(q, "q");
                    String index = pii.index(login.indexInput());
                    any.add(cb.equal(
                            root.get(login.kind() == LoginId.Kind.EMAIL ? "emailIndex" : "mobileIndex"), index));
                } catch (DomainException notALogin) {
                    // a name fragment only
                }
                where.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<User> page = users.findAll(spec, pageable);
        Map<UUID, List<MeView.OrgRole>> orgs =
                organizationsOf(page.getContent().stream().map(User::getId).toList());
        return page.map(u -> new UserRow(u, orgs.getOrDefault(u.getId(), List.of())));
    }

    @Transactional(readOnly = true)
    public Page<Organization> organizations(OrganizationFilter filter, Pageable pageable) {
        Specification<Organization> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            addDateRange(
                    where, cb, root.get("createdAt"), filter.registeredFrom(), filter.registeredTo(), filter.zone());
            if (filter.q() != null && !filter.q().isBlank()) {
                where.add(cb.like(
                        cb.lower(root.get("name")), "%" + filter.q().strip().toLowerCase() + "%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return organizations.findAll(spec, pageable);
    }

    @Transactional(readOnly = true)
    public long memberCount(UUID organizationId) {
        return memberships.countByKeyOrganizationId(organizationId);
    }

    @Transactional
    public UserRow changeState(AuthenticatedUser actor, UUID userId, AccountState state, String reason) {
        if (actor.userId().equals(userId)) {
            throw DomainException.badRequest("identity.cannot-change-own-state");
        }
        User user = users.findById(userId).orElseThrow(() -> DomainException.notFound("identity.user-not-found"));
        AccountState before = user.getState();
        user.changeState(state, reason, clock.instant());
        auditLog.record(new AuditRecord(
                actor.userId(),
                "identity.user.state-changed",
                "USER",
                user.getId(),
                user.getDisplayName(),
                reason,
                Map.of("from", before.name(), "to", state.name())));
        // The user's sessions carry their permissions: end them so the change applies at once.
        sessions.revokeAll(user.getId(), null);
        events.publishEvent(new UserStateChanged(user.getId(), state.name(), reason, actor.userId()));
        notify.notifyUser(UserNotification.inApp(
                user.getId(),
                "identity.account",
                "notify.identity.state-changed." + state.name(),
                Map.of("reason", reason == null ? "" : reason)));
        return new UserRow(user, organizationsOf(List.of(user.getId())).getOrDefault(user.getId(), List.of()));
    }

    private Map<UUID, List<MeView.OrgRole>> organizationsOf(Collection<UUID> userIds) {
        List<Membership> all = memberships.findByKeyUserIdIn(userIds);
        Map<UUID, Organization> orgs =
                organizations
                        .findAllById(all.stream()
                                .map(Membership::getOrganizationId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organization::getId, o -> o));
        return all.stream()
                .collect(Collectors.groupingBy(
                        Membership::getUserId,
                        Collectors.mapping(
                                m -> new MeView.OrgRole(orgs.get(m.getOrganizationId()), m.getRole()),
                                Collectors.toList())));
    }

    private static void addDateRange(
            List<Predicate> where,
            jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Path<Instant> createdAt,
            LocalDate from,
            LocalDate to,
            ZoneId zone) {
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(createdAt, from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            where.add(cb.lessThan(createdAt, to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }
}
