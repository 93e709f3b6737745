package com.realsourcing.directory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FactoryRepository extends JpaRepository<Factory, UUID> {

    Optional<Factory> findByOrganizationId(UUID organizationId);

    Optional<Factory> findByCreditCode(String creditCode);

    @Query(
            value =
                    "select * from directory.factories where :tag = any(category_tag_ids) or :tag = any(attribute_tag_ids)"
                            + " or industry_tag_id = :tag",
            nativeQuery = true)
    List<Factory> findTagged(UUID tag);

    @Query(
            value = "select * from directory.factories where status = 'LISTED' and category_tag_ids && :tags"
                    + " order by (verified_at is not null) desc, listed_at desc nulls last limit :limit",
            nativeQuery = true)
    List<Factory> findMaking(UUID[] tags, int limit);

    @Modifying
    @Query("update Factory f set f.inquiryCount = f.inquiryCount + 1 where f.id = :id")
    int countInquiry(UUID id);
}

interface LicenceReviewRepository extends JpaRepository<LicenceReview, UUID>, JpaSpecificationExecutor<LicenceReview> {

    Optional<LicenceReview> findByOrganizationIdAndStatus(UUID organizationId, LicenceReview.Status status);

    List<LicenceReview> findByFactoryIdAndStatus(UUID factoryId, LicenceReview.Status status);

    Page<LicenceReview> findByOrganizationIdOrderBySubmittedAtDesc(UUID organizationId, Pageable pageable);

    long countByStatusAndDueAtBefore(LicenceReview.Status status, Instant at);

    long countByStatus(LicenceReview.Status status);
}

interface CertificationRepository extends JpaRepository<Certification, UUID> {

    List<Certification> findByFactoryIdOrderByCreatedAt(UUID factoryId);

    Optional<Certification> findByIdAndFactoryId(UUID id, UUID factoryId);

    Page<Certification> findByStatusOrderByCreatedAt(Certification.Status status, Pageable pageable);

    @Query("select c from Certification c where c.status = 'VERIFIED' and c.validUntil is not null"
            + " and c.validUntil <= :until and c.remindedAt is null")
    List<Certification> findDueForReminder(LocalDate until);

    @Query("select c from Certification c where c.status = 'VERIFIED' and c.validUntil is not null"
            + " and c.validUntil <= :until order by c.validUntil")
    Page<Certification> findExpiringBy(LocalDate until, Pageable pageable);

    List<Certification> findByFactoryIdInAndStatus(Collection<UUID> factoryIds, Certification.Status status);
}

interface ShowcaseProductRepository extends JpaRepository<ShowcaseProduct, UUID> {

    List<ShowcaseProduct> findByFactoryIdOrderByPositionAscCreatedAtAsc(UUID factoryId);

    Optional<ShowcaseProduct> findByIdAndFactoryId(UUID id, UUID factoryId);

    long countByFactoryId(UUID factoryId);
}

interface InquiryRepository extends JpaRepository<Inquiry, UUID> {

    Page<Inquiry> findByFactoryIdOrderByCreatedAtDesc(UUID factoryId, Pageable pageable);

    Page<Inquiry> findByBuyerOrganizationIdOrderByCreatedAtDesc(UUID buyerOrganizationId, Pageable pageable);

    long countByFactoryIdAndStatus(UUID factoryId, Inquiry.Status status);
}
