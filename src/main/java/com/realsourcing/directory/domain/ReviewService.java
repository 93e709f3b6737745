package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.FactoryApproved;
import com.realsourcing.directory.api.FactoryRejected;
import com.realsourcing.directory.api.OrganizationVerified;
import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewers' side of 资质审核: a queue ordered by deadline with filters, approve, reject with a reason the
 * submitter is sent, approve in batch (each item on its own, so one bad item does not hold back the rest).
 */
@Service
public class ReviewService {

    /** Queue filters; null means any. */
    public record QueueFilter(
            LicenceReview.Status status, LicenceReview.Kind kind, Boolean overdue, String provinceCode, String q) {}

    /** What happened to each item of a batch. */
    public record BatchResult(List<UUID> approved, Map<UUID, String> failed) {}

    private final LicenceReviewRepository reviews;
    private final FactoryRepository factories;
    private final VerifiedOrganizations verified;
    private final FactoryKeywords keywords;
    private final Regions regions;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewService(
            LicenceReviewRepository reviews,
            FactoryRepository factories,
            VerifiedOrganizations verified,
            FactoryKeywords keywords,
            Regions regions,
            IdentityApi identity,
            NotifyApi notify,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.reviews = reviews;
        this.factories = factories;
        this.verified = verified;
        this.keywords = keywords;
        this.regions = regions;
        this.identity = identity;
        this.notify = notify;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<LicenceReview> queue(QueueFilter filter, int page, int size) {
        Instant now = clock.instant();
        Specification<LicenceReview> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(
                    root.get("status"), filter.status() == null ? LicenceReview.Status.PENDING : filter.status()));
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                where.add(cb.lessThan(root.get("dueAt"), now));
            } else if (Boolean.FALSE.equals(filter.overdue())) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueAt"), now));
            }
            if (filter.provinceCode() != null) {
                where.add(cb.equal(root.get("provinceCode"), filter.provinceCode()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                String like = "%" + filter.q().strip().toLowerCase(java.util.Locale.ROOT) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("companyName")), like),
                        cb.like(cb.lower(root.get("creditCode")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Sort sort = filter.status() == null || filter.status() == LicenceReview.Status.PENDING
                ? Sort.by("dueAt").ascending()
                : Sort.by("decidedAt").descending();
        return reviews.findAll(spec, PageRequest.of(page, size, sort));
    }

    @Transactional(readOnly = true)
    public LicenceReview get(UUID id) {
        return reviews.findById(id).orElseThrow(DirectoryError::reviewNotFound);
    }

    /** Counts for the queue's header: waiting, and waiting past the target. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("pending", reviews.countByStatus(LicenceReview.Status.PENDING));
        counts.put("overdue", reviews.countByStatusAndDueAtBefore(LicenceReview.Status.PENDING, clock.instant()));
        return counts;
    }

    @Transactional
    public LicenceReview approve(AuthenticatedUser reviewer, UUID id) {
        LicenceReview review = reviews.findById(id).orElseThrow(DirectoryError::reviewNotFound);
        Instant now = clock.instant();
        review.approve(reviewer.userId(), now);
        VerifiedValues values = review.values();
        try {
            verified.record(review.getOrganizationId(), values.name(), values.creditCode(), review.getId(), now);
            if (review.getFactoryId() != null) {
                Factory factory =
                        factories.findById(review.getFactoryId()).orElseThrow(DirectoryError::factoryNotFound);
                if (review.getKind() == LicenceReview.Kind.CLAIM && factory.getStatus() != FactoryStatus.UNCLAIMED) {
                    throw DomainException.conflict(DirectoryError.FACTORY_NOT_CLAIMABLE);
                }
                factory.applyVerified(review.getOrganizationId(), values, now);
                if (factory.getLat() == null) {
                    // placed at its county's seat (or its city's point) until it gives its own coordinates
                    regions.centre(factory.getProvinceCode(), factory.getCityCode(), factory.getCountyCode())
                            .ifPresent(p -> factory.locateApproximately(p.lat(), p.lng()));
                }
                keywords.refresh(factory);
                factories.saveAndFlush(factory);
                if (review.getKind() == LicenceReview.Kind.CLAIM) {
                    rejectRivalClaims(reviewer, review, now);
                }
                events.publishEvent(new FactoryApproved(
                        factory.getId(),
                        review.getOrganizationId(),
                        review.getKind().name(),
                        review.getId(),
                        now));
            }
            reviews.saveAndFlush(review);
        } catch (DataIntegrityViolationException e) {
            // The credit code was taken by another company between submission and approval.
            throw DirectoryError.creditCodeTaken(
                    values.creditCode(),
                    factories.findByCreditCode(values.creditCode()).orElse(null));
        }
        events.publishEvent(new OrganizationVerified(review.getOrganizationId(), values.name(), now));
        audit(reviewer, "directory.review.approve", review, null);
        notifySubmitter(review, "notify.directory.review-approved", Map.of("company", values.name()));
        return review;
    }

    @Transactional
    public LicenceReview reject(AuthenticatedUser reviewer, UUID id, String reason) {
        LicenceReview review = reviews.findById(id).orElseThrow(DirectoryError::reviewNotFound);
        Instant now = clock.instant();
        review.reject(reviewer.userId(), reason.strip(), now);
        if (review.getFactoryId() != null && review.getKind() == LicenceReview.Kind.ONBOARDING) {
            factories.findById(review.getFactoryId()).ifPresent(f -> f.markRejected(now));
        }
        reviews.saveAndFlush(review);
        if (review.getFactoryId() != null) {
            events.publishEvent(new FactoryRejected(
                    review.getFactoryId(),
                    review.getOrganizationId(),
                    review.getKind().name(),
                    review.getId(),
                    review.getReason(),
                    now));
        }
        audit(reviewer, "directory.review.reject", review, review.getReason());
        notifySubmitter(
                review,
                "notify.directory.review-rejected",
                Map.of("company", review.values().name(), "reason", review.getReason()));
        return review;
    }

    /** Approves each id in its own transaction; reports which went through and why the others did not. */
    public BatchResult approveAll(AuthenticatedUser reviewer, List<UUID> ids) {
        List<UUID> approved = new ArrayList<>();
        Map<UUID, String> failed = new LinkedHashMap<>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            try {
                transactions.executeWithoutResult(status -> approve(reviewer, id));
                approved.add(id);
            } catch (DomainException e) {
                failed.put(id, e.code());
            }
        }
        return new BatchResult(approved, failed);
    }

    private void rejectRivalClaims(AuthenticatedUser reviewer, LicenceReview winner, Instant now) {
        for (LicenceReview rival :
                reviews.findByFactoryIdAndStatus(winner.getFactoryId(), LicenceReview.Status.PENDING)) {
            if (!rival.getId().equals(winner.getId())) {
                rival.reject(reviewer.userId(), "该工厂已由其他企业认领 / claimed by another company", now);
                notifySubmitter(
                        rival,
                        "notify.directory.review-rejected",
                        Map.of("company", rival.values().name(), "reason", rival.getReason()));
            }
        }
    }

    private void notifySubmitter(LicenceReview review, String template, Map<String, Object> params) {
        notify.notifyUser(new UserNotification(
                review.getSubmittedBy(),
                "directory",
                template,
                params,
                "/directory/my-factory",
                Set.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS)));
    }

    private void audit(AuthenticatedUser reviewer, String action, LicenceReview review, String reason) {
        identity.audit(new AuditRecord(
                reviewer.userId(),
                action,
                "licence-review",
                review.getId(),
                review.values().name(),
                reason,
                Map.of("kind", review.getKind().name(), "organizationId", review.getOrganizationId())));
    }
}
