package com.realsourcing.board.web;

import com.realsourcing.board.domain.Posting;
import com.realsourcing.board.domain.PostingFavourites;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.board.domain.PostingSearch;
import com.realsourcing.board.domain.PostingService;
import com.realsourcing.board.domain.PostingStatus;
import com.realsourcing.board.domain.Recommendations;
import com.realsourcing.board.domain.Term;
import com.realsourcing.board.domain.TermService;
import com.realsourcing.board.web.BoardDtos.CreatePostingRequest;
import com.realsourcing.board.web.BoardDtos.PostingResponse;
import com.realsourcing.board.web.BoardDtos.PostingSearchResponse;
import com.realsourcing.board.web.BoardDtos.PostingSummary;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.PlaceView;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Postings: publishing (seed 002 信息发布页), the home search and recommendations (首页), one posting, and the
 * author's own list with edit, withdraw, close and repost (个人中心 · 发布记录).
 */
@RestController
@Validated
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-postings", description = "Supply–demand postings")
class PostingController {

    private final PostingService postings;
    private final PostingSearch search;
    private final PostingFavourites favourites;
    private final Recommendations recommendations;
    private final TermService terms;
    private final DirectoryApi directory;
    private final BoardViews views;
    private final com.realsourcing.board.domain.Matching matching;

    PostingController(
            PostingService postings,
            PostingSearch search,
            PostingFavourites favourites,
            Recommendations recommendations,
            TermService terms,
            DirectoryApi directory,
            BoardViews views,
            com.realsourcing.board.domain.Matching matching) {
        this.matching = matching;
        this.postings = postings;
        this.search = search;
        this.favourites = favourites;
        this.recommendations = recommendations;
        this.terms = terms;
        this.directory = directory;
        this.views = views;
    }

    /**
     * Publishes a posting (or saves a draft with {@code draft: true}). The automatic check runs first: BLOCK words
     * answer 422 {@code board.blocked-words} naming them; otherwise the posting is PENDING_REVIEW (flagged when
     * REVIEW words were found). A retry with the same {@code Idempotency-Key} returns the same posting (200).
     */
    @PostMapping("/api/board/postings")
    @PreAuthorize("hasAuthority('board:posting:publish')")
    ResponseEntity<PostingResponse> create(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody CreatePostingRequest request) {
        AuthenticatedUser author = CurrentUser.require();
        var created = postings.create(
                author, request.kind(), request.content(), Boolean.TRUE.equals(request.draft()), idempotencyKey);
        PostingResponse body = views.full(created.posting(), author, false);
        if (!created.created()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
        }
        return ResponseEntity.created(
                        URI.create("/api/board/postings/" + created.posting().getId()))
                .body(body);
    }

    /**
     * The board: published postings, filtered and sorted; visitors may browse. {@code near} is a city code to sort
     * by distance from (or {@code lat}/{@code lng}); {@code attribute} takes kind-specific values such as
     * {@code wage:DAILY}, {@code housing:yes}, {@code sale:WHOLESALE}, {@code dest:US}.
     */
    @GetMapping("/api/board/postings")
    PostingSearchResponse search(
            @RequestParam(required = false) PostingKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> province,
            @RequestParam(required = false) List<String> city,
            @RequestParam(required = false) List<UUID> category,
            @RequestParam(required = false) List<UUID> term,
            @RequestParam(required = false) List<String> attribute,
            @RequestParam(required = false) PostingSearch.SortOrder sort,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) @Min(-90) @Max(90) Double lat,
            @RequestParam(required = false) @Min(-180) @Max(180) Double lng,
            @RequestParam(required = false, defaultValue = "true") boolean facets,
            @Valid PageQuery paging) {
        Map<PostingSearch.Facet, List<String>> filters = new EnumMap<>(PostingSearch.Facet.class);
        if (kind != null) {
            filters.put(PostingSearch.Facet.KIND, List.of(kind.name()));
        }
        put(filters, PostingSearch.Facet.PROVINCE, province);
        put(filters, PostingSearch.Facet.CITY, city);
        put(
                filters,
                PostingSearch.Facet.CATEGORY,
                category == null ? null : category.stream().map(UUID::toString).toList());
        put(
                filters,
                PostingSearch.Facet.TERM,
                term == null ? null : term.stream().map(UUID::toString).toList());
        put(filters, PostingSearch.Facet.ATTRIBUTE, attribute);
        Double fromLat = lat;
        Double fromLng = lng;
        if (near != null && !near.isBlank()) {
            PlaceView place = near.length() >= 4
                    ? directory.findPlace(near.substring(0, 2), near, null).orElse(null)
                    : directory.findPlace(near, null, null).orElse(null);
            if (place == null || place.lat() == null) {
                throw DomainException.invalidField("near", "board.place-unknown", near);
            }
            fromLat = place.lat();
            fromLng = place.lng();
        }
        PostingSearch.SortOrder order = sort == null
                ? (q != null && !q.isBlank() ? PostingSearch.SortOrder.RELEVANCE : PostingSearch.SortOrder.NEWEST)
                : sort;
        if (order == PostingSearch.SortOrder.DISTANCE && fromLat == null) {
            throw DomainException.invalidField("near", "board.place-required");
        }
        var result = search.search(new PostingSearch.Query(
                q, filters, order, fromLat, fromLng, paging.pageOrDefault(), paging.sizeOrDefault(), facets));
        return views.searchResponse(result, paging.pageOrDefault(), paging.sizeOrDefault());
    }

    /** One posting. Unpublished ones only for their organisation and reviewers (404 for anybody else). */
    @GetMapping("/api/board/postings/{id}")
    PostingResponse get(@PathVariable UUID id) {
        AuthenticatedUser viewer = CurrentUser.find().orElse(null);
        Posting posting = postings.view(viewer, id);
        postings.recordView(viewer, posting);
        return views.full(posting, viewer, favourites.isFavourite(viewer, id));
    }

    /**
     * Changes a posting. A draft changes in place; one under review or rejected changes and goes (back) to review;
     * a published one keeps showing the approved version while the new one waits for review.
     */
    @PutMapping("/api/board/postings/{id}")
    @PreAuthorize("hasAuthority('board:posting:publish')")
    PostingResponse update(@PathVariable UUID id, @Valid @RequestBody BoardDtos.ContentView request) {
        AuthenticatedUser author = CurrentUser.require();
        var content = new com.realsourcing.board.domain.PostingContent(
                request.title(),
                request.description(),
                request.provinceCode(),
                request.cityCode(),
                request.countyCode(),
                request.addressLine(),
                request.categoryTagId(),
                request.validUntil(),
                request.mediaFileIds(),
                request.procurement(),
                request.inventory(),
                request.job(),
                request.oemDemand(),
                request.oemService());
        return views.full(postings.update(author, id, content), author, false);
    }

    @PostMapping("/api/board/postings/{id}/submit")
    @PreAuthorize("hasAuthority('board:posting:publish')")
    PostingResponse submit(@PathVariable UUID id) {
        AuthenticatedUser author = CurrentUser.require();
        return views.full(postings.submit(author, id), author, false);
    }

    /** 下架. */
    @PostMapping("/api/board/postings/{id}/withdraw")
    @PreAuthorize("hasAuthority('board:posting:manage')")
    PostingResponse withdraw(@PathVariable UUID id) {
        AuthenticatedUser author = CurrentUser.require();
        return views.full(postings.withdraw(author, id), author, false);
    }

    @PostMapping("/api/board/postings/{id}/close")
    @PreAuthorize("hasAuthority('board:posting:manage')")
    PostingResponse close(@PathVariable UUID id) {
        AuthenticatedUser author = CurrentUser.require();
        return views.full(postings.close(author, id), author, false);
    }

    /** 重新发布 an expired or withdrawn posting. */
    @PostMapping("/api/board/postings/{id}/repost")
    @PreAuthorize("hasAuthority('board:posting:publish')")
    PostingResponse repost(
            @PathVariable UUID id, @Valid @RequestBody(required = false) BoardDtos.RepostRequest request) {
        AuthenticatedUser author = CurrentUser.require();
        return views.full(postings.repost(author, id, request == null ? null : request.validUntil()), author, false);
    }

    @DeleteMapping("/api/board/postings/{id}")
    @PreAuthorize("hasAuthority('board:posting:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteDraft(@PathVariable UUID id) {
        postings.deleteDraft(CurrentUser.require(), id);
    }

    /** The moderation log of one posting, for its organisation and reviewers. */
    @GetMapping("/api/board/postings/{id}/history")
    @PreAuthorize("hasAuthority('board:posting:manage') or hasAuthority('board:review:decide')")
    List<BoardDtos.HistoryEntry> history(@PathVariable UUID id) {
        AuthenticatedUser viewer = CurrentUser.require();
        Posting posting = postings.view(viewer, id);
        if (!posting.getOrganizationId().equals(viewer.organizationId()) && !viewer.can("board:review:decide")) {
            throw DomainException.notFound("board.posting-not-found");
        }
        return postings.history(viewer, id).stream()
                .map(BoardDtos.HistoryEntry::from)
                .toList();
    }

    /** 发布记录: the organisation's own postings in every status. */
    @GetMapping("/api/board/my-postings")
    @PreAuthorize("hasAuthority('board:posting:manage')")
    PageResponse<PostingSummary> mine(
            @RequestParam(required = false) PostingKind kind,
            @RequestParam(required = false) PostingStatus status,
            @Valid PageQuery paging) {
        var page = postings.mine(CurrentUser.require(), kind, status, paging.pageOrDefault(), paging.sizeOrDefault());
        var names = views.names(page.getContent());
        return PageResponse.from(page, p -> views.summary(p, names, null));
    }

    @PutMapping("/api/board/postings/{id}/favourite")
    @PreAuthorize("hasAuthority('board:favourite:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void favourite(@PathVariable UUID id) {
        favourites.add(CurrentUser.require(), id);
    }

    @DeleteMapping("/api/board/postings/{id}/favourite")
    @PreAuthorize("hasAuthority('board:favourite:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfavourite(@PathVariable UUID id) {
        favourites.remove(CurrentUser.require(), id);
    }

    @GetMapping("/api/board/favourites")
    @PreAuthorize("hasAuthority('board:favourite:manage')")
    List<PostingSummary> favourites() {
        return views.summaries(favourites.list(CurrentUser.require()));
    }

    /** 推荐信息: postings like those the user viewed lately, each saying why; the newest for visitors. */
    @GetMapping("/api/board/recommendations")
    List<BoardDtos.Suggestion> recommendations(@RequestParam(defaultValue = "8") @Min(1) @Max(30) int size) {
        AuthenticatedUser user = CurrentUser.find().orElse(null);
        var suggestions = recommendations.forUser(user, size);
        var names = views.names(
                suggestions.stream().map(Recommendations.Suggestion::posting).toList());
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return suggestions.stream()
                .map(s -> new BoardDtos.Suggestion(
                        views.summary(s.posting(), names, null),
                        s.reason().type(),
                        s.reason().value(),
                        reasonLabel(s.reason(), locale)))
                .toList();
    }

    /**
     * Suggested counterparts (seed 002: 双向匹配): for a demand, services, stock and factories that fit it; for a
     * service or an offer, the demands it fits — each with its score and the reasons behind it.
     */
    @GetMapping("/api/board/postings/{id}/matches")
    List<BoardDtos.MatchResponse> matches(
            @PathVariable UUID id, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
        AuthenticatedUser viewer = CurrentUser.require();
        return views.matches(matching.forPosting(viewer, id, size));
    }

    /** The managed lists forms and filters offer (retired terms only with {@code includeRetired}). */
    @GetMapping("/api/board/terms")
    List<BoardDtos.TermResponse> terms(
            @RequestParam Term.Kind kind, @RequestParam(defaultValue = "false") boolean includeRetired) {
        return terms.list(kind, includeRetired).stream()
                .map(BoardDtos.TermResponse::from)
                .toList();
    }

    private String reasonLabel(Recommendations.Reason reason, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (reason.type()) {
            case "CATEGORY" ->
                directory
                        .findTag(UUID.fromString(reason.value()))
                        .map(t -> english ? t.nameEn() : t.nameZh())
                        .orElse(null);
            case "TERM" ->
                terms.find(UUID.fromString(reason.value()))
                        .map(t -> t.name(locale))
                        .orElse(null);
            case "CITY" ->
                directory
                        .findPlace(reason.value().substring(0, 2), reason.value(), null)
                        .map(PlaceView::cityName)
                        .orElse(null);
            case "KIND" -> reason.value();
            default -> null;
        };
    }

    private static void put(
            Map<PostingSearch.Facet, List<String>> filters, PostingSearch.Facet facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(
                    facet,
                    values.stream().filter(v -> v != null && !v.isBlank()).toList());
        }
    }
}
