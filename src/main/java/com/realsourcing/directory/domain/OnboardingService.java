package com.realsourcing.directory.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002 六.1 工厂入驻: a factory submits its licence and is listed once a reviewer approves; a listed factory's
 * change to a verified value goes back to review while the listing keeps the verified values; an imported listing
 * is claimed through the same review; other organisations verify their company the same way without a listing.
 */
@Service
public class OnboardingService {

    private final FactoryRepository factories;
    private final LicenceReviewRepository reviews;
    private final VerifiedOrganizations verified;
    private final SubmissionRules rules;
    private final IdentityApi identity;
    private final WorkingDays workingDays;
    private final DirectoryProperties properties;
    private final Clock clock;

    OnboardingService(
            FactoryRepository factories,
            LicenceReviewRepository reviews,
            VerifiedOrganizations verified,
            SubmissionRules rules,
            IdentityApi identity,
            DirectoryProperties properties,
            Clock clock) {
        this.factories = factories;
        this.reviews = reviews;
        this.verified = verified;
        this.rules = rules;
        this.identity = identity;
        this.properties = properties;
        this.workingDays = new WorkingDays(properties.reviewZone(), new HashSet<>(properties.holidays()));
        this.clock = clock;
    }

    /**
     * The factory's licence submission. First time: a factory waiting for review. After a rejection: the same
     * factory back in the queue. Once listed: a change review, the listing unchanged until approval. An open
     * review of the organisation is replaced by the new one.
     */
    @Transactional
    public LicenceReview submitFactory(AuthenticatedUser actor, LicenceSubmission submission) {
        UUID org = actor.organizationId();
        Optional<Factory> mine = factories.findByOrganizationId(org);
        Set<UUID> held = new HashSet<>();
        mine.ifPresent(f -> {
            if (f.getIndustryTagId() != null) {
                held.add(f.getIndustryTagId());
            }
            held.addAll(f.getCategoryTagIds());
            held.addAll(f.getAttributeTagIds());
        });
        VerifiedValues values = rules.factory(org, submission, held);
        requireCreditCodeFree(values.creditCode(), org, mine.map(Factory::getId).orElse(null));
        Instant now = clock.instant();
        withdrawOpenReview(org, now);
        Factory factory;
        LicenceReview.Kind kind;
        if (mine.isEmpty()) {
            factory = factories.save(Factory.onboarding(Ids.newId(), org, values, now));
            kind = LicenceReview.Kind.ONBOARDING;
        } else {
            factory = mine.get();
            switch (factory.getStatus()) {
                case PENDING_REVIEW, REJECTED -> {
                    factory.resubmit(values, now);
                    kind = LicenceReview.Kind.ONBOARDING;
                }
                case LISTED -> kind = LicenceReview.Kind.CHANGE;
                default -> throw DomainException.forbidden(DirectoryError.FACTORY_DELISTED);
            }
        }
        return saveReview(
                new LicenceReview(Ids.newId(), kind, org, factory.getId(), actor.userId(), values, now, due(now)));
    }

    /** A factory organisation claims an imported listing with its licence; approval hands the listing over. */
    @Transactional
    public LicenceReview claim(AuthenticatedUser actor, UUID factoryId, LicenceSubmission submission) {
        UUID org = actor.organizationId();
        Factory factory = factories.findById(factoryId).orElseThrow(DirectoryError::factoryNotFound);
        if (factory.getStatus() != FactoryStatus.UNCLAIMED) {
            throw DomainException.conflict(DirectoryError.FACTORY_NOT_CLAIMABLE);
        }
        if (factories.findByOrganizationId(org).isPresent()) {
            throw DomainException.conflict(DirectoryError.ORGANIZATION_HAS_FACTORY);
        }
        VerifiedValues values = rules.factory(org, submission, Set.of());
        requireCreditCodeFree(values.creditCode(), org, factoryId);
        Instant now = clock.instant();
        withdrawOpenReview(org, now);
        return saveReview(new LicenceReview(
                Ids.newId(), LicenceReview.Kind.CLAIM, org, factoryId, actor.userId(), values, now, due(now)));
    }

    /** A trader, brand or creator verifies its company: reviewed like a factory's licence, with no listing. */
    @Transactional
    public LicenceReview submitVerification(AuthenticatedUser actor, LicenceSubmission submission) {
        UUID org = actor.organizationId();
        OrganizationType type = identity.findOrganization(org)
                .orElseThrow(DirectoryError::factoryNotFound)
                .type();
        if (type == OrganizationType.FACTORY) {
            throw DomainException.badRequest(DirectoryError.USE_ONBOARDING);
        }
        VerifiedValues values = rules.company(org, submission);
        requireCreditCodeFree(values.creditCode(), org, null);
        Instant now = clock.instant();
        withdrawOpenReview(org, now);
        return saveReview(new LicenceReview(
                Ids.newId(), LicenceReview.Kind.VERIFICATION, org, null, actor.userId(), values, now, due(now)));
    }

    /** The organisation's factory, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Factory> factoryOf(UUID organizationId) {
        return factories.findByOrganizationId(organizationId);
    }

    /** The organisation's open review, if any, and its latest decided one. */
    @Transactional(readOnly = true)
    public java.util.List<LicenceReview> reviewsOf(UUID organizationId) {
        return reviews.findByOrganizationIdOrderBySubmittedAtDesc(
                        organizationId, org.springframework.data.domain.PageRequest.of(0, 20))
                .getContent();
    }

    @Transactional(readOnly = true)
    public Optional<VerifiedOrganizations.Verified> verification(UUID organizationId) {
        return verified.find(organizationId);
    }

    Instant due(Instant submittedAt) {
        return workingDays.plus(submittedAt, properties.reviewWorkingDays());
    }

    private void withdrawOpenReview(UUID org, Instant now) {
        reviews.findByOrganizationIdAndStatus(org, LicenceReview.Status.PENDING).ifPresent(open -> {
            open.withdraw(now);
            reviews.saveAndFlush(open);
        });
    }

    private LicenceReview saveReview(LicenceReview review) {
        try {
            return reviews.saveAndFlush(review);
        } catch (DataIntegrityViolationException e) {
            // Two submissions of one organisation raced past the withdrawal: the partial unique index kept one.
            throw DomainException.conflict(DirectoryError.REVIEW_DECIDED, LicenceReview.Status.PENDING.name());
        }
    }

    /** A credit code belongs to one company: another organisation's factory or verification holding it is a 409. */
    private void requireCreditCodeFree(String creditCode, UUID org, UUID ownFactoryId) {
        factories
                .findByCreditCode(creditCode)
                .filter(f -> !f.getId().equals(ownFactoryId))
                .ifPresent(f -> {
                    throw DirectoryError.creditCodeTaken(creditCode, f);
                });
        verified.findByCreditCode(creditCode)
                .filter(v -> !v.organizationId().equals(org))
                .ifPresent(v -> {
                    throw DirectoryError.creditCodeTaken(creditCode, null);
                });
    }
}
