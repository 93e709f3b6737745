package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.CertificationType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the factory pages, onboarding, review and search. */
final class FactoryDtos {

    private FactoryDtos() {}

    // ---- requests ----

    /** The licence form (onboarding, change, claim; verification without industry and tags). */
    record LicenceSubmissionRequest(
            @NotBlank @Size(max = 200) String companyName,
            @NotBlank @Size(max = 40) String creditCode,
            @NotBlank @Size(max = 60) String legalRepresentative,
            @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
            @Pattern(regexp = "\\d{4}|\\d{6}") String cityCode,
            @Pattern(regexp = "\\d{6}") String countyCode,
            @NotBlank @Size(max = 300) String addressLine,
            @NotNull UUID licenceFileId,
            UUID industryTagId,
            @Size(max = 20) List<UUID> categoryTagIds,
            @Size(max = 20) List<UUID> attributeTagIds,
            @NotBlank @Size(max = 60) String contactName,
            @Pattern(regexp = "\\+?[0-9 -]{6,20}") String contactMobile,
            @Email @Size(max = 200) String contactEmail) {}

    record TrustProfileRequest(
            @Size(max = 4000) String description,
            @Min(1800) @Max(2100) Integer foundedYear,
            @PositiveOrZero @Max(1_000_000) Integer staffCount,
            @PositiveOrZero @Max(100_000_000) Integer areaSqm,
            @PositiveOrZero @Max(10_000) Integer productionLines,
            @Size(max = 200) String monthlyCapacity,
            Boolean oem,
            Boolean odm,
            @Size(max = 250) List<@Pattern(regexp = "[A-Za-z]{2}") String> exportCountries,
            @DecimalMin("-90") @DecimalMax("90") Double lat,
            @DecimalMin("-180") @DecimalMax("180") Double lng) {}

    record CertificationRequest(
            @NotNull CertificationType type,
            @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String issuer,
            @NotBlank @Size(max = 100) String number,
            LocalDate validFrom,
            LocalDate validUntil,
            @NotNull UUID evidenceFileId) {}

    record ShowcaseProductRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 9) List<UUID> imageFileIds,
            @PositiveOrZero BigDecimal priceMin,
            @PositiveOrZero BigDecimal priceMax,
            @Pattern(regexp = "[A-Za-z]{3}") String currency,
            @Min(1) Integer moq,
            @Size(max = 20) String moqUnit,
            @PositiveOrZero @Max(3650) Integer leadTimeDays,
            UUID categoryTagId) {}

    record MediaRequest(@NotNull UUID fileId, @Size(max = 200) String caption) {}

    record SocialAccountRequest(
            @NotNull @Pattern(regexp = "TIKTOK|DOUYIN|XIAOHONGSHU|YOUTUBE|INSTAGRAM|FACEBOOK|LINKEDIN") String platform,
            @NotBlank @Size(max = 100) @Pattern(regexp = "@?[A-Za-z0-9._\\-\\u4e00-\\u9fa5]{1,100}") String handle) {}

    record InquiryRequest(
            UUID productId,
            @Size(max = 200) String productName,
            @NotNull @Min(1) @Max(100_000_000) Integer quantity,
            @NotBlank @Size(max = 20) String unit,
            @NotBlank @Size(max = 2000) String message) {}

    record RejectRequest(@NotBlank @Size(max = 500) String reason) {}

    record BatchApproveRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> reviewIds) {}

    // ---- responses ----

    /** A tag in the caller's view: both names, so the console shows the user's language. */
    record TagRef(UUID id, String code, String nameZh, String nameEn, boolean retired) {}

    record CountryRef(String code, String nameZh, String nameEn, String region, String regionZh, String regionEn) {}

    record Address(RegionRef province, RegionRef city, RegionRef county, String line, String countryCode) {}

    record Location(double lat, double lng) {}

    record TrustProfileResponse(
            String description,
            Integer foundedYear,
            Integer staffCount,
            Integer areaSqm,
            Integer productionLines,
            String monthlyCapacity,
            boolean oem,
            boolean odm) {}

    /**
     * A certificate. {@code verifiedAt} and {@code verifiedByName} say when and by whom a reviewer checked it against
     * its evidence (for a rejected one: who turned it down); both are null while it waits.
     */
    record CertificationResponse(
            UUID id,
            String type,
            String name,
            String issuer,
            String number,
            LocalDate validFrom,
            LocalDate validUntil,
            String status,
            Instant verifiedAt,
            String verifiedByName,
            String reason,
            UUID evidenceFileId,
            boolean expiringSoon,
            boolean expired) {}

    record PriceRange(BigDecimal min, BigDecimal max, String currency) {}

    record ShowcaseProductResponse(
            UUID id,
            String name,
            List<UUID> imageFileIds,
            PriceRange price,
            Integer moq,
            String moqUnit,
            Integer leadTimeDays,
            TagRef category) {}

    record MediaResponse(UUID id, UUID fileId, String kind, String caption) {}

    record SocialAccountResponse(UUID id, String platform, String handle, String url) {}

    /** A trust badge and, in the caller's language, why it is shown. */
    record BadgeResponse(String code, String label, String reason) {}

    /**
     * How to reach the factory. {@code visibility} says why the details may be missing: {@code VISIBLE},
     * {@code LOGIN_REQUIRED} or {@code VERIFICATION_REQUIRED} (only verified organisations see contacts).
     */
    record ContactResponse(String visibility, String name, String mobile, String email) {}

    /** The factory card (seed 000) and page (seed 002 工厂详情): what visitors and buyers see. */
    record FactoryCardResponse(
            UUID id,
            String status,
            boolean verified,
            Instant verifiedAt,
            boolean claimed,
            String name,
            String nameEn,
            String creditCode,
            String legalRepresentative,
            Address address,
            Location location,
            TagRef industry,
            List<TagRef> categories,
            List<TagRef> attributes,
            TrustProfileResponse profile,
            List<CountryRef> exportCountries,
            List<CertificationResponse> certifications,
            List<ShowcaseProductResponse> products,
            List<MediaResponse> media,
            List<SocialAccountResponse> socialAccounts,
            List<BadgeResponse> badges,
            ContactResponse contact,
            int inquiryCount,
            Instant listedAt,
            boolean favourite,
            Map<String, Object> extensions) {}

    /** One search hit. */
    record FactorySummaryResponse(
            UUID id,
            String name,
            String nameEn,
            String status,
            boolean verified,
            RegionRef province,
            RegionRef city,
            TagRef industry,
            List<TagRef> categories,
            List<TagRef> attributes,
            List<CountryRef> exportCountries,
            List<String> certifications,
            int inquiryCount,
            Instant listedAt,
            Double distanceKm) {}

    record FacetValue(String value, String labelZh, String labelEn, long count, boolean selected) {}

    /** {@code {items, page, size, total, facets}}: facets keyed by filter name (industry, tag, province …). */
    record FactorySearchResponse(
            List<FactorySummaryResponse> items, int page, int size, long total, Map<String, List<FacetValue>> facets) {}

    /** A licence review as the submitter and the reviewers see it. */
    record LicenceReviewResponse(
            UUID id,
            String kind,
            String status,
            UUID organizationId,
            UUID factoryId,
            Instant submittedAt,
            Instant dueAt,
            boolean overdue,
            String companyName,
            String creditCode,
            String legalRepresentative,
            Address address,
            UUID licenceFileId,
            TagRef industry,
            List<TagRef> categories,
            List<TagRef> attributes,
            String contactName,
            String contactMobile,
            String contactEmail,
            Instant decidedAt,
            String reason) {}

    record ReviewQueueResponse(
            List<LicenceReviewResponse> items, int page, int size, long total, long pending, long overdue) {}

    record BatchApproveResponse(List<UUID> approved, Map<UUID, String> failed) {}

    /** The factory's own dashboard: its listing, what is under review, how complete the page is, new inquiries. */
    record MyFactoryResponse(
            FactoryCardResponse factory,
            LicenceReviewResponse openReview,
            LicenceReviewResponse lastDecision,
            int completeness,
            List<String> missing,
            long unreadInquiries,
            List<CertificationResponse> certifications) {}

    record VerificationResponse(
            boolean verified,
            String companyName,
            Instant verifiedAt,
            LicenceReviewResponse openReview,
            LicenceReviewResponse lastDecision) {}

    record InquiryResponse(
            UUID id,
            UUID factoryId,
            String factoryName,
            UUID buyerOrganizationId,
            String buyerName,
            UUID productId,
            String productName,
            int quantity,
            String unit,
            String message,
            String status,
            Instant createdAt) {}

    record FavouriteResponse(UUID factoryId, String name, String status, boolean verified, Instant savedAt) {}

    record ReindexResponse(long indexed, long millis) {}
}
