package com.realsourcing.board.web;

import com.realsourcing.board.domain.ComplaintService;
import com.realsourcing.board.domain.Moderation;
import com.realsourcing.board.domain.ModerationHit;
import com.realsourcing.board.domain.ModerationLevel;
import com.realsourcing.board.domain.Posting;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.board.domain.PostingReviews;
import com.realsourcing.board.domain.TermService;
import com.realsourcing.board.web.BoardDtos.PostingResponse;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board's admin console (seed 002 四.(二)): 审核中心 (queue, approve, reject with a reason, batch), taking
 * postings down, complaints, the moderation word list and the managed lists (系统设置).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-admin", description = "Board review centre and settings")
class BoardAdminController {

    private final PostingReviews reviews;
    private final Moderation moderation;
    private final TermService terms;
    private final ComplaintService complaints;
    private final BoardViews views;

    BoardAdminController(
            PostingReviews reviews,
            Moderation moderation,
            TermService terms,
            ComplaintService complaints,
            BoardViews views) {
        this.reviews = reviews;
        this.moderation = moderation;
        this.terms = terms;
        this.complaints = complaints;
        this.views = views;
    }

    /** 待审核信息列表: first submissions and new versions, oldest first; {@code flagged} keeps the flagged ones. */
    @GetMapping("/api/board/admin/reviews")
    @PreAuthorize("hasAuthority('board:review:decide')")
    PageResponse<PostingResponse> queue(
            @RequestParam(required = false) PostingKind kind,
            @RequestParam(defaultValue = "false") boolean flagged,
            @Valid PageQuery paging) {
        AuthenticatedUser reviewer = CurrentUser.require();
        var page = reviews.queue(kind, flagged, paging.pageOrDefault(), paging.sizeOrDefault());
        return PageResponse.from(page, p -> views.full(p, reviewer, false));
    }

    @PostMapping("/api/board/admin/reviews/{id}/approve")
    @PreAuthorize("hasAuthority('board:review:decide')")
    PostingResponse approve(@PathVariable UUID id) {
        AuthenticatedUser reviewer = CurrentUser.require();
        return views.full(reviews.approve(reviewer, id), reviewer, false);
    }

    @PostMapping("/api/board/admin/reviews/{id}/reject")
    @PreAuthorize("hasAuthority('board:review:decide')")
    PostingResponse reject(@PathVariable UUID id, @Valid @RequestBody BoardDtos.RejectRequest request) {
        AuthenticatedUser reviewer = CurrentUser.require();
        return views.full(reviews.reject(reviewer, id, request.reason()), reviewer, false);
    }

    /** 批量审核: approve or reject several; each is decided on its own and reported. */
    @PostMapping("/api/board/admin/reviews/batch")
    @PreAuthorize("hasAuthority('board:review:decide')")
    List<BoardDtos.BatchOutcomeResponse> batch(@Valid @RequestBody BoardDtos.BatchReviewRequest request) {
        return reviews.batch(CurrentUser.require(), request.postingIds(), request.approve(), request.reason()).stream()
                .map(o -> new BoardDtos.BatchOutcomeResponse(o.postingId(), o.done(), o.code()))
                .toList();
    }

    @PostMapping("/api/board/admin/postings/{id}/take-down")
    @PreAuthorize("hasAuthority('board:review:decide')")
    PostingResponse takeDown(@PathVariable UUID id, @Valid @RequestBody BoardDtos.RejectRequest request) {
        AuthenticatedUser reviewer = CurrentUser.require();
        Posting posting = reviews.takeDown(reviewer, id, request.reason());
        return views.full(posting, reviewer, false);
    }

    // ---- complaints ----

    @GetMapping("/api/board/admin/complaints")
    @PreAuthorize("hasAuthority('board:complaint:resolve')")
    List<BoardDtos.ComplaintResponse> complaints(@RequestParam(required = false) ComplaintService.Status status) {
        var list = complaints.queue(status);
        var names = views.names(
                List.of(),
                list.stream()
                        .flatMap(
                                c -> java.util.stream.Stream.of(c.reportedOrganizationId(), c.reporterOrganizationId()))
                        .toList());
        return list.stream().map(c -> views.complaint(c, names)).toList();
    }

    @PostMapping("/api/board/admin/complaints/{id}/resolve")
    @PreAuthorize("hasAuthority('board:complaint:resolve')")
    BoardDtos.ComplaintResponse resolve(
            @PathVariable UUID id, @Valid @RequestBody BoardDtos.ResolveComplaintRequest request) {
        var c = complaints.resolve(CurrentUser.require(), id, request.upheld(), request.resolution(), request.action());
        var names = views.names(List.of(), List.of(c.reportedOrganizationId(), c.reporterOrganizationId()));
        return views.complaint(c, names);
    }

    // ---- the moderation word list ----

    @GetMapping("/api/board/admin/moderation-words")
    @PreAuthorize("hasAuthority('board:moderation:manage')")
    List<BoardDtos.WordResponse> words() {
        return moderation.list().stream().map(BoardDtos.WordResponse::from).toList();
    }

    @PostMapping("/api/board/admin/moderation-words")
    @PreAuthorize("hasAuthority('board:moderation:manage')")
    ResponseEntity<BoardDtos.WordResponse> addWord(@Valid @RequestBody BoardDtos.WordRequest request) {
        var word = moderation.add(CurrentUser.require(), request.word(), request.level(), request.note());
        return ResponseEntity.created(URI.create("/api/board/admin/moderation-words/" + word.getId()))
                .body(BoardDtos.WordResponse.from(word));
    }

    @PutMapping("/api/board/admin/moderation-words/{id}")
    @PreAuthorize("hasAuthority('board:moderation:manage')")
    BoardDtos.WordResponse changeWord(@PathVariable UUID id, @Valid @RequestBody BoardDtos.ChangeWordRequest request) {
        return BoardDtos.WordResponse.from(
                moderation.change(CurrentUser.require(), id, request.level(), request.note()));
    }

    @DeleteMapping("/api/board/admin/moderation-words/{id}")
    @PreAuthorize("hasAuthority('board:moderation:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeWord(@PathVariable UUID id) {
        moderation.remove(CurrentUser.require(), id);
    }

    /** Tries a text against the current list, as a posting would be checked. */
    @PostMapping("/api/board/admin/moderation-words/check")
    @PreAuthorize("hasAuthority('board:moderation:manage')")
    BoardDtos.CheckTextResponse check(@Valid @RequestBody BoardDtos.CheckTextRequest request) {
        List<ModerationHit> hits = moderation.checkText(request.text());
        return new BoardDtos.CheckTextResponse(
                hits.stream().anyMatch(h -> h.level() == ModerationLevel.BLOCK), !hits.isEmpty(), hits);
    }

    // ---- managed lists ----

    @PostMapping("/api/board/admin/terms")
    @PreAuthorize("hasAuthority('board:term:manage')")
    ResponseEntity<BoardDtos.TermResponse> addTerm(@Valid @RequestBody BoardDtos.CreateTermRequest request) {
        var term = terms.add(CurrentUser.require(), request.kind(), request.code(), request.nameZh(), request.nameEn());
        return ResponseEntity.created(URI.create("/api/board/admin/terms/" + term.getId()))
                .body(BoardDtos.TermResponse.from(term));
    }

    @PutMapping("/api/board/admin/terms/{id}")
    @PreAuthorize("hasAuthority('board:term:manage')")
    BoardDtos.TermResponse renameTerm(@PathVariable UUID id, @Valid @RequestBody BoardDtos.RenameTermRequest request) {
        return BoardDtos.TermResponse.from(terms.rename(CurrentUser.require(), id, request.nameZh(), request.nameEn()));
    }

    @PostMapping("/api/board/admin/terms/{id}/retire")
    @PreAuthorize("hasAuthority('board:term:manage')")
    BoardDtos.TermResponse retireTerm(@PathVariable UUID id) {
        return BoardDtos.TermResponse.from(terms.retire(CurrentUser.require(), id, true));
    }

    @PostMapping("/api/board/admin/terms/{id}/restore")
    @PreAuthorize("hasAuthority('board:term:manage')")
    BoardDtos.TermResponse restoreTerm(@PathVariable UUID id) {
        return BoardDtos.TermResponse.from(terms.retire(CurrentUser.require(), id, false));
    }

    @PutMapping("/api/board/admin/terms/order")
    @PreAuthorize("hasAuthority('board:term:manage')")
    List<BoardDtos.TermResponse> reorderTerms(@Valid @RequestBody BoardDtos.ReorderTermsRequest request) {
        return terms.reorder(CurrentUser.require(), request.kind(), request.order()).stream()
                .map(BoardDtos.TermResponse::from)
                .toList();
    }
}
