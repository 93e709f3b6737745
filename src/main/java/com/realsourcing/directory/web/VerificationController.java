package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.LicenceReview;
import com.realsourcing.directory.domain.OnboardingService;
import com.realsourcing.directory.web.FactoryDtos.LicenceReviewResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceSubmissionRequest;
import com.realsourcing.directory.web.FactoryDtos.VerificationResponse;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 企业认证 for organisations that are not factories: the same licence review without a directory listing. A
 * verified organisation may publish and sees factories' contact details.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory-verification", description = "Company verification")
class VerificationController {

    private final OnboardingService onboarding;
    private final FactoryViews views;

    VerificationController(OnboardingService onboarding, FactoryViews views) {
        this.onboarding = onboarding;
        this.views = views;
    }

    /** The active organisation's verification: whether it is verified, and its open and last decided review. */
    @GetMapping("/api/directory/verification")
    VerificationResponse status() {
        AuthenticatedUser actor = CurrentUser.require();
        var verified = onboarding.verification(actor.organizationId());
        List<LicenceReview> reviews = onboarding.reviewsOf(actor.organizationId());
        return new VerificationResponse(
                verified.isPresent(),
                verified.map(v -> v.companyName()).orElse(null),
                verified.map(v -> v.verifiedAt()).orElse(null),
                reviews.stream()
                        .filter(r -> r.getStatus() == LicenceReview.Status.PENDING)
                        .findFirst()
                        .map(views::review)
                        .orElse(null),
                reviews.stream()
                        .filter(r -> r.getStatus() == LicenceReview.Status.APPROVED
                                || r.getStatus() == LicenceReview.Status.REJECTED)
                        .findFirst()
                        .map(views::review)
                        .orElse(null));
    }

    @PostMapping("/api/directory/verification")
    @PreAuthorize("hasAuthority('directory:verification:submit')")
    ResponseEntity<LicenceReviewResponse> submit(@Valid @RequestBody LicenceSubmissionRequest request) {
        LicenceReview review =
                onboarding.submitVerification(CurrentUser.require(), MyFactoryController.submission(request));
        return ResponseEntity.created(URI.create("/api/directory/verification")).body(views.review(review));
    }
}
