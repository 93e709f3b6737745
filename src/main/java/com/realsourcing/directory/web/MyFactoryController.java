package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.Certification;
import com.realsourcing.directory.domain.Factory;
import com.realsourcing.directory.domain.FactoryStatus;
import com.realsourcing.directory.domain.InquiryService;
import com.realsourcing.directory.domain.LicenceReview;
import com.realsourcing.directory.domain.LicenceSubmission;
import com.realsourcing.directory.domain.OnboardingService;
import com.realsourcing.directory.domain.ProfileService;
import com.realsourcing.directory.domain.ShowcaseProduct.ShowcaseDetails;
import com.realsourcing.directory.domain.TrustProfile;
import com.realsourcing.directory.web.FactoryDtos.CertificationRequest;
import com.realsourcing.directory.web.FactoryDtos.CertificationResponse;
import com.realsourcing.directory.web.FactoryDtos.FactoryCardResponse;
import com.realsourcing.directory.web.FactoryDtos.InquiryResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceReviewResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceSubmissionRequest;
import com.realsourcing.directory.web.FactoryDtos.MediaRequest;
import com.realsourcing.directory.web.FactoryDtos.MediaResponse;
import com.realsourcing.directory.web.FactoryDtos.MyFactoryResponse;
import com.realsourcing.directory.web.FactoryDtos.ShowcaseProductRequest;
import com.realsourcing.directory.web.FactoryDtos.ShowcaseProductResponse;
import com.realsourcing.directory.web.FactoryDtos.SocialAccountRequest;
import com.realsourcing.directory.web.FactoryDtos.SocialAccountResponse;
import com.realsourcing.directory.web.FactoryDtos.TrustProfileRequest;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The factory's own side: onboarding (seed 002 六.1), the dashboard (seed 001 工厂看板: completeness,
 * certificates and their expiry, products, inquiries) and everything on its public page.
 */
@RestController
@RequestMapping("/api/directory/my-factory")
@io.swagger.v3.oas.annotations.tags.Tag(
        name = "directory-my-factory",
        description = "A factory's own page and onboarding")
class MyFactoryController {

    private final OnboardingService onboarding;
    private final ProfileService profiles;
    private final InquiryService inquiries;
    private final FactoryViews views;
    private final com.realsourcing.directory.domain.FactoryLookup lookup;

    MyFactoryController(
            OnboardingService onboarding,
            ProfileService profiles,
            InquiryService inquiries,
            FactoryViews views,
            com.realsourcing.directory.domain.FactoryLookup lookup) {
        this.onboarding = onboarding;
        this.profiles = profiles;
        this.inquiries = inquiries;
        this.views = views;
        this.lookup = lookup;
    }

    static LicenceSubmission submission(LicenceSubmissionRequest r) {
        return new LicenceSubmission(
                r.companyName(),
                r.creditCode(),
                r.legalRepresentative(),
                r.provinceCode(),
                r.cityCode(),
                r.countyCode(),
                r.addressLine(),
                r.licenceFileId(),
                r.industryTagId(),
                r.categoryTagIds(),
                r.attributeTagIds(),
                r.contactName(),
                r.contactMobile(),
                r.contactEmail());
    }

    /** The dashboard. 404 until the organisation has submitted its licence once. */
    @GetMapping
    @PreAuthorize("hasAuthority('directory:inquiry:read')")
    MyFactoryResponse dashboard() {
        AuthenticatedUser actor = CurrentUser.require();
        Factory factory = profiles.mine(actor);
        List<LicenceReview> reviews = onboarding.reviewsOf(actor.organizationId());
        Optional<LicenceReview> open = reviews.stream()
                .filter(r -> r.getStatus() == LicenceReview.Status.PENDING)
                .findFirst();
        Optional<LicenceReview> decided = reviews.stream()
                .filter(r -> r.getStatus() == LicenceReview.Status.APPROVED
                        || r.getStatus() == LicenceReview.Status.REJECTED)
                .findFirst();
        FactoryCardResponse card = views.card(factory, Optional.of(actor));
        List<String> missing = missing(card, factory);
        return new MyFactoryResponse(
                card,
                open.map(views::review).orElse(null),
                decided.map(views::review).orElse(null),
                (int) Math.round(100.0 * (COMPLETENESS_ITEMS - missing.size()) / COMPLETENESS_ITEMS),
                missing,
                inquiries.unread(factory.getId()),
                profiles.certifications(factory.getId()).stream()
                        .map(views::certification)
                        .toList());
    }

    private static final int COMPLETENESS_ITEMS = 9;

    /** What a buyer would miss on the page; each item is a key the console translates. */
    private static List<String> missing(FactoryCardResponse card, Factory f) {
        List<String> missing = new ArrayList<>();
        if (f.getStatus() != FactoryStatus.LISTED) {
            missing.add("licence");
        }
        if (f.getDescription() == null || f.getDescription().isBlank()) {
            missing.add("description");
        }
        if (f.getFoundedYear() == null || f.getStaffCount() == null) {
            missing.add("basics");
        }
        if (f.getMonthlyCapacity() == null || f.getProductionLines() == null) {
            missing.add("capacity");
        }
        if (f.getExportCountries().isEmpty()) {
            missing.add("exportCountries");
        }
        if (card.certifications().stream().noneMatch(c -> c.status().equals(Certification.Status.VERIFIED.name()))) {
            missing.add("certifications");
        }
        if (card.products().isEmpty()) {
            missing.add("products");
        }
        if (card.media().isEmpty()) {
            missing.add("media");
        }
        if (card.socialAccounts().isEmpty()) {
            missing.add("socialAccounts");
        }
        return missing;
    }

    /**
     * Submit (or resubmit, or change) the licence and the verified values. The first time, the factory waits for
     * review; once listed, the change waits for review while the page keeps showing the verified values.
     */
    @PostMapping("/onboarding")
    @PreAuthorize("hasAuthority('directory:factory:onboard')")
    ResponseEntity<LicenceReviewResponse> submit(@Valid @RequestBody LicenceSubmissionRequest request) {
        LicenceReview review = onboarding.submitFactory(CurrentUser.require(), submission(request));
        return ResponseEntity.created(URI.create("/api/directory/my-factory")).body(views.review(review));
    }

    @PutMapping("/profile")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    FactoryCardResponse changeProfile(@Valid @RequestBody TrustProfileRequest r) {
        AuthenticatedUser actor = CurrentUser.require();
        Factory factory = profiles.changeProfile(
                actor,
                new TrustProfile(
                        r.description(),
                        r.foundedYear(),
                        r.staffCount(),
                        r.areaSqm(),
                        r.productionLines(),
                        r.monthlyCapacity(),
                        Boolean.TRUE.equals(r.oem()),
                        Boolean.TRUE.equals(r.odm()),
                        r.exportCountries() == null ? List.of() : r.exportCountries(),
                        r.lat(),
                        r.lng()));
        return views.card(factory, Optional.of(actor));
    }

    @PostMapping("/certifications")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<CertificationResponse> addCertification(@Valid @RequestBody CertificationRequest r) {
        if (r.validFrom() != null && r.validUntil() != null && r.validUntil().isBefore(r.validFrom())) {
            throw com.realsourcing.shared.domain.DomainException.invalidField(
                    "validUntil", "directory.certification-dates");
        }
        Certification c = profiles.addCertification(
                CurrentUser.require(),
                new ProfileService.NewCertification(
                        r.type(), r.name(), r.issuer(), r.number(), r.validFrom(), r.validUntil(), r.evidenceFileId()));
        return ResponseEntity.created(URI.create("/api/directory/my-factory/certifications/" + c.getId()))
                .body(views.certification(c));
    }

    @DeleteMapping("/certifications/{id}")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<Void> removeCertification(@PathVariable UUID id) {
        profiles.removeCertification(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/products")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<ShowcaseProductResponse> addProduct(@Valid @RequestBody ShowcaseProductRequest r) {
        var product = profiles.addProduct(CurrentUser.require(), details(r));
        return ResponseEntity.created(URI.create("/api/directory/my-factory/products/" + product.getId()))
                .body(views.product(product));
    }

    @PutMapping("/products/{id}")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ShowcaseProductResponse changeProduct(@PathVariable UUID id, @Valid @RequestBody ShowcaseProductRequest r) {
        return views.product(profiles.changeProduct(CurrentUser.require(), id, details(r)));
    }

    @DeleteMapping("/products/{id}")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<Void> removeProduct(@PathVariable UUID id) {
        profiles.removeProduct(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    private static ShowcaseDetails details(ShowcaseProductRequest r) {
        return new ShowcaseDetails(
                r.name(),
                r.imageFileIds() == null ? List.of() : r.imageFileIds(),
                r.priceMin(),
                r.priceMax(),
                r.currency(),
                r.moq(),
                r.moqUnit(),
                r.leadTimeDays(),
                r.categoryTagId());
    }

    @PostMapping("/media")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<MediaResponse> addMedia(@Valid @RequestBody MediaRequest r) {
        var m = profiles.addMedia(CurrentUser.require(), r.fileId(), r.caption());
        return ResponseEntity.created(URI.create("/api/directory/my-factory/media/" + m.id()))
                .body(new MediaResponse(m.id(), m.fileId(), m.kind(), m.caption()));
    }

    @DeleteMapping("/media/{id}")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<Void> removeMedia(@PathVariable UUID id) {
        profiles.removeMedia(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/social-accounts")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<SocialAccountResponse> addSocialAccount(@Valid @RequestBody SocialAccountRequest r) {
        var a = profiles.addSocialAccount(CurrentUser.require(), r.platform(), r.handle());
        return ResponseEntity.created(URI.create("/api/directory/my-factory/social-accounts/" + a.id()))
                .body(new SocialAccountResponse(a.id(), a.platform(), a.handle(), null));
    }

    @DeleteMapping("/social-accounts/{id}")
    @PreAuthorize("hasAuthority('directory:factory:manage')")
    ResponseEntity<Void> removeSocialAccount(@PathVariable UUID id) {
        profiles.removeSocialAccount(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    /** Inquiries buyers sent the factory, newest first. */
    @GetMapping("/inquiries")
    @PreAuthorize("hasAuthority('directory:inquiry:read')")
    PageResponse<InquiryResponse> inquiries(@Valid PageQuery paging) {
        var page = inquiries.received(CurrentUser.require(), paging.pageOrDefault(), paging.sizeOrDefault());
        return PageResponse.from(page, i -> InquiriesController.response(i, lookup, null));
    }

    @PostMapping("/inquiries/{id}/read")
    @PreAuthorize("hasAuthority('directory:inquiry:read')")
    InquiryResponse markRead(@PathVariable UUID id) {
        return InquiriesController.response(inquiries.markRead(CurrentUser.require(), id), lookup, null);
    }
}
