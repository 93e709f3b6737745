package com.realsourcing.board.web;

import com.realsourcing.board.domain.Posting;
import com.realsourcing.board.domain.PostingService;
import com.realsourcing.board.domain.Quote;
import com.realsourcing.board.domain.QuoteService;
import com.realsourcing.board.web.BoardDtos.QuoteRequest;
import com.realsourcing.board.web.BoardDtos.QuoteResponse;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** RFQ quotes (seed 002 采购需求; issue 5: verified factories quote, the buyer compares, shortlists, decides). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-quotes", description = "Quotes on procurement demands")
class QuoteController {

    private final QuoteService quotes;
    private final PostingService postings;
    private final BoardViews views;

    QuoteController(QuoteService quotes, PostingService postings, BoardViews views) {
        this.quotes = quotes;
        this.postings = postings;
        this.views = views;
    }

    /**
     * Quotes on a published procurement demand, or revises the factory's quote. A new quote takes a seat (409
     * {@code board.quote-seats-full} when none is left) and one of the month's quota (409
     * {@code board.quote-quota-exhausted}).
     */
    @PostMapping("/api/board/postings/{id}/quotes")
    @PreAuthorize("hasAuthority('board:quote:submit')")
    ResponseEntity<QuoteResponse> submit(@PathVariable UUID id, @Valid @RequestBody QuoteRequest request) {
        AuthenticatedUser factory = CurrentUser.require();
        Quote quote = quotes.submit(factory, id, request.terms());
        return ResponseEntity.created(URI.create("/api/board/quotes/" + quote.getId()))
                .body(response(quote, factory));
    }

    /** The buyer's side-by-side comparison (all quotes, cheapest first), or the factory's own quote. */
    @GetMapping("/api/board/postings/{id}/quotes")
    @PreAuthorize("hasAuthority('board:quote:decide') or hasAuthority('board:quote:submit')")
    List<QuoteResponse> onPosting(@PathVariable UUID id) {
        AuthenticatedUser viewer = CurrentUser.require();
        List<Quote> list = quotes.onPosting(viewer, id);
        Posting posting = postings.view(viewer, id);
        var names = views.names(
                List.of(), list.stream().map(Quote::getOrganizationId).toList());
        return list.stream().map(q -> views.quote(q, names, posting.getTitle())).toList();
    }

    @PostMapping("/api/board/quotes/{id}/shortlist")
    @PreAuthorize("hasAuthority('board:quote:decide')")
    QuoteResponse shortlist(@PathVariable UUID id) {
        return decide(id, QuoteService.Decision.SHORTLIST);
    }

    @PostMapping("/api/board/quotes/{id}/accept")
    @PreAuthorize("hasAuthority('board:quote:decide')")
    QuoteResponse accept(@PathVariable UUID id) {
        return decide(id, QuoteService.Decision.ACCEPT);
    }

    @PostMapping("/api/board/quotes/{id}/decline")
    @PreAuthorize("hasAuthority('board:quote:decide')")
    QuoteResponse decline(@PathVariable UUID id) {
        return decide(id, QuoteService.Decision.DECLINE);
    }

    /** The factory takes its open quote back; the seat opens for another factory. */
    @PostMapping("/api/board/quotes/{id}/withdraw")
    @PreAuthorize("hasAuthority('board:quote:submit')")
    QuoteResponse withdraw(@PathVariable UUID id) {
        AuthenticatedUser factory = CurrentUser.require();
        return response(quotes.withdraw(factory, id), factory);
    }

    /** The factory's quotes (对接记录 of a seller). */
    @GetMapping("/api/board/my-quotes")
    @PreAuthorize("hasAuthority('board:quote:submit')")
    PageResponse<QuoteResponse> mine(@Valid PageQuery paging) {
        AuthenticatedUser factory = CurrentUser.require();
        var page = quotes.mine(factory, paging.pageOrDefault(), paging.sizeOrDefault());
        var names = views.names(List.of(), List.of(factory.organizationId()));
        return PageResponse.from(page, q -> views.quote(q, names, title(q)));
    }

    /** How much of this month's quote quota the factory has left. */
    @GetMapping("/api/board/quote-quota")
    @PreAuthorize("hasAuthority('board:quote:submit')")
    BoardDtos.QuotaResponse quota() {
        return BoardDtos.QuotaResponse.from(quotes.quota(CurrentUser.require()));
    }

    private QuoteResponse decide(UUID id, QuoteService.Decision decision) {
        AuthenticatedUser buyer = CurrentUser.require();
        return response(quotes.decide(buyer, id, decision), buyer);
    }

    private QuoteResponse response(Quote quote, AuthenticatedUser viewer) {
        var names = views.names(List.of(), List.of(quote.getOrganizationId()));
        return views.quote(quote, names, title(quote));
    }

    private String title(Quote quote) {
        return postings.titleOf(quote.getPostingId());
    }
}
