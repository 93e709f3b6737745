package com.realsourcing.board.domain;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RFQ quotes on procurement demands. A quote takes one of the demand's seats and one unit of the factory's monthly
 * quota; both are guarded single statements in the quote's transaction, so racing factories can never exceed
 * either, and a refused quote leaves nothing behind.
 */
@Service
public class QuoteService {

    /** The buyer's actions on a quote. */
    public enum Decision {
        SHORTLIST,
        ACCEPT,
        DECLINE
    }

    /** How much of this month's quota the factory has used. */
    public record Quota(int used, int limit, LocalDate month) {}

    private final QuoteRepository quotes;
    private final PostingRepository postings;
    private final DirectoryApi directory;
    private final FilesApi files;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final JdbcClient jdbc;
    private final BoardProperties properties;
    private final Clock clock;

    QuoteService(
            QuoteRepository quotes,
            PostingRepository postings,
            DirectoryApi directory,
            FilesApi files,
            IdentityApi identity,
            NotifyApi notify,
            JdbcClient jdbc,
            BoardProperties properties,
            Clock clock) {
        this.quotes = quotes;
        this.postings = postings;
        this.directory = directory;
        this.files = files;
        this.identity = identity;
        this.notify = notify;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Quotes (or revises the factory's quote) on a published RFQ. */
    @Transactional
    public Quote submit(AuthenticatedUser factory, UUID postingId, Quote.Terms terms) {
        Posting posting = rfq(postingId);
        if (posting.getOrganizationId().equals(factory.organizationId())) {
            throw DomainException.badRequest(BoardError.QUOTE_OWN_POSTING);
        }
        if (!posting.isPublished() || !posting.getValidUntil().isAfter(clock.instant())) {
            throw DomainException.conflict(BoardError.RFQ_CLOSED);
        }
        if (!directory.isVerified(factory.organizationId())) {
            throw DomainException.forbidden(BoardError.NOT_VERIFIED);
        }
        check(factory, terms);
        Instant now = clock.instant();
        Optional<Quote> existing = quotes.findByPostingIdAndOrganizationId(postingId, factory.organizationId());
        if (existing.isPresent() && existing.get().getStatus() != Quote.Status.WITHDRAWN) {
            existing.get().revise(factory.userId(), terms, now);
            return quotes.saveAndFlush(existing.get());
        }
        takeQuota(factory.organizationId(), now);
        takeSeat(postingId);
        Quote quote;
        if (existing.isPresent()) {
            quote = existing.get();
            quote.revise(factory.userId(), terms, now);
        } else {
            quote = new Quote(Ids.newId(), postingId, factory.organizationId(), factory.userId(), terms, now);
        }
        quotes.saveAndFlush(quote);
        String factoryName = identity.findOrganization(factory.organizationId())
                .map(o -> o.name())
                .orElse("");
        tellOrganization(
                posting.getOrganizationId(),
                "notify.board.quote-received",
                Map.of("factory", factoryName, "title", posting.getTitle()),
                "/board/postings/" + postingId + "/quotes");
        return quote;
    }

    @Transactional
    public Quote withdraw(AuthenticatedUser factory, UUID quoteId) {
        Quote quote = quotes.findById(quoteId)
                .filter(q -> q.getOrganizationId().equals(factory.organizationId()))
                .orElseThrow(() -> DomainException.notFound(BoardError.QUOTE_NOT_FOUND));
        quote.withdraw(clock.instant());
        // the seat opens again for another factory; the quota unit stays used
        jdbc.sql("update board.postings set quote_count = quote_count - 1 where id = ? and quote_count > 0")
                .param(quote.getPostingId())
                .update();
        return quotes.saveAndFlush(quote);
    }

    /** The buyer shortlists, accepts or declines a quote on its own RFQ. */
    @Transactional
    public Quote decide(AuthenticatedUser buyer, UUID quoteId, Decision decision) {
        Quote quote = quotes.findById(quoteId).orElseThrow(() -> DomainException.notFound(BoardError.QUOTE_NOT_FOUND));
        Posting posting = postings.findByIdAndOrganizationId(quote.getPostingId(), buyer.organizationId())
                .orElseThrow(() -> DomainException.notFound(BoardError.QUOTE_NOT_FOUND));
        Instant now = clock.instant();
        switch (decision) {
            case SHORTLIST -> quote.shortlist(now);
            case ACCEPT -> quote.accept(now);
            case DECLINE -> quote.decline(now);
        }
        quotes.saveAndFlush(quote);
        if (decision != Decision.SHORTLIST) {
            tellOrganization(
                    quote.getOrganizationId(),
                    "notify.board.quote-" + (decision == Decision.ACCEPT ? "accepted" : "declined"),
                    Map.of("title", posting.getTitle()),
                    "/board/quotes");
        }
        return quote;
    }

    /**
     * The quotes on a demand: all of them, cheapest first, for its buyer (to compare side by side); only its own for
     * a factory that quoted; nothing for anyone else (404).
     */
    @Transactional(readOnly = true)
    public List<Quote> onPosting(AuthenticatedUser viewer, UUID postingId) {
        Posting posting = postings.findById(postingId).orElseThrow(PostingService::notFound);
        if (posting.getOrganizationId().equals(viewer.organizationId())) {
            return quotes.findByPostingId(postingId).stream()
                    .sorted(Comparator.comparing(Quote::getUnitPrice).thenComparing(Quote::getCreatedAt))
                    .toList();
        }
        Optional<Quote> own = quotes.findByPostingIdAndOrganizationId(postingId, viewer.organizationId());
        if (own.isPresent()) {
            return List.of(own.get());
        }
        throw PostingService.notFound();
    }

    @Transactional(readOnly = true)
    public Page<Quote> mine(AuthenticatedUser factory, int page, int size) {
        return quotes.findByOrganizationId(
                factory.organizationId(), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt")));
    }

    @Transactional(readOnly = true)
    public Quota quota(AuthenticatedUser factory) {
        LocalDate month = month(clock.instant());
        int used = jdbc.sql("select used from board.quote_quota where organization_id = ? and month = ?")
                .params(factory.organizationId(), month)
                .query(Integer.class)
                .optional()
                .orElse(0);
        return new Quota(used, properties.monthlyQuoteQuota(), month);
    }

    private Posting rfq(UUID postingId) {
        Posting posting = postings.findById(postingId)
                .filter(p -> p.isPublished()
                        || p.getStatus() == PostingStatus.EXPIRED
                        || p.getStatus() == PostingStatus.CLOSED)
                .orElseThrow(PostingService::notFound);
        if (posting.getKind() != PostingKind.PROCUREMENT) {
            throw DomainException.badRequest(BoardError.NOT_AN_RFQ);
        }
        return posting;
    }

    private void check(AuthenticatedUser factory, Quote.Terms terms) {
        if (terms.validUntil().isBefore(LocalDate.now(clock.withZone(properties.zone())))) {
            throw DomainException.invalidField("validUntil", BoardError.QUOTE_VALIDITY);
        }
        try {
            Currency.getInstance(terms.currency());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("currency", BoardError.CURRENCY_INVALID, terms.currency());
        }
        for (UUID id : terms.attachmentFileIds()) {
            if (files.findOwnedBy(id, factory.organizationId()).isEmpty()) {
                throw DomainException.invalidField("attachmentFileIds", BoardError.FILE_INVALID, id.toString());
            }
        }
        if (terms.unitPrice().signum() <= 0 || terms.moq().signum() <= 0) {
            throw DomainException.invalidField("unitPrice", BoardError.PRICE_RANGE);
        }
    }

    private void takeQuota(UUID organizationId, Instant now) {
        int limit = properties.monthlyQuoteQuota();
        boolean taken = jdbc.sql(
                        """
                        insert into board.quote_quota (organization_id, month, used) values (?, ?, 1)
                        on conflict (organization_id, month)
                        do update set used = board.quote_quota.used + 1 where board.quote_quota.used < ?
                        returning used
                        """)
                .params(organizationId, month(now), limit)
                .query(Integer.class)
                .optional()
                .isPresent();
        if (!taken || limit <= 0) {
            throw new DomainException(HttpStatus.CONFLICT, BoardError.QUOTE_QUOTA_EXHAUSTED, limit)
                    .with("limit", limit);
        }
    }

    private void takeSeat(UUID postingId) {
        int updated = jdbc.sql(
                        """
                        update board.postings set quote_count = quote_count + 1
                        where id = ? and status = 'PUBLISHED' and quote_count < quote_seats
                        """)
                .param(postingId)
                .update();
        if (updated == 0) {
            throw DomainException.conflict(BoardError.QUOTE_SEATS_FULL);
        }
    }

    private LocalDate month(Instant now) {
        return LocalDate.ofInstant(now, properties.zone()).withDayOfMonth(1);
    }

    void tellOrganization(UUID organizationId, String template, Map<String, Object> params, String link) {
        identity.membersOf(organizationId)
                .forEach(user -> notify.notifyUser(new UserNotification(
                        user,
                        "board",
                        template,
                        params,
                        link,
                        java.util.Set.of(com.realsourcing.notify.api.Channel.IN_APP))));
    }
}
