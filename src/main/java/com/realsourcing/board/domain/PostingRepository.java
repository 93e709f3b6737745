package com.realsourcing.board.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostingRepository extends JpaRepository<Posting, UUID> {

    Optional<Posting> findByOrganizationIdAndIdempotencyKey(UUID organizationId, String idempotencyKey);

    Optional<Posting> findByIdAndOrganizationId(UUID id, UUID organizationId);

    Page<Posting> findByOrganizationId(UUID organizationId, Pageable pageable);

    Page<Posting> findByOrganizationIdAndStatusIn(
            UUID organizationId, Collection<PostingStatus> statuses, Pageable pageable);

    Page<Posting> findByOrganizationIdAndKind(UUID organizationId, PostingKind kind, Pageable pageable);

    @Query("select p.id from Posting p where p.status = com.realsourcing.board.domain.PostingStatus.PUBLISHED"
            + " and p.validUntil <= ?1 order by p.validUntil")
    List<UUID> findExpired(Instant now, Pageable pageable);

    /**
     * Published postings of one kind that share a term or the category with a posting, of other organisations
     * (matching's candidates), newest first.
     */
    @Query(
            value = "select * from board.postings where status = 'PUBLISHED' and kind = :kind"
                    + " and organization_id <> :organization"
                    + " and (term_ids && cast(:terms as uuid[]) or (cast(:category as uuid) is not null"
                    + " and category_tag_id = cast(:category as uuid)))"
                    + " order by published_at desc limit :limit",
            nativeQuery = true)
    List<Posting> findPublishedCounterparts(String kind, UUID[] terms, UUID category, UUID organization, int limit);

    /** The review queue: first submissions and new versions of published postings, oldest first. */
    @Query("select p from Posting p where (p.status = com.realsourcing.board.domain.PostingStatus.PENDING_REVIEW"
            + " or p.pendingContent is not null)"
            + " and p.kind in ?1"
            + " and (?2 = false or p.reviewFlagged = true or p.pendingFlagged = true)"
            + " order by coalesce(p.pendingSubmittedAt, p.submittedAt)")
    Page<Posting> reviewQueue(Collection<PostingKind> kinds, boolean flaggedOnly, Pageable pageable);
}
