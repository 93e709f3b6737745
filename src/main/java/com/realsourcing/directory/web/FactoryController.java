package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.FactorySearch;
import com.realsourcing.directory.domain.FactorySearch.Facet;
import com.realsourcing.directory.domain.FactorySearch.SortOrder;
import com.realsourcing.directory.domain.FavouriteService;
import com.realsourcing.directory.domain.InquiryService;
import com.realsourcing.directory.domain.OnboardingService;
import com.realsourcing.directory.domain.Regions;
import com.realsourcing.directory.domain.TaxonomyService;
import com.realsourcing.directory.web.FactoryDtos.FacetValue;
import com.realsourcing.directory.web.FactoryDtos.FactoryCardResponse;
import com.realsourcing.directory.web.FactoryDtos.FactorySearchResponse;
import com.realsourcing.directory.web.FactoryDtos.FavouriteResponse;
import com.realsourcing.directory.web.FactoryDtos.InquiryRequest;
import com.realsourcing.directory.web.FactoryDtos.InquiryResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceReviewResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceSubmissionRequest;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory (seed 002 工厂名录页): search with facets, the factory card (seed 000's route {@code GET
 * /api/factory/{id}}), and what a signed-in buyer does there: save, send an inquiry, claim an imported listing.
 */
@RestController
@Validated
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory-factories", description = "Factory directory and cards")
class FactoryController {

    private final FactorySearch search;
    private final FactoryViews views;
    private final TaxonomyService taxonomy;
    private final com.realsourcing.directory.domain.FactoryLookup lookup;
    private final FavouriteService favourites;
    private final InquiryService inquiries;
    private final OnboardingService onboarding;
    private final Regions regions;

    FactoryController(
            FactorySearch search,
            FactoryViews views,
            TaxonomyService taxonomy,
            com.realsourcing.directory.domain.FactoryLookup lookup,
            FavouriteService favourites,
            InquiryService inquiries,
            OnboardingService onboarding,
            Regions regions) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
        this.lookup = lookup;
        this.favourites = favourites;
        this.inquiries = inquiries;
        this.onboarding = onboarding;
        this.regions = regions;
    }

    /** The factory card. Visitors see listed factories; contact details need a signed-in verified organisation. */
    @GetMapping("/api/factory/{id}")
    FactoryCardResponse card(@PathVariable UUID id) {
        return views.card(lookup.get(id), CurrentUser.find());
    }

    /**
     * Search. Repeat a filter to allow several values ({@code tag=a&tag=b} is a OR b); different filters combine.
     * {@code industry} and {@code tag} take tag ids or codes; {@code industry} also takes seed 000's export-industry
     * codes ({@code textiles-apparel}), meaning every industry mapped to it. {@code sort}: relevance (default),
     * distance (from {@code lat} and {@code lng}, or from the place {@code near} names: a city's four-digit code, a
     * county's six, a municipality's two), newest, inquiries.
     */
    @GetMapping("/api/directory/factories")
    FactorySearchResponse search(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) List<@Size(max = 64) String> industry,
            @RequestParam(required = false) List<@Size(max = 2) String> province,
            @RequestParam(required = false) List<@Size(max = 6) String> city,
            @RequestParam(required = false) List<@Size(max = 64) String> tag,
            @RequestParam(required = false) List<@Size(max = 2) String> exportCountry,
            @RequestParam(required = false) List<@Size(max = 40) String> region,
            @RequestParam(required = false) List<@Size(max = 30) String> certification,
            @RequestParam(required = false) Boolean verified,
            @RequestParam(required = false, defaultValue = "relevance") SortParam sort,
            @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") Double lat,
            @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") Double lng,
            @RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}")
                    String near,
            @RequestParam(required = false, defaultValue = "0") @Min(0) @Max(500) int page,
            @RequestParam(required = false, defaultValue = "20") @Min(1) @Max(100) int size) {
        if (near != null && (lat == null || lng == null)) {
            Regions.Point centre = regions.centre(near)
                    .orElseThrow(() -> DomainException.invalidField("near", "directory.place-unknown"));
            lat = centre.lat();
            lng = centre.lng();
        }
        if (sort == SortParam.distance && (lat == null || lng == null)) {
            throw DomainException.invalidField("lat", "directory.place-required");
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.INDUSTRY, industry == null ? null : taxonomy.resolveIndustryKeys(industry));
        put(filters, Facet.TAG, tag == null ? null : taxonomy.resolveKeys(tag));
        put(filters, Facet.PROVINCE, province);
        put(filters, Facet.CITY, city);
        put(filters, Facet.EXPORT_COUNTRY, upper(exportCountry));
        put(filters, Facet.REGION, region);
        put(filters, Facet.CERTIFICATION, upper(certification));
        put(filters, Facet.VERIFIED, verified == null ? null : List.of(verified.toString()));
        FactorySearch.Result result = search.search(new FactorySearch.Query(
                q, filters, SortOrder.valueOf(sort.name().toUpperCase(Locale.ROOT)), lat, lng, page, size));
        Map<String, List<FacetValue>> facets = new java.util.LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> {
            String name = facetName(facet);
            Map<String, String[]> labels = views.labels(name, counts.keySet());
            List<String> selected = filters.getOrDefault(facet, List.of());
            List<FacetValue> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                String[] label = labels.getOrDefault(value, new String[] {value, value});
                values.add(new FacetValue(value, label[0], label[1], count, selected.contains(value)));
            });
            facets.put(name, values);
        });
        return new FactorySearchResponse(
                views.summaries(
                        result.hits().stream().map(FactorySearch.Hit::factory).toList(),
                        result.hits().stream()
                                .map(FactorySearch.Hit::distanceKm)
                                .toList()),
                page,
                size,
                result.total(),
                facets);
    }

    enum SortParam {
        relevance,
        distance,
        newest,
        inquiries
    }

    private static String facetName(Facet facet) {
        return switch (facet) {
            case INDUSTRY -> "industry";
            case TAG -> "tag";
            case PROVINCE -> "province";
            case CITY -> "city";
            case EXPORT_COUNTRY -> "exportCountry";
            case REGION -> "region";
            case CERTIFICATION -> "certification";
            case VERIFIED -> "verified";
        };
    }

    private static void put(Map<Facet, List<String>> filters, Facet facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(
                    facet, values.stream().filter(v -> !v.isBlank()).distinct().toList());
        }
    }

    private static List<String> upper(List<String> values) {
        return values == null
                ? null
                : values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    @PutMapping("/api/directory/factories/{id}/favourite")
    @PreAuthorize("hasAuthority('directory:favourite:manage')")
    ResponseEntity<Void> save(@PathVariable UUID id) {
        favourites.save(CurrentUser.require().userId(), id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/directory/factories/{id}/favourite")
    @PreAuthorize("hasAuthority('directory:favourite:manage')")
    ResponseEntity<Void> unsave(@PathVariable UUID id) {
        favourites.remove(CurrentUser.require().userId(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/directory/favourites")
    @PreAuthorize("hasAuthority('directory:favourite:manage')")
    List<FavouriteResponse> favourites() {
        return favourites.list(CurrentUser.require().userId()).stream()
                .map(f ->
                        new FavouriteResponse(f.factoryId(), f.name(), f.status(), f.verifiedAt() != null, f.savedAt()))
                .toList();
    }

    @PostMapping("/api/directory/factories/{id}/inquiries")
    @PreAuthorize("hasAuthority('directory:inquiry:send')")
    ResponseEntity<InquiryResponse> inquire(@PathVariable UUID id, @Valid @RequestBody InquiryRequest request) {
        var inquiry = inquiries.send(
                CurrentUser.require(),
                id,
                new InquiryService.NewInquiry(
                        request.productId(),
                        request.productName(),
                        request.quantity(),
                        request.unit(),
                        request.message()));
        return ResponseEntity.created(URI.create("/api/directory/inquiries/" + inquiry.getId()))
                .body(InquiriesController.response(inquiry, lookup, null));
    }

    /** Claim an imported listing with the company's licence; it goes to review like an onboarding. */
    @PostMapping("/api/directory/factories/{id}/claims")
    @PreAuthorize("hasAuthority('directory:factory:onboard')")
    ResponseEntity<LicenceReviewResponse> claim(
            @PathVariable UUID id, @Valid @RequestBody LicenceSubmissionRequest request) {
        var review = onboarding.claim(CurrentUser.require(), id, MyFactoryController.submission(request));
        return ResponseEntity.created(URI.create("/api/directory/my-factory")).body(views.review(review));
    }
}
