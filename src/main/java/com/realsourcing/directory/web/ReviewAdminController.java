package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.CertificationService;
import com.realsourcing.directory.domain.FactorySearch;
import com.realsourcing.directory.domain.LicenceReview;
import com.realsourcing.directory.domain.ReviewService;
import com.realsourcing.directory.web.FactoryDtos.BatchApproveRequest;
import com.realsourcing.directory.web.FactoryDtos.BatchApproveResponse;
import com.realsourcing.directory.web.FactoryDtos.CertificationResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceReviewResponse;
import com.realsourcing.directory.web.FactoryDtos.ReindexResponse;
import com.realsourcing.directory.web.FactoryDtos.RejectRequest;
import com.realsourcing.directory.web.FactoryDtos.ReviewQueueResponse;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform console: the licence review queue (seed 002 六.1 资质审核, target one working day) and certificate
 * checks, with the expiring-certificate list (资质过期提醒).
 */
@RestController
@Validated
@RequestMapping("/api/directory/admin")
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory-admin", description = "Platform console: reviews")
class ReviewAdminController {

    private final ReviewService reviews;
    private final CertificationService certifications;
    private final FactorySearch search;
    private final FactoryViews views;

    ReviewAdminController(
            ReviewService reviews, CertificationService certifications, FactorySearch search, FactoryViews views) {
        this.reviews = reviews;
        this.certifications = certifications;
        this.search = search;
        this.views = views;
    }

    /** The queue, oldest deadline first; {@code overdue=true} shows only those past the target. */
    @GetMapping("/reviews")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    ReviewQueueResponse queue(
            @RequestParam(required = false) LicenceReview.Status status,
            @RequestParam(required = false) LicenceReview.Kind kind,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}") String province,
            @RequestParam(required = false) @Size(max = 100) String q,
            @Valid PageQuery paging) {
        var page = reviews.queue(
                new ReviewService.QueueFilter(status, kind, overdue, province, q),
                paging.pageOrDefault(),
                paging.sizeOrDefault());
        var counts = reviews.counts();
        return new ReviewQueueResponse(
                page.getContent().stream().map(views::review).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                counts.get("pending"),
                counts.get("overdue"));
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    LicenceReviewResponse review(@PathVariable UUID id) {
        return views.review(reviews.get(id));
    }

    @PostMapping("/reviews/{id}/approve")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    LicenceReviewResponse approve(@PathVariable UUID id) {
        return views.review(reviews.approve(CurrentUser.require(), id));
    }

    @PostMapping("/reviews/{id}/reject")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    LicenceReviewResponse reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request) {
        return views.review(reviews.reject(CurrentUser.require(), id, request.reason()));
    }

    /** Approve several at once; each succeeds or fails on its own and the answer says which. */
    @PostMapping("/reviews/approvals")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    BatchApproveResponse approveAll(@Valid @RequestBody BatchApproveRequest request) {
        var result = reviews.approveAll(CurrentUser.require(), request.reviewIds());
        return new BatchApproveResponse(result.approved(), result.failed());
    }

    /** Certificates waiting for a check, or ({@code expiring=true}) verified ones expiring within the window. */
    @GetMapping("/certifications")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    PageResponse<CertificationResponse> certifications(
            @RequestParam(required = false, defaultValue = "false") boolean expiring, @Valid PageQuery paging) {
        var page = expiring
                ? certifications.expiring(paging.pageOrDefault(), paging.sizeOrDefault())
                : certifications.pending(paging.pageOrDefault(), paging.sizeOrDefault());
        return PageResponse.from(page, views::certification);
    }

    @PostMapping("/certifications/{id}/verify")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    CertificationResponse verify(@PathVariable UUID id) {
        return views.certification(certifications.verify(CurrentUser.require(), id));
    }

    @PostMapping("/certifications/{id}/reject")
    @PreAuthorize("hasAuthority('directory:review:decide')")
    CertificationResponse rejectCertification(@PathVariable UUID id, @Valid @RequestBody RejectRequest request) {
        return views.certification(certifications.reject(CurrentUser.require(), id, request.reason()));
    }

    /** Rebuilds the search index from the database. */
    @PostMapping("/search-index")
    @PreAuthorize("hasAuthority('directory:import:manage')")
    ReindexResponse reindex() throws InterruptedException {
        long started = System.nanoTime();
        search.reindex();
        long indexed = search.countIndexed();
        return new ReindexResponse(indexed, (System.nanoTime() - started) / 1_000_000);
    }
}
