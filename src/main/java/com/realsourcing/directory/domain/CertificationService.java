package com.realsourcing.directory.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers check certificates against their evidence; verified ones count for badges and filters while valid.
 * Seed 002 资质过期提醒: 30 days (configurable) before a certificate expires the factory is reminded once and
 * reviewers see it in the expiring list; on expiry it stops counting.
 */
@Service
public class CertificationService {

    private final CertificationRepository certifications;
    private final FactoryRepository factories;
    private final ProfileService profiles;
    private final NotifyApi notify;
    private final IdentityApi identity;
    private final DirectoryProperties properties;
    private final Clock clock;

    CertificationService(
            CertificationRepository certifications,
            FactoryRepository factories,
            ProfileService profiles,
            NotifyApi notify,
            IdentityApi identity,
            DirectoryProperties properties,
            Clock clock) {
        this.certifications = certifications;
        this.factories = factories;
        this.profiles = profiles;
        this.notify = notify;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Certification> pending(int page, int size) {
        return certifications.findByStatusOrderByCreatedAt(Certification.Status.PENDING, PageRequest.of(page, size));
    }

    /** Verified certificates that expire within the reminder window (or already did), soonest first. */
    @Transactional(readOnly = true)
    public Page<Certification> expiring(int page, int size) {
        return certifications.findExpiringBy(
                LocalDate.now(clock.withZone(properties.reviewZone())).plusDays(properties.certificateReminderDays()),
                PageRequest.of(page, size));
    }

    @Transactional
    public Certification verify(AuthenticatedUser reviewer, UUID id) {
        Certification certification = find(id);
        certification.verify(reviewer.userId(), clock.instant());
        certifications.flush();
        factories.findById(certification.getFactoryId()).ifPresent(profiles::refreshCertificationTypes);
        audit(reviewer, "directory.certification.verify", certification, null);
        return certification;
    }

    @Transactional
    public Certification reject(AuthenticatedUser reviewer, UUID id, String reason) {
        Certification certification = find(id);
        certification.reject(reviewer.userId(), reason.strip(), clock.instant());
        certifications.flush();
        audit(reviewer, "directory.certification.reject", certification, reason);
        notify.notifyUser(UserNotification.inApp(
                certification.getCreatedBy(),
                "directory",
                "notify.directory.certification-rejected",
                Map.of("type", label(certification), "reason", reason.strip())));
        return certification;
    }

    /**
     * Daily: remind factories of certificates expiring within the window (once per certificate), and drop expired
     * ones from the factories' searchable certificate types. Returns how many reminders were sent.
     */
    @Transactional
    public int remindAndExpire() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(properties.reviewZone()));
        List<Certification> due =
                certifications.findDueForReminder(today.plusDays(properties.certificateReminderDays()));
        for (Certification certification : due) {
            notify.notifyUser(new UserNotification(
                    certification.getCreatedBy(),
                    "directory",
                    "notify.directory.certification-expiring",
                    Map.of(
                            "type",
                            label(certification),
                            "date",
                            certification.getValidUntil().toString()),
                    "/directory/my-factory",
                    Set.of(Channel.IN_APP, Channel.EMAIL)));
            certification.markReminded(now);
        }
        for (Factory factory : factories.findAllById(
                due.stream().map(Certification::getFactoryId).toList())) {
            profiles.refreshCertificationTypes(factory);
        }
        // Certificates that expired yesterday stop counting today, reminded or not.
        certifications.findExpiringBy(today.minusDays(1), PageRequest.of(0, 1000)).stream()
                .map(Certification::getFactoryId)
                .distinct()
                .forEach(id -> factories.findById(id).ifPresent(profiles::refreshCertificationTypes));
        return due.size();
    }

    private Certification find(UUID id) {
        return certifications
                .findById(id)
                .orElseThrow(() -> DomainException.notFound(DirectoryError.CERTIFICATION_NOT_FOUND));
    }

    private static String label(Certification c) {
        return c.getName() != null ? c.getName() : c.getType().replace('_', ' ');
    }

    private void audit(AuthenticatedUser reviewer, String action, Certification c, String reason) {
        identity.audit(new AuditRecord(
                reviewer.userId(),
                action,
                "certification",
                c.getId(),
                label(c),
                reason,
                Map.of("factoryId", c.getFactoryId())));
    }
}
