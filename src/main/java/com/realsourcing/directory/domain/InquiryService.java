package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.InquirySent;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 询盘: buyers ask listed factories; factories read them on their dashboard; buyers keep what they sent. */
@Service
public class InquiryService {

    public record NewInquiry(UUID productId, String productName, int quantity, String unit, String message) {}

    private final InquiryRepository inquiries;
    private final FactoryRepository factories;
    private final ShowcaseProductRepository products;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final ApplicationEventPublisher events;
    private final jakarta.persistence.EntityManager entityManager;
    private final Clock clock;

    InquiryService(
            InquiryRepository inquiries,
            FactoryRepository factories,
            ShowcaseProductRepository products,
            IdentityApi identity,
            NotifyApi notify,
            ApplicationEventPublisher events,
            jakarta.persistence.EntityManager entityManager,
            Clock clock) {
        this.inquiries = inquiries;
        this.factories = factories;
        this.products = products;
        this.identity = identity;
        this.notify = notify;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Inquiry send(AuthenticatedUser buyer, UUID factoryId, NewInquiry request) {
        Factory factory =
                factories.findById(factoryId).filter(Factory::isListed).orElseThrow(DirectoryError::factoryNotFound);
        if (factory.getStatus() != FactoryStatus.LISTED) {
            // An unclaimed listing has nobody to answer yet.
            throw DomainException.conflict(DirectoryError.FACTORY_NOT_LISTED);
        }
        if (buyer.organizationId().equals(factory.getOrganizationId())) {
            throw DomainException.badRequest(DirectoryError.OWN_FACTORY);
        }
        String productName = request.productName();
        if (request.productId() != null) {
            ShowcaseProduct product = products.findByIdAndFactoryId(request.productId(), factoryId)
                    .orElseThrow(() -> DomainException.invalidField("productId", DirectoryError.PRODUCT_NOT_FOUND));
            if (productName == null || productName.isBlank()) {
                productName = product.getName();
            }
        }
        if (productName == null || productName.isBlank()) {
            throw DomainException.invalidField("productName", DirectoryError.PRODUCT_NOT_FOUND);
        }
        Instant now = clock.instant();
        Inquiry inquiry = inquiries.save(new Inquiry(
                Ids.newId(),
                factoryId,
                buyer.organizationId(),
                buyer.userId(),
                request.productId(),
                productName.strip(),
                request.quantity(),
                request.unit().strip(),
                request.message().strip(),
                now));
        // One statement counts, so concurrent inquiries never lose one; the search index (the "most inquired"
        // sort) does not see a bulk update, so the listing is re-read and re-indexed with its new count.
        factories.countInquiry(factoryId);
        entityManager.refresh(factory);
        org.hibernate.search.mapper.orm.Search.session(entityManager)
                .indexingPlan()
                .addOrUpdate(factory);
        String buyerName = identity.findOrganization(buyer.organizationId())
                .map(o -> o.name())
                .orElse("");
        events.publishEvent(new InquirySent(
                inquiry.getId(),
                factoryId,
                factory.getOrganizationId(),
                buyer.organizationId(),
                buyer.userId(),
                inquiry.getProductName(),
                inquiry.getQuantity(),
                inquiry.getUnit(),
                inquiry.getMessage(),
                now));
        notifyFactory(factory, buyerName, inquiry);
        return inquiry;
    }

    private void notifyFactory(Factory factory, String buyerName, Inquiry inquiry) {
        // The factory's members are identity's to know; the people who submitted its licence are ours.
        identity.membersOf(factory.getOrganizationId())
                .forEach(userId -> notify.notifyUser(UserNotification.inApp(
                        userId,
                        "directory",
                        "notify.directory.inquiry-received",
                        Map.of(
                                "buyer",
                                buyerName,
                                "product",
                                inquiry.getProductName(),
                                "quantity",
                                inquiry.getQuantity() + " " + inquiry.getUnit()))));
    }

    @Transactional(readOnly = true)
    public Page<Inquiry> received(AuthenticatedUser actor, int page, int size) {
        Factory factory =
                factories.findByOrganizationId(actor.organizationId()).orElseThrow(DirectoryError::factoryNotFound);
        return inquiries.findByFactoryIdOrderByCreatedAtDesc(factory.getId(), PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public Page<Inquiry> sent(AuthenticatedUser actor, int page, int size) {
        return inquiries.findByBuyerOrganizationIdOrderByCreatedAtDesc(
                actor.organizationId(), PageRequest.of(page, size));
    }

    @Transactional
    public Inquiry markRead(AuthenticatedUser actor, UUID id) {
        Factory factory =
                factories.findByOrganizationId(actor.organizationId()).orElseThrow(DirectoryError::factoryNotFound);
        Inquiry inquiry = inquiries
                .findById(id)
                .filter(i -> i.getFactoryId().equals(factory.getId()))
                .orElseThrow(() -> DomainException.notFound("directory.inquiry-not-found"));
        inquiry.markRead(clock.instant());
        return inquiry;
    }

    @Transactional(readOnly = true)
    public long unread(UUID factoryId) {
        return inquiries.countByFactoryIdAndStatus(factoryId, Inquiry.Status.NEW);
    }
}
