package com.realsourcing.board.domain;

import com.realsourcing.board.api.PostingPublished;
import com.realsourcing.board.api.PostingRejected;
import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审核中心 (seed 002 四.(二)): the queue of first submissions and new versions of published postings, flagged ones
 * marked; approve, reject with a reason pushed to the author (审核驳回 → 推送驳回原因), both one by one and in batch;
 * taking a published posting down after a complaint.
 */
@Service
public class PostingReviews {

    /** One item's outcome in a batch: decided, or the error code that stopped it. */
    public record BatchOutcome(UUID postingId, boolean done, String code) {}

    private final PostingRepository postings;
    private final ModerationLog log;
    private final FilesApi files;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PostingReviews(
            PostingRepository postings,
            ModerationLog log,
            FilesApi files,
            IdentityApi identity,
            NotifyApi notify,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.postings = postings;
        this.log = log;
        this.files = files;
        this.identity = identity;
        this.notify = notify;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Posting> queue(PostingKind kind, boolean flaggedOnly, int page, int size) {
        Collection<PostingKind> kinds = kind == null ? EnumSet.allOf(PostingKind.class) : EnumSet.of(kind);
        return postings.reviewQueue(kinds, flaggedOnly, PageRequest.of(page, size));
    }

    /** Approves the posting's first submission or its pending new version. */
    @Transactional
    public Posting approve(AuthenticatedUser reviewer, UUID id) {
        Posting posting = postings.findById(id).orElseThrow(PostingService::notFound);
        Instant now = clock.instant();
        boolean revision = posting.hasPendingRevision();
        if (revision) {
            posting.approveRevision(now);
        } else if (posting.getStatus() == PostingStatus.PENDING_REVIEW) {
            posting.approve(now);
        } else {
            throw DomainException.conflict(BoardError.REVIEW_DECIDED);
        }
        postings.saveAndFlush(posting);
        // a published posting's pictures are for everyone; drawings stay behind sign-in (PostingFiles)
        posting.getMediaFileIds().forEach(f -> files.changeVisibility(f, FileVisibility.PUBLIC));
        log.record(id, ModerationLog.Action.APPROVED, revision, reviewer.userId(), null, List.of(), now);
        events.publishEvent(
                new PostingPublished(id, posting.getKind().name(), posting.getOrganizationId(), revision, now));
        tell(posting, revision ? "revision-approved" : "approved", null);
        return posting;
    }

    /** Rejects the first submission or the pending new version (the published one then stays as it was). */
    @Transactional
    public Posting reject(AuthenticatedUser reviewer, UUID id, String reason) {
        String why = requireReason(reason);
        Posting posting = postings.findById(id).orElseThrow(PostingService::notFound);
        Instant now = clock.instant();
        boolean revision = posting.hasPendingRevision();
        if (revision) {
            posting.rejectRevision(why, now);
        } else if (posting.getStatus() == PostingStatus.PENDING_REVIEW) {
            posting.reject(why, now);
        } else {
            throw DomainException.conflict(BoardError.REVIEW_DECIDED);
        }
        postings.saveAndFlush(posting);
        log.record(id, ModerationLog.Action.REJECTED, revision, reviewer.userId(), why, List.of(), now);
        events.publishEvent(
                new PostingRejected(id, posting.getKind().name(), posting.getOrganizationId(), revision, why, now));
        tell(posting, revision ? "revision-rejected" : "rejected", why);
        return posting;
    }

    /** Takes a published posting off the board (a complaint upheld, or found false after publication). */
    @Transactional
    public Posting takeDown(AuthenticatedUser reviewer, UUID id, String reason) {
        String why = requireReason(reason);
        Posting posting = postings.findById(id).orElseThrow(PostingService::notFound);
        Instant now = clock.instant();
        posting.reject(why, now);
        postings.saveAndFlush(posting);
        log.record(id, ModerationLog.Action.TAKEN_DOWN, false, reviewer.userId(), why, List.of(), now);
        events.publishEvent(
                new PostingRejected(id, posting.getKind().name(), posting.getOrganizationId(), false, why, now));
        tell(posting, "taken-down", why);
        return posting;
    }

    /** 批量审核: each item decided in its own transaction, so one stale item does not undo the others. */
    public List<BatchOutcome> batch(AuthenticatedUser reviewer, List<UUID> ids, boolean approve, String reason) {
        if (!approve) {
            requireReason(reason);
        }
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (UUID id : Set.copyOf(ids).stream().sorted().toList()) {
            try {
                transactions.executeWithoutResult(tx -> {
                    if (approve) {
                        approve(reviewer, id);
                    } else {
                        reject(reviewer, id, reason);
                    }
                });
                outcomes.add(new BatchOutcome(id, true, null));
            } catch (DomainException e) {
                outcomes.add(new BatchOutcome(id, false, e.code()));
            } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                outcomes.add(new BatchOutcome(id, false, BoardError.REVIEW_DECIDED));
            }
        }
        return outcomes;
    }

    private void tell(Posting posting, String what, String reason) {
        Map<String, Object> params = reason == null
                ? Map.of("title", posting.getTitle())
                : Map.of("title", posting.getTitle(), "reason", reason);
        // the author, and the organisation's other members who manage postings see it in their centre
        List<UUID> recipients = new ArrayList<>(identity.membersOf(posting.getOrganizationId()));
        if (!recipients.contains(posting.getAuthorUserId())) {
            recipients.add(posting.getAuthorUserId());
        }
        for (UUID user : recipients) {
            Set<Channel> channels = user.equals(posting.getAuthorUserId())
                    ? EnumSet.of(Channel.IN_APP, Channel.WECHAT)
                    : EnumSet.of(Channel.IN_APP);
            notify.notifyUser(new UserNotification(
                    user, "board", "notify.board.posting-" + what, params, "/board/mine/" + posting.getId(), channels));
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw DomainException.invalidField("reason", BoardError.REASON_REQUIRED);
        }
        return reason.strip();
    }
}
