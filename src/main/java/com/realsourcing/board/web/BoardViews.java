package com.realsourcing.board.web;

import com.realsourcing.board.domain.ComplaintService;
import com.realsourcing.board.domain.ContactService;
import com.realsourcing.board.domain.InventoryDetails;
import com.realsourcing.board.domain.JobDetails;
import com.realsourcing.board.domain.OemDemandDetails;
import com.realsourcing.board.domain.Posting;
import com.realsourcing.board.domain.PostingDetails;
import com.realsourcing.board.domain.PostingSearch;
import com.realsourcing.board.domain.PostingService;
import com.realsourcing.board.domain.ProcurementDetails;
import com.realsourcing.board.domain.Quote;
import com.realsourcing.board.domain.Term;
import com.realsourcing.board.domain.TermService;
import com.realsourcing.board.web.BoardDtos.NameRef;
import com.realsourcing.board.web.BoardDtos.OrganizationRef;
import com.realsourcing.board.web.BoardDtos.PostingSummary;
import com.realsourcing.board.web.BoardDtos.PriceRef;
import com.realsourcing.board.web.BoardDtos.TagRef;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.PlaceView;
import com.realsourcing.directory.api.TagView;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the board's responses: names for places, tags, terms and organisations are looked up once per page, not
 * once per posting.
 */
@Component
class BoardViews {

    private final PostingService postings;
    private final TermService terms;
    private final DirectoryApi directory;
    private final IdentityApi identity;
    private final MessageSource messages;

    BoardViews(
            PostingService postings,
            TermService terms,
            DirectoryApi directory,
            IdentityApi identity,
            MessageSource messages) {
        this.postings = postings;
        this.terms = terms;
        this.directory = directory;
        this.identity = identity;
        this.messages = messages;
    }

    /** Names for one page of postings (or quotes, contacts …). */
    final class Names {
        private final Map<UUID, TagView> tags = new HashMap<>();
        private final Map<UUID, Term> termsById = new HashMap<>();
        private final Map<UUID, OrganizationSummary> organizations = new HashMap<>();
        private final Map<UUID, Boolean> verified = new HashMap<>();

        Names(Collection<Posting> page, Collection<UUID> moreOrganizations) {
            Set<UUID> tagIds = new HashSet<>();
            Set<UUID> termIds = new HashSet<>();
            Set<UUID> orgIds = new HashSet<>(moreOrganizations);
            for (Posting p : page) {
                if (p.getCategoryTagId() != null) {
                    tagIds.add(p.getCategoryTagId());
                }
                termIds.addAll(p.getTermIds());
                orgIds.add(p.getOrganizationId());
            }
            if (!tagIds.isEmpty()) {
                directory.findTags(tagIds).forEach(t -> tags.put(t.id(), t));
            }
            if (!termIds.isEmpty()) {
                termsById.putAll(terms.byIds(termIds));
            }
            if (!orgIds.isEmpty()) {
                organizations.putAll(identity.findOrganizations(orgIds));
            }
        }

        OrganizationRef organization(UUID id) {
            OrganizationSummary org = organizations.get(id);
            boolean isVerified = verified.computeIfAbsent(id, directory::isVerified);
            return org == null
                    ? new OrganizationRef(id, null, null, isVerified)
                    : new OrganizationRef(id, org.name(), org.type().name(), isVerified);
        }

        TagRef tag(UUID id) {
            TagView t = id == null ? null : tags.get(id);
            return t == null ? null : new TagRef(t.id(), t.nameZh(), t.nameEn(), t.retired());
        }

        TagRef term(UUID id) {
            Term t = termsById.get(id);
            return t == null ? null : new TagRef(t.getId(), t.getNameZh(), t.getNameEn(), t.isRetired());
        }
    }

    Names names(Collection<Posting> page) {
        return new Names(page, List.of());
    }

    Names names(Collection<Posting> page, Collection<UUID> organizations) {
        return new Names(page, organizations);
    }

    PostingSummary summary(Posting p, Names names, Double distanceKm) {
        PlaceView place =
                directory.findPlace(p.getProvinceCode(), p.getCityCode(), null).orElse(null);
        PostingDetails details = postings.details(p);
        return new PostingSummary(
                p.getId(),
                p.getKind(),
                p.getStatus(),
                p.getTitle(),
                place == null
                        ? new NameRef(p.getProvinceCode(), null)
                        : new NameRef(place.provinceCode(), place.provinceName()),
                place == null || place.cityCode() == null ? null : new NameRef(place.cityCode(), place.cityName()),
                names.tag(p.getCategoryTagId()),
                p.getTermIds().stream()
                        .map(names::term)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                p.getQuantity(),
                p.getUnit(),
                p.getHeadcount(),
                price(details),
                p.getAttributes(),
                p.getMediaFileIds().isEmpty() ? null : p.getMediaFileIds().get(0),
                names.organization(p.getOrganizationId()),
                p.getPublishedAt(),
                p.getValidUntil(),
                p.getUpdatedAt(),
                distanceKm,
                p.hasPendingRevision(),
                p.getQuoteCount(),
                p.getApplicationCount(),
                p.getContactCount(),
                p.getViewCount());
    }

    List<PostingSummary> summaries(List<Posting> page) {
        Names names = names(page);
        return page.stream().map(p -> summary(p, names, null)).toList();
    }

    BoardDtos.PostingResponse full(Posting p, AuthenticatedUser viewer, boolean favourite) {
        Names names = names(List.of(p));
        boolean own = viewer != null && viewer.organizationId().equals(p.getOrganizationId());
        boolean reviewer = viewer != null && viewer.can(com.realsourcing.board.domain.BoardPermissions.REVIEW_DECIDE);
        boolean insider = own || reviewer;
        PlaceView place = directory
                .findPlace(p.getProvinceCode(), p.getCityCode(), p.getCountyCode())
                .orElse(null);
        var pending = insider
                ? postings.pendingContent(p).map(BoardDtos.ContentView::from).orElse(null)
                : null;
        return new BoardDtos.PostingResponse(
                summary(p, names, null),
                p.getDescription(),
                place == null || place.countyCode() == null
                        ? null
                        : new NameRef(place.countyCode(), place.countyName()),
                p.getAddressLine(),
                p.getLat(),
                p.getLng(),
                p.getMediaFileIds(),
                BoardDtos.ContentView.from(postings.content(p)),
                p.getQuoteSeats(),
                p.getAcceptedCount(),
                p.getCreatedAt(),
                insider ? p.getSubmittedAt() : null,
                insider && p.isReviewFlagged(),
                insider ? p.getReviewHits() : List.of(),
                insider ? p.getRejectionReason() : null,
                pending,
                insider ? p.getPendingSubmittedAt() : null,
                insider && p.isPendingFlagged(),
                insider ? p.getPendingHits() : List.of(),
                insider ? p.getPendingRejection() : null,
                new BoardDtos.ViewerRef(own, favourite, reviewer));
    }

    BoardDtos.PostingSearchResponse searchResponse(PostingSearch.Result result, int page, int size) {
        List<Posting> postingsOnPage =
                result.hits().stream().map(PostingSearch.Hit::posting).toList();
        Names names = names(postingsOnPage);
        List<PostingSummary> items = result.hits().stream()
                .map(h -> summary(h.posting(), names, h.distanceKm()))
                .toList();
        Map<String, List<BoardDtos.FacetValue>> facets = new LinkedHashMap<>();
        result.facets()
                .forEach((facet, counts) ->
                        facets.put(facet.name().toLowerCase(Locale.ROOT), facetValues(facet, counts)));
        return new BoardDtos.PostingSearchResponse(items, page, size, result.total(), facets);
    }

    private List<BoardDtos.FacetValue> facetValues(PostingSearch.Facet facet, Map<String, Long> counts) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        Map<UUID, TagView> tagNames = new HashMap<>();
        Map<UUID, Term> termNames = new HashMap<>();
        if (facet == PostingSearch.Facet.CATEGORY) {
            directory
                    .findTags(counts.keySet().stream().map(UUID::fromString).toList())
                    .forEach(t -> tagNames.put(t.id(), t));
        }
        if (facet == PostingSearch.Facet.TERM) {
            termNames.putAll(
                    terms.byIds(counts.keySet().stream().map(UUID::fromString).toList()));
        }
        List<BoardDtos.FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            String label =
                    switch (facet) {
                        case KIND -> messages.getMessage("board.kind." + value, null, value, locale);
                        case PROVINCE ->
                            directory
                                    .findPlace(value, null, null)
                                    .map(PlaceView::provinceName)
                                    .orElse(value);
                        case CITY ->
                            value.length() >= 4
                                    ? directory
                                            .findPlace(value.substring(0, 2), value, null)
                                            .map(PlaceView::cityName)
                                            .orElse(value)
                                    : value;
                        case CATEGORY -> {
                            TagView t = tagNames.get(UUID.fromString(value));
                            yield t == null ? value : english ? t.nameEn() : t.nameZh();
                        }
                        case TERM -> {
                            Term t = termNames.get(UUID.fromString(value));
                            yield t == null ? value : t.name(locale);
                        }
                        case ATTRIBUTE ->
                            messages.getMessage("board.attribute." + value.replace(':', '.'), null, value, locale);
                    };
            values.add(new BoardDtos.FacetValue(value, label, count));
        });
        return values;
    }

    List<BoardDtos.MatchResponse> matches(List<com.realsourcing.board.domain.Matching.Match> matches) {
        Names names = names(matches.stream()
                .map(com.realsourcing.board.domain.Matching.Match::posting)
                .filter(java.util.Objects::nonNull)
                .toList());
        Locale locale = LocaleContextHolder.getLocale();
        return matches.stream()
                .map(m -> new BoardDtos.MatchResponse(
                        m.posting() == null ? null : summary(m.posting(), names, null),
                        m.factory() == null ? null : factory(m.factory()),
                        m.score(),
                        m.reasons().stream()
                                .map(r -> new BoardDtos.MatchReason(r.code(), r.points(), reasonLabel(r, locale)))
                                .toList()))
                .toList();
    }

    private BoardDtos.FactoryRef factory(com.realsourcing.directory.api.FactorySummary f) {
        PlaceView place = f.provinceCode() == null
                ? null
                : directory.findPlace(f.provinceCode(), f.cityCode(), null).orElse(null);
        return new BoardDtos.FactoryRef(
                f.id(),
                f.name(),
                place == null ? null : new NameRef(place.provinceCode(), place.provinceName()),
                place == null || place.cityCode() == null ? null : new NameRef(place.cityCode(), place.cityName()),
                f.verified());
    }

    private String reasonLabel(com.realsourcing.board.domain.Matching.Reason r, Locale locale) {
        Map<String, Object> p = r.params();
        Object[] args =
                switch (r.code()) {
                    case "process" -> new Object[] {p.get("names")};
                    case "capacity", "capacity-short" ->
                        new Object[] {p.get("capacity"), p.get("quantity"), p.get("unit")};
                    case "lead-time", "lead-time-long" -> new Object[] {p.get("days"), p.get("required")};
                    case "same-city" ->
                        new Object[] {
                            directory
                                    .findPlace(
                                            String.valueOf(p.get("city")).substring(0, 2),
                                            String.valueOf(p.get("city")),
                                            null)
                                    .map(PlaceView::cityName)
                                    .orElse("")
                        };
                    case "same-province" ->
                        new Object[] {
                            directory
                                    .findPlace(String.valueOf(p.get("province")), null, null)
                                    .map(PlaceView::provinceName)
                                    .orElse("")
                        };
                    default -> new Object[0];
                };
        return messages.getMessage("board.match." + r.code(), args, r.code(), locale);
    }

    BoardDtos.QuoteResponse quote(Quote q, Names names, String postingTitle) {
        return new BoardDtos.QuoteResponse(
                q.getId(),
                q.getPostingId(),
                postingTitle,
                names.organization(q.getOrganizationId()),
                q.getUnitPrice(),
                q.getCurrency(),
                q.getMoq(),
                q.getLeadTimeDays(),
                q.getValidUntil(),
                q.getNotes(),
                q.getAttachmentFileIds(),
                q.getStatus(),
                q.getCreatedAt(),
                q.getUpdatedAt(),
                q.getDecidedAt());
    }

    BoardDtos.ContactResponse contact(ContactService.Contact c, Names names, UUID me) {
        boolean initiatedByMe = c.initiatorOrganizationId().equals(me);
        UUID counterpart = initiatedByMe ? c.ownerOrganizationId() : c.initiatorOrganizationId();
        return new BoardDtos.ContactResponse(
                c.id(),
                c.postingId(),
                c.postingTitle(),
                c.postingKind(),
                names.organization(counterpart),
                initiatedByMe,
                c.conversationId(),
                c.createdAt(),
                c.dealMarkedAt(),
                me.equals(c.dealMarkedBy()));
    }

    BoardDtos.ComplaintResponse complaint(ComplaintService.Complaint c, Names names) {
        return new BoardDtos.ComplaintResponse(
                c.id(),
                c.targetType(),
                c.targetId(),
                c.postingId(),
                names.organization(c.reportedOrganizationId()),
                names.organization(c.reporterOrganizationId()),
                c.reason(),
                c.description(),
                c.evidence(),
                c.status(),
                c.resolution(),
                c.action(),
                c.createdAt(),
                c.resolvedAt());
    }

    private static PriceRef price(PostingDetails details) {
        if (details instanceof ProcurementDetails p) {
            return BoardDtos.price(p.targetPrice(), p.unit());
        }
        if (details instanceof InventoryDetails i) {
            return BoardDtos.price(i.unitPrice(), i.unit());
        }
        if (details instanceof JobDetails j) {
            return BoardDtos.price(j.wage(), j.wageType().name());
        }
        if (details instanceof OemDemandDetails d) {
            return BoardDtos.price(d.budget(), null);
        }
        return null;
    }
}
