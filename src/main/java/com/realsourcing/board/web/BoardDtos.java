package com.realsourcing.board.web;

import com.realsourcing.board.domain.ComplaintService;
import com.realsourcing.board.domain.InventoryDetails;
import com.realsourcing.board.domain.JobApplicationService;
import com.realsourcing.board.domain.JobDetails;
import com.realsourcing.board.domain.ModerationHit;
import com.realsourcing.board.domain.ModerationLevel;
import com.realsourcing.board.domain.ModerationLog;
import com.realsourcing.board.domain.ModerationWord;
import com.realsourcing.board.domain.OemDemandDetails;
import com.realsourcing.board.domain.OemServiceDetails;
import com.realsourcing.board.domain.PostingContent;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.board.domain.PostingStatus;
import com.realsourcing.board.domain.PriceRange;
import com.realsourcing.board.domain.ProcurementDetails;
import com.realsourcing.board.domain.Quote;
import com.realsourcing.board.domain.QuoteService;
import com.realsourcing.board.domain.Term;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request and response records of the board's HTTP API. Records whose simple name another module also uses carry an
 * explicit schema name: springdoc keeps one schema per simple name, so the document (and the console's typed client)
 * would otherwise describe the other module's shape.
 */
final class BoardDtos {

    private BoardDtos() {}

    // ---- postings ----

    /**
     * A new posting: its kind, the shared fields and exactly one kind's details ({@code procurement} for
     * PROCUREMENT, {@code inventory}, {@code job}, {@code oemDemand}, {@code oemService}). {@code draft} keeps it
     * private and unchecked; otherwise it is checked and sent to review at once.
     */
    record CreatePostingRequest(
            @NotNull PostingKind kind,
            Boolean draft,
            @Size(max = 100) String title,
            @Size(max = 4000) String description,
            @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
            @Pattern(regexp = "\\d{4}|\\d{6}") String cityCode,
            @Pattern(regexp = "\\d{6}") String countyCode,
            @Size(max = 200) String addressLine,
            UUID categoryTagId,
            LocalDate validUntil,
            @Size(max = 9) List<@NotNull UUID> mediaFileIds,
            @Valid ProcurementDetails procurement,
            @Valid InventoryDetails inventory,
            @Valid JobDetails job,
            @Valid OemDemandDetails oemDemand,
            @Valid OemServiceDetails oemService) {

        PostingContent content() {
            return new PostingContent(
                    title,
                    description,
                    provinceCode,
                    cityCode,
                    countyCode,
                    addressLine,
                    categoryTagId,
                    validUntil,
                    mediaFileIds,
                    procurement,
                    inventory,
                    job,
                    oemDemand,
                    oemService);
        }
    }

    record RepostRequest(LocalDate validUntil) {}

    record NameRef(String code, String name) {}

    @Schema(name = "BoardTagRef")
    record TagRef(UUID id, String nameZh, String nameEn, boolean retired) {}

    @Schema(name = "BoardOrganizationRef")
    record OrganizationRef(UUID id, String name, String type, boolean verified) {}

    /** The kind's headline price: an RFQ's target price, an offer's unit price, a job's wage, an OEM budget. */
    record PriceRef(BigDecimal min, BigDecimal max, String currency, String per) {}

    /** A posting in a list. */
    record PostingSummary(
            UUID id,
            PostingKind kind,
            PostingStatus status,
            String title,
            NameRef province,
            NameRef city,
            TagRef category,
            List<TagRef> terms,
            BigDecimal quantity,
            String unit,
            Integer headcount,
            PriceRef price,
            List<String> attributes,
            UUID coverFileId,
            OrganizationRef organization,
            Instant publishedAt,
            Instant validUntil,
            Instant updatedAt,
            Double distanceKm,
            boolean hasPendingRevision,
            int quoteCount,
            int applicationCount,
            int contactCount,
            int viewCount) {}

    /** What the caller may do with a posting and has done with it. */
    record ViewerRef(boolean own, boolean favourite, boolean mayReview) {}

    /** The content an author wrote, as the edit form takes it back. */
    record ContentView(
            String title,
            String description,
            String provinceCode,
            String cityCode,
            String countyCode,
            String addressLine,
            UUID categoryTagId,
            LocalDate validUntil,
            List<UUID> mediaFileIds,
            ProcurementDetails procurement,
            InventoryDetails inventory,
            JobDetails job,
            OemDemandDetails oemDemand,
            OemServiceDetails oemService) {

        static ContentView from(PostingContent c) {
            return new ContentView(
                    c.title(),
                    c.description(),
                    c.provinceCode(),
                    c.cityCode(),
                    c.countyCode(),
                    c.addressLine(),
                    c.categoryTagId(),
                    c.validUntil(),
                    c.mediaFileIds(),
                    c.procurement(),
                    c.inventory(),
                    c.job(),
                    c.oemDemand(),
                    c.oemService());
        }
    }

    /** One posting in full. Review findings and pending versions are shown to its organisation and reviewers only. */
    record PostingResponse(
            PostingSummary summary,
            String description,
            NameRef county,
            String addressLine,
            Double lat,
            Double lng,
            List<UUID> mediaFileIds,
            ContentView content,
            int quoteSeats,
            int acceptedCount,
            Instant createdAt,
            Instant submittedAt,
            boolean reviewFlagged,
            List<ModerationHit> reviewHits,
            String rejectionReason,
            ContentView pendingContent,
            Instant pendingSubmittedAt,
            boolean pendingFlagged,
            List<ModerationHit> pendingHits,
            String pendingRejection,
            ViewerRef viewer) {}

    @Schema(name = "BoardFacetValue")
    record FacetValue(String value, String label, long count) {}

    record PostingSearchResponse(
            List<PostingSummary> items, int page, int size, long total, Map<String, List<FacetValue>> facets) {}

    record HistoryEntry(ModerationLog.Action action, boolean revision, String reason, String hits, Instant occurredAt) {

        static HistoryEntry from(ModerationLog.Entry e) {
            return new HistoryEntry(e.action(), e.revision(), e.reason(), e.hitsJson(), e.occurredAt());
        }
    }

    record FactoryRef(UUID id, String name, NameRef province, NameRef city, boolean verified) {}

    record MatchReason(String code, int points, String label) {}

    /** A suggested counterpart: a posting or a directory factory, its score out of 100 and why. */
    record MatchResponse(PostingSummary posting, FactoryRef factory, int score, List<MatchReason> reasons) {}

    record Suggestion(PostingSummary posting, String reasonType, String reasonValue, String reasonLabel) {}

    // ---- review ----

    record RejectRequest(@NotBlank @Size(max = 500) String reason) {}

    record BatchReviewRequest(
            @NotEmpty @Size(max = 100) List<@NotNull UUID> postingIds,
            @NotNull Boolean approve,
            @Size(max = 500) String reason) {}

    record BatchOutcomeResponse(UUID postingId, boolean done, String code) {}

    // ---- quotes ----

    record QuoteRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
                    BigDecimal unitPrice,
            @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal moq,
            @NotNull @Min(1) @Max(730) Integer leadTimeDays,
            @NotNull LocalDate validUntil,
            @Size(max = 2000) String notes,
            @Size(max = 9) List<@NotNull UUID> attachmentFileIds) {

        Quote.Terms terms() {
            return new Quote.Terms(unitPrice, currency, moq, leadTimeDays, validUntil, notes, attachmentFileIds);
        }
    }

    record QuoteResponse(
            UUID id,
            UUID postingId,
            String postingTitle,
            OrganizationRef factory,
            BigDecimal unitPrice,
            String currency,
            BigDecimal moq,
            int leadTimeDays,
            LocalDate validUntil,
            String notes,
            List<UUID> attachmentFileIds,
            Quote.Status status,
            Instant createdAt,
            Instant updatedAt,
            Instant decidedAt) {}

    record QuotaResponse(int used, int limit, int remaining, LocalDate month) {
        static QuotaResponse from(QuoteService.Quota q) {
            return new QuotaResponse(q.used(), q.limit(), Math.max(0, q.limit() - q.used()), q.month());
        }
    }

    // ---- jobs ----

    record WorkerProfileRequest(
            @NotBlank @Size(max = 30) String name,
            @NotBlank @Size(max = 20) String mobile,
            @Pattern(regexp = "MALE|FEMALE|UNDISCLOSED") String gender,
            @Min(1940) @Max(2015) Integer birthYear,
            @NotNull @Min(0) @Max(60) Integer experienceYears,
            @Size(max = 10) List<@NotNull UUID> jobTypeIds,
            @Pattern(regexp = "\\d{2}") String provinceCode,
            @Pattern(regexp = "\\d{4}|\\d{6}") String cityCode,
            @Size(max = 500) String intro) {

        JobApplicationService.Profile profile() {
            return new JobApplicationService.Profile(
                    name, mobile, gender, birthYear, experienceYears, jobTypeIds, provinceCode, cityCode, intro);
        }
    }

    record ApplyRequest(@Size(max = 500) String message) {}

    record DecisionRequest(@Size(max = 300) String reason) {}

    // ---- contacts, complaints ----

    record ContactRequest(@Size(max = 2000) String message) {}

    @Schema(name = "BoardContactResponse")
    record ContactResponse(
            UUID id,
            UUID postingId,
            String postingTitle,
            PostingKind postingKind,
            OrganizationRef counterpart,
            boolean initiatedByMe,
            UUID conversationId,
            Instant createdAt,
            Instant dealMarkedAt,
            boolean dealMarkedByMe) {}

    record ComplaintRequest(
            @NotNull ComplaintService.TargetType targetType,
            @NotNull UUID targetId,
            @NotNull ComplaintService.Reason reason,
            @Size(max = 1000) String description) {}

    record ResolveComplaintRequest(
            @NotNull Boolean upheld, @NotBlank @Size(max = 1000) String resolution, ComplaintService.Action action) {}

    record ComplaintResponse(
            UUID id,
            ComplaintService.TargetType targetType,
            UUID targetId,
            UUID postingId,
            OrganizationRef reported,
            OrganizationRef reporter,
            ComplaintService.Reason reason,
            String description,
            String evidence,
            ComplaintService.Status status,
            String resolution,
            ComplaintService.Action action,
            Instant createdAt,
            Instant resolvedAt) {}

    // ---- managed lists and words ----

    record TermResponse(
            UUID id, Term.Kind kind, String code, String nameZh, String nameEn, int sortOrder, boolean retired) {

        static TermResponse from(Term t) {
            return new TermResponse(
                    t.getId(), t.getKind(), t.getCode(), t.getNameZh(), t.getNameEn(), t.getSortOrder(), t.isRetired());
        }
    }

    record CreateTermRequest(
            @NotNull Term.Kind kind,
            @NotBlank @Size(max = 60) String code,
            @NotBlank @Size(max = 60) String nameZh,
            @NotBlank @Size(max = 100) String nameEn) {}

    record RenameTermRequest(@NotBlank @Size(max = 60) String nameZh, @NotBlank @Size(max = 100) String nameEn) {}

    record ReorderTermsRequest(@NotNull Term.Kind kind, @NotEmpty List<@NotNull UUID> order) {}

    record WordRequest(
            @NotBlank @Size(max = 60) String word, @NotNull ModerationLevel level, @Size(max = 200) String note) {}

    record ChangeWordRequest(@NotNull ModerationLevel level, @Size(max = 200) String note) {}

    record WordResponse(
            UUID id, String word, String normalized, ModerationLevel level, String note, Instant createdAt) {
        static WordResponse from(ModerationWord w) {
            return new WordResponse(
                    w.getId(), w.getWord(), w.getNormalized(), w.getLevel(), w.getNote(), w.getCreatedAt());
        }
    }

    record CheckTextRequest(@NotBlank @Size(max = 8000) String text) {}

    record CheckTextResponse(boolean blocked, boolean flagged, List<ModerationHit> hits) {}

    static PriceRef price(PriceRange range, String per) {
        return range == null ? null : new PriceRef(range.min(), range.max(), range.currency(), per);
    }
}
