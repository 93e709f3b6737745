package com.realsourcing.board.domain;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.DomainException.FieldError;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An author's side of the board: create (at most once per idempotency key), edit, submit to review, withdraw,
 * close and repost postings, and list them. Submitting runs the automatic check first: BLOCK words refuse the
 * submission on the spot with the words shown; REVIEW words flag it for the reviewer (seed 002 六.2 and 七).
 */
@Service
public class PostingService {

    /** A posting and whether this call made it (false when an idempotency key replayed an earlier call). */
    public record Created(Posting posting, boolean created) {}

    private final PostingRepository postings;
    private final PostingRules rules;
    private final Moderation moderation;
    private final ModerationLog log;
    private final DirectoryApi directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PostingService(
            PostingRepository postings,
            PostingRules rules,
            Moderation moderation,
            ModerationLog log,
            DirectoryApi directory,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.postings = postings;
        this.rules = rules;
        this.moderation = moderation;
        this.log = log;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Creates a posting, submitted to review unless {@code draft}. A second call with the same idempotency key
     * returns the first call's posting, also when both race (the unique key decides).
     */
    public Created create(
            AuthenticatedUser author, PostingKind kind, PostingContent content, boolean draft, String idempotencyKey) {
        String key = checkKey(idempotencyKey);
        Optional<Posting> earlier = postings.findByOrganizationIdAndIdempotencyKey(author.organizationId(), key);
        if (earlier.isPresent()) {
            return new Created(earlier.get(), false);
        }
        try {
            Posting posting = transactions.execute(tx -> createNow(author, kind, content, draft, key));
            return new Created(posting, true);
        } catch (DataIntegrityViolationException race) {
            return postings.findByOrganizationIdAndIdempotencyKey(author.organizationId(), key)
                    .map(p -> new Created(p, false))
                    .orElseThrow(() -> race);
        }
    }

    private Posting createNow(
            AuthenticatedUser author, PostingKind kind, PostingContent content, boolean draft, String key) {
        requireKind(author, kind);
        if (!draft) {
            requireVerified(author);
        }
        PostingSnapshot snapshot = rules.resolve(kind, author.organizationId(), content, null);
        List<ModerationHit> hits = draft ? List.of() : screen(kind, content, null);
        Instant now = clock.instant();
        Posting posting = new Posting(Ids.newId(), kind, author.organizationId(), author.userId(), key, snapshot, now);
        if (!draft) {
            posting.submit(hits, now);
        }
        postings.saveAndFlush(posting);
        if (!draft) {
            logSubmission(posting, author, hits, false, now);
        }
        return posting;
    }

    /**
     * Changes a posting. Nothing approved on show (draft, under review, rejected): changed in place — and a
     * rejected one goes back to review. Published: the new version waits for review while this one stays up.
     */
    @Transactional
    public Posting update(AuthenticatedUser author, UUID id, PostingContent content) {
        Posting posting = own(author, id);
        PostingSnapshot current = posting.snapshot();
        PostingSnapshot snapshot = rules.resolve(posting.getKind(), author.organizationId(), content, current);
        Instant now = clock.instant();
        switch (posting.getStatus()) {
            case DRAFT -> posting.edit(snapshot, now);
            case PENDING_REVIEW, REJECTED -> {
                requireVerified(author);
                List<ModerationHit> hits = screen(posting.getKind(), content, posting);
                posting.edit(snapshot, now);
                if (posting.getStatus() == PostingStatus.REJECTED) {
                    posting.submit(hits, now);
                } else {
                    posting.resubmit(hits, now);
                }
                logSubmission(posting, author, hits, false, now);
            }
            case PUBLISHED -> {
                requireVerified(author);
                List<ModerationHit> hits = screen(posting.getKind(), content, posting);
                posting.proposeRevision(snapshot, hits, now);
                logSubmission(posting, author, hits, true, now);
            }
            default ->
                throw DomainException.conflict(
                        BoardError.POSTING_NOT_EDITABLE, posting.getStatus().name());
        }
        return postings.saveAndFlush(posting);
    }

    /** Sends a draft to review. */
    @Transactional
    public Posting submit(AuthenticatedUser author, UUID id) {
        Posting posting = own(author, id);
        requireVerified(author);
        PostingContent content = rules.content(posting.getKind(), posting.snapshot());
        List<ModerationHit> hits = screen(posting.getKind(), content, posting);
        Instant now = clock.instant();
        posting.submit(hits, now);
        logSubmission(posting, author, hits, false, now);
        return postings.saveAndFlush(posting);
    }

    /** 下架: takes a published (or still pending) posting off the board. */
    @Transactional
    public Posting withdraw(AuthenticatedUser author, UUID id) {
        Posting posting = own(author, id);
        Instant now = clock.instant();
        posting.withdraw(now);
        log.record(posting.getId(), ModerationLog.Action.WITHDRAWN, false, author.userId(), null, List.of(), now);
        return postings.saveAndFlush(posting);
    }

    /** The author is done (the demand was filled, the job staffed). */
    @Transactional
    public Posting close(AuthenticatedUser author, UUID id) {
        Posting posting = own(author, id);
        Instant now = clock.instant();
        posting.close(now);
        log.record(posting.getId(), ModerationLog.Action.CLOSED, false, author.userId(), null, List.of(), now);
        return postings.saveAndFlush(posting);
    }

    /** 重新发布: an expired or withdrawn posting up again until {@code validUntil} (default: the usual period). */
    @Transactional
    public Posting repost(AuthenticatedUser author, UUID id, LocalDate validUntil) {
        Posting posting = own(author, id);
        requireVerified(author);
        PostingContent content = rules.content(posting.getKind(), posting.snapshot());
        PostingContent renewed = new PostingContent(
                content.title(),
                content.description(),
                content.provinceCode(),
                content.cityCode(),
                content.countyCode(),
                content.addressLine(),
                content.categoryTagId(),
                validUntil,
                content.mediaFileIds(),
                content.procurement(),
                content.inventory(),
                content.job(),
                content.oemDemand(),
                content.oemService());
        // the usual rules apply again: a delivery date or job start may have passed meanwhile
        PostingSnapshot snapshot =
                rules.resolve(posting.getKind(), author.organizationId(), renewed, posting.snapshot());
        if (!posting.getStatus().canMoveTo(PostingStatus.PENDING_REVIEW)
                || posting.getStatus() == PostingStatus.REJECTED) {
            throw new DomainException(
                    HttpStatus.CONFLICT,
                    BoardError.ILLEGAL_TRANSITION,
                    posting.getStatus().name(),
                    PostingStatus.PUBLISHED.name());
        }
        List<ModerationHit> hits = screen(posting.getKind(), renewed, posting);
        Instant now = clock.instant();
        posting.repost(snapshot.validUntil(), hits, now);
        log.record(posting.getId(), ModerationLog.Action.REPOSTED, false, author.userId(), null, hits, now);
        return postings.saveAndFlush(posting);
    }

    /** Deletes a draft nobody else has seen. */
    @Transactional
    public void deleteDraft(AuthenticatedUser author, UUID id) {
        Posting posting = own(author, id);
        if (posting.getStatus() != PostingStatus.DRAFT) {
            throw DomainException.conflict(
                    BoardError.POSTING_NOT_EDITABLE, posting.getStatus().name());
        }
        postings.delete(posting);
    }

    @Transactional(readOnly = true)
    public Page<Posting> mine(AuthenticatedUser author, PostingKind kind, PostingStatus status, int page, int size) {
        PageRequest paging = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt"));
        if (status != null) {
            return postings.findByOrganizationIdAndStatusIn(author.organizationId(), EnumSet.of(status), paging);
        }
        if (kind != null) {
            return postings.findByOrganizationIdAndKind(author.organizationId(), kind, paging);
        }
        return postings.findByOrganizationId(author.organizationId(), paging);
    }

    /**
     * A posting as {@code viewer} may see it: published ones by anybody, others by their organisation's members
     * and by reviewers; anybody else is told it does not exist.
     */
    @Transactional(readOnly = true)
    public Posting view(AuthenticatedUser viewer, UUID id) {
        Posting posting = postings.findById(id).orElseThrow(PostingService::notFound);
        if (posting.isPublished() || mayReview(viewer) || owns(viewer, posting)) {
            return posting;
        }
        throw notFound();
    }

    /** Notes that a signed-in user looked at a published posting (recommendations; unique viewers). */
    public void recordView(AuthenticatedUser viewer, Posting posting) {
        if (viewer == null || !posting.isPublished() || owns(viewer, posting)) {
            return;
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql(
                        """
                        insert into board.posting_views (user_id, posting_id, viewed_at) values (?, ?, ?)
                        on conflict (user_id, posting_id) do update set viewed_at = excluded.viewed_at
                        returning (xmax = 0)
                        """)
                .params(viewer.userId(), posting.getId(), java.sql.Timestamp.from(now))
                .query(Boolean.class)
                .optional()
                .filter(Boolean::booleanValue)
                .map(b -> 1)
                .orElse(0);
        if (inserted == 1) {
            jdbc.sql("update board.postings set view_count = view_count + 1 where id = ?")
                    .param(posting.getId())
                    .update();
        }
    }

    /** A posting's title, whatever its status (for records that point at it). */
    @Transactional(readOnly = true)
    public String titleOf(UUID id) {
        return postings.findById(id).map(Posting::getTitle).orElse(null);
    }

    public PostingDetails details(Posting posting) {
        return rules.details(posting.getKind(), posting.getDetails());
    }

    public PostingContent content(Posting posting) {
        return rules.content(posting.getKind(), posting.snapshot());
    }

    public Optional<PostingContent> pendingContent(Posting posting) {
        return Optional.ofNullable(posting.getPendingContent()).map(s -> rules.content(posting.getKind(), s));
    }

    public List<ModerationLog.Entry> history(AuthenticatedUser viewer, UUID id) {
        view(viewer, id);
        return log.of(id);
    }

    static boolean owns(AuthenticatedUser viewer, Posting posting) {
        return viewer != null && viewer.organizationId().equals(posting.getOrganizationId());
    }

    static boolean mayReview(AuthenticatedUser viewer) {
        return viewer != null && viewer.can(BoardPermissions.REVIEW_DECIDE);
    }

    // ---- helpers ----

    private Posting own(AuthenticatedUser author, UUID id) {
        return postings.findByIdAndOrganizationId(id, author.organizationId()).orElseThrow(PostingService::notFound);
    }

    private List<ModerationHit> screen(PostingKind kind, PostingContent content, Posting existing) {
        List<ModerationEngine.Field> fields = new ArrayList<>();
        fields.add(new ModerationEngine.Field("title", content.title()));
        fields.add(new ModerationEngine.Field("description", content.description()));
        fields.add(new ModerationEngine.Field("addressLine", content.addressLine()));
        String detailsField = PostingContent.detailsField(kind);
        if (content.details() != null) {
            content.details().searchTexts().forEach(t -> fields.add(new ModerationEngine.Field(detailsField, t)));
            if (content.details() instanceof ProcurementDetails p) {
                fields.add(new ModerationEngine.Field(detailsField + ".productName", p.productName()));
            } else if (content.details() instanceof InventoryDetails i) {
                fields.add(new ModerationEngine.Field(detailsField + ".productName", i.productName()));
            }
        }
        List<ModerationHit> hits = moderation.check(fields);
        if (ModerationEngine.blocks(hits)) {
            if (existing != null) {
                log.record(
                        existing.getId(),
                        ModerationLog.Action.AUTO_BLOCKED,
                        existing.isPublished(),
                        null,
                        null,
                        hits,
                        clock.instant());
            }
            List<ModerationHit> blocked = hits.stream()
                    .filter(h -> h.level() == ModerationLevel.BLOCK)
                    .toList();
            String words = String.join(
                    "、", blocked.stream().map(ModerationHit::text).distinct().toList());
            throw new DomainException(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            BoardError.BLOCKED_WORDS,
                            blocked.stream()
                                    .map(h -> new FieldError(h.field(), BoardError.BLOCKED_WORDS, h.text()))
                                    .toList(),
                            words)
                    .with("hits", blocked);
        }
        return hits;
    }

    private void logSubmission(
            Posting posting, AuthenticatedUser author, List<ModerationHit> hits, boolean revision, Instant now) {
        log.record(posting.getId(), ModerationLog.Action.SUBMITTED, revision, author.userId(), null, List.of(), now);
        if (!hits.isEmpty()) {
            log.record(posting.getId(), ModerationLog.Action.AUTO_FLAGGED, revision, null, null, hits, now);
        }
    }

    private static void requireKind(AuthenticatedUser author, PostingKind kind) {
        if (!author.capabilities().contains(kind.requires())) {
            throw DomainException.forbidden(BoardError.KIND_NOT_ALLOWED, kind.name());
        }
    }

    private void requireVerified(AuthenticatedUser author) {
        if (!directory.isVerified(author.organizationId())) {
            throw DomainException.forbidden(BoardError.NOT_VERIFIED);
        }
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank() || key.strip().length() > 100) {
            throw DomainException.badRequest(BoardError.IDEMPOTENCY_KEY);
        }
        return key.strip();
    }

    static DomainException notFound() {
        return DomainException.notFound(BoardError.POSTING_NOT_FOUND);
    }
}
