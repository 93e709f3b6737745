package com.realsourcing.board.domain;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.FactorySummary;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-way matching (seed 002: 双方双向匹配对接). A demand — an OEM processing demand or a procurement demand — gets
 * services, inventory and factories that fit it; a service or an inventory offer gets the demands it fits. Every
 * match carries its score and the reasons that make it up, each worth stated points, so a user sees why:
 * <ul>
 *   <li>process: the share of the demand's processes the service offers (40);
 *   <li>category: the same level-2 category (25);
 *   <li>region: the same city (15) or province (8);
 *   <li>capacity: the service's monthly capacity, or the offer's stock, covers the quantity (15);
 *   <li>lead time: the service can deliver within the demand's lead time (10);
 *   <li>verified: the organisation's licence was verified (5).
 * </ul>
 * A candidate must share the process or the category to be considered at all.
 */
@Service
public class Matching {

    /** One reason with its points; {@code params} fill the reason's message. */
    public record Reason(String code, int points, Map<String, Object> params) {}

    /** A match: a counterpart posting or a directory factory, with its score out of 100 and its reasons. */
    public record Match(Posting posting, FactorySummary factory, int score, List<Reason> reasons) {}

    private static final int CANDIDATES = 300;

    private final PostingRepository postings;
    private final PostingService postingService;
    private final TermService terms;
    private final DirectoryApi directory;

    Matching(PostingRepository postings, PostingService postingService, TermService terms, DirectoryApi directory) {
        this.postings = postings;
        this.postingService = postingService;
        this.terms = terms;
        this.directory = directory;
    }

    /** Matches for a posting its viewer may see (its own organisation, or anybody for a published one). */
    @Transactional(readOnly = true)
    public List<Match> forPosting(AuthenticatedUser viewer, UUID postingId, int limit) {
        Posting posting = postingService.view(viewer, postingId);
        return matches(posting, limit);
    }

    @Transactional(readOnly = true)
    public List<Match> matches(Posting posting, int limit) {
        List<Match> found = new ArrayList<>();
        switch (posting.getKind()) {
            case OEM_DEMAND -> {
                for (Posting service : postings.findPublishedCounterparts(
                        PostingKind.OEM_SERVICE.name(),
                        posting.getTermIds().toArray(UUID[]::new),
                        posting.getCategoryTagId(),
                        posting.getOrganizationId(),
                        CANDIDATES)) {
                    score(posting, service).ifPresent(found::add);
                }
                found.addAll(factories(posting, limit));
            }
            case PROCUREMENT -> {
                for (Posting offer : postings.findPublishedCounterparts(
                        PostingKind.INVENTORY.name(),
                        new UUID[0],
                        posting.getCategoryTagId(),
                        posting.getOrganizationId(),
                        CANDIDATES)) {
                    score(posting, offer).ifPresent(found::add);
                }
                found.addAll(factories(posting, limit));
            }
            case OEM_SERVICE -> {
                for (Posting demand : postings.findPublishedCounterparts(
                        PostingKind.OEM_DEMAND.name(),
                        posting.getTermIds().toArray(UUID[]::new),
                        posting.getCategoryTagId(),
                        posting.getOrganizationId(),
                        CANDIDATES)) {
                    score(demand, posting)
                            .map(m -> new Match(demand, null, m.score(), m.reasons()))
                            .ifPresent(found::add);
                }
            }
            case INVENTORY -> {
                for (Posting demand : postings.findPublishedCounterparts(
                        PostingKind.PROCUREMENT.name(),
                        new UUID[0],
                        posting.getCategoryTagId(),
                        posting.getOrganizationId(),
                        CANDIDATES)) {
                    score(demand, posting)
                            .map(m -> new Match(demand, null, m.score(), m.reasons()))
                            .ifPresent(found::add);
                }
            }
            case JOB -> {
                // jobs are matched by workers' own filters (city and job type), not by suggestions
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Match::score).reversed())
                .limit(limit)
                .toList();
    }

    /** How well {@code supply} (a service or an offer) fits {@code demand}; empty when it does not at all. */
    java.util.Optional<Match> score(Posting demand, Posting supply) {
        List<Reason> reasons = new ArrayList<>();
        boolean related = false;
        Set<UUID> wanted = new LinkedHashSet<>(demand.getTermIds());
        if (!wanted.isEmpty()) {
            Set<UUID> shared = new LinkedHashSet<>(wanted);
            shared.retainAll(supply.getTermIds());
            if (!shared.isEmpty()) {
                related = true;
                int points = Math.round(40f * shared.size() / wanted.size());
                reasons.add(new Reason("process", points, Map.of("names", termNames(shared))));
            }
        }
        if (demand.getCategoryTagId() != null && demand.getCategoryTagId().equals(supply.getCategoryTagId())) {
            related = true;
            reasons.add(new Reason("category", 25, Map.of()));
        }
        if (!related) {
            return java.util.Optional.empty();
        }
        region(demand.getProvinceCode(), demand.getCityCode(), supply.getProvinceCode(), supply.getCityCode())
                .ifPresent(reasons::add);
        PostingDetails supplyDetails = postingService.details(supply);
        PostingDetails demandDetails = postingService.details(demand);
        BigDecimal capacity = supply.getQuantity();
        if (capacity != null && demand.getQuantity() != null && sameUnit(demand, supply)) {
            boolean enough = capacity.compareTo(demand.getQuantity()) >= 0;
            reasons.add(new Reason(
                    enough ? "capacity" : "capacity-short",
                    enough ? 15 : 0,
                    Map.of(
                            "capacity",
                            plain(capacity),
                            "quantity",
                            plain(demand.getQuantity()),
                            "unit",
                            demand.getUnit())));
        }
        if (supplyDetails instanceof OemServiceDetails service && demandDetails instanceof OemDemandDetails wanted2) {
            boolean inTime = service.leadTimeDays() <= wanted2.leadTimeDays();
            reasons.add(new Reason(
                    inTime ? "lead-time" : "lead-time-long",
                    inTime ? 10 : 0,
                    Map.of("days", service.leadTimeDays(), "required", wanted2.leadTimeDays())));
        }
        if (directory.isVerified(supply.getOrganizationId())) {
            reasons.add(new Reason("verified", 5, Map.of()));
        }
        int score = Math.min(100, reasons.stream().mapToInt(Reason::points).sum());
        return java.util.Optional.of(new Match(supply, null, score, reasons));
    }

    private List<Match> factories(Posting demand, int limit) {
        if (demand.getCategoryTagId() == null) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (FactorySummary factory : directory.factoriesMaking(List.of(demand.getCategoryTagId()), limit * 3)) {
            if (factory.organizationId() == null || factory.organizationId().equals(demand.getOrganizationId())) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason("category", 25, Map.of()));
            region(demand.getProvinceCode(), demand.getCityCode(), factory.provinceCode(), factory.cityCode())
                    .ifPresent(reasons::add);
            if (factory.verified()) {
                reasons.add(new Reason("verified", 5, Map.of()));
            }
            found.add(new Match(
                    null, factory, reasons.stream().mapToInt(Reason::points).sum(), reasons));
        }
        return found;
    }

    private static java.util.Optional<Reason> region(
            String province, String city, String otherProvince, String otherCity) {
        if (city != null && city.equals(otherCity)) {
            return java.util.Optional.of(new Reason("same-city", 15, Map.of("city", city)));
        }
        if (province != null && province.equals(otherProvince)) {
            return java.util.Optional.of(new Reason("same-province", 8, Map.of("province", province)));
        }
        return java.util.Optional.empty();
    }

    private static boolean sameUnit(Posting a, Posting b) {
        return a.getUnit() != null && a.getUnit().equalsIgnoreCase(b.getUnit() == null ? "" : b.getUnit());
    }

    private String termNames(Set<UUID> ids) {
        Map<UUID, Term> found = terms.byIds(ids);
        return String.join(
                "、",
                ids.stream()
                        .map(found::get)
                        .filter(java.util.Objects::nonNull)
                        .map(Term::getNameZh)
                        .toList());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
