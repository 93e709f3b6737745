package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.CurationService;
import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.MarketViews;
import com.realsourcing.intel.domain.VideoDetails;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' curation: find, add and correct accounts (profile, seller flag, linked factory) and videos (text,
 * hashtags, metrics, labels); label a video by hand; link an account to a directory factory.
 */
@RestController
@Validated
@RequestMapping("/api/intel/admin")
@Tag(name = "intel")
class IntelAdminController {

    private final CurationService curation;
    private final VideoDetails videos;

    IntelAdminController(CurationService curation, VideoDetails videos) {
        this.curation = curation;
        this.videos = videos;
    }

    /** Null fields leave a label as it is; a manual label wins over the rules and survives re-import. */
    record LabelRequest(
            @Size(max = 50) String industry,
            @Size(max = 60) String product,
            @Size(max = 2) String country,
            @Size(max = 500) String note) {}

    @PutMapping("/videos/{id}/labels")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    VideoDetails.Details labelVideo(@PathVariable UUID id, @Valid @RequestBody LabelRequest request) {
        curation.label(
                id,
                new CurationService.LabelChange(
                        request.industry(), request.product(), request.country(), request.note()),
                CurrentUser.require().userId());
        return videos.find(id);
    }

    /** An account as operators enter it; {@code factoryId} null means not linked to a directory factory. */
    record AccountRequest(
            @Pattern(regexp = "TIKTOK") String platform,
            @NotBlank @Size(max = 101) String handle,
            @Size(max = 200) String nickname,
            @Size(max = 500) String profileUrl,
            @Size(max = 2000) String bio,
            @Size(max = 1000) String bioLink,
            @PositiveOrZero long followers,
            boolean verified,
            boolean seller,
            UUID factoryId) {

        CurationService.AccountFields fields() {
            return new CurationService.AccountFields(
                    handle, nickname, profileUrl, bio, bioLink, followers, verified, seller, factoryId);
        }
    }

    @GetMapping("/accounts")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    PageResponse<CurationService.CuratedAccount> accounts(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @PositiveOrZero int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CurationService.Page<CurationService.CuratedAccount> found = curation.accounts(q, page, size);
        return new PageResponse<>(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    CurationService.CuratedAccount account(@PathVariable UUID id) {
        return curation.account(id);
    }

    @PostMapping("/accounts")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<CurationService.CuratedAccount> createAccount(@Valid @RequestBody AccountRequest request) {
        CurationService.CuratedAccount created = curation.createAccount(request.fields());
        return ResponseEntity.created(URI.create("/api/intel/admin/accounts/" + created.id()))
                .body(created);
    }

    /** Replaces the account's profile, seller flag and factory link. */
    @PutMapping("/accounts/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    CurationService.CuratedAccount updateAccount(@PathVariable UUID id, @Valid @RequestBody AccountRequest request) {
        return curation.updateAccount(id, request.fields());
    }

    /** A video as operators enter it; in a correction a null field keeps the video's value. */
    record VideoRequest(
            @Size(max = 4000) String text,
            @Size(max = 50) List<@Size(max = 100) String> hashtags,
            @Size(max = 16) String language,
            @PositiveOrZero Integer durationSeconds,
            @PositiveOrZero Long plays,
            @PositiveOrZero Long likes,
            @PositiveOrZero Long shares,
            @PositiveOrZero Long comments,
            @PositiveOrZero Long saves,
            @Size(max = 50) String industry,
            @Size(max = 60) String product,
            @Size(max = 2) String country,
            @Size(max = 500) String note) {

        CurationService.VideoFields fields() {
            return new CurationService.VideoFields(
                    text,
                    hashtags,
                    language,
                    durationSeconds,
                    plays,
                    likes,
                    shares,
                    comments,
                    saves,
                    industry,
                    product,
                    country,
                    note);
        }
    }

    /** A video added by hand: its account, its TikTok link (or number) and when it was published. */
    record NewVideoRequest(
            @NotNull UUID accountId,
            @NotBlank @Size(max = 500) String url,
            @NotNull Instant publishedAt,
            @NotNull @Valid VideoRequest video) {}

    @GetMapping("/videos")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    PageResponse<MarketViews.VideoCard> videos(
            @RequestParam(required = false) UUID accountId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @PositiveOrZero int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CurationService.Page<MarketViews.VideoCard> found = curation.videos(accountId, q, page, size);
        return new PageResponse<>(found.items(), found.page(), found.size(), found.total());
    }

    @PostMapping("/videos")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<VideoDetails.Details> createVideo(@Valid @RequestBody NewVideoRequest request) {
        UUID id = curation.createVideo(
                request.accountId(),
                request.url(),
                request.publishedAt(),
                request.video().fields(),
                CurrentUser.require().userId());
        return ResponseEntity.created(URI.create("/api/intel/videos/" + id)).body(videos.find(id));
    }

    /** Corrects a video's text, hashtags and metrics; labels given become manual ones. */
    @PutMapping("/videos/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    VideoDetails.Details updateVideo(@PathVariable UUID id, @Valid @RequestBody VideoRequest request) {
        curation.updateVideo(id, request.fields(), CurrentUser.require().userId());
        return videos.find(id);
    }

    /** {@code factoryId} null unlinks. */
    record FactoryLinkRequest(UUID factoryId) {}

    @PutMapping("/accounts/{id}/factory")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<Void> linkFactory(@PathVariable UUID id, @RequestBody FactoryLinkRequest request) {
        curation.linkFactory(id, request.factoryId());
        return ResponseEntity.noContent().build();
    }
}
