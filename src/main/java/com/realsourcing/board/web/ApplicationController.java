package com.realsourcing.board.web;

import com.realsourcing.board.domain.JobApplicationService;
import com.realsourcing.board.domain.JobApplicationService.Application;
import com.realsourcing.board.domain.JobApplicationService.Profile;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 临时用工: workers' profiles and applications, factories' decisions; both sides keep the records. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-applications", description = "Temp-job applications")
class ApplicationController {

    private final JobApplicationService applications;

    ApplicationController(JobApplicationService applications) {
        this.applications = applications;
    }

    @GetMapping("/api/board/worker-profile")
    @PreAuthorize("hasAuthority('board:application:submit')")
    Profile profile() {
        return applications
                .profile(CurrentUser.require())
                .orElseThrow(() -> DomainException.notFound("board.worker-profile-required"));
    }

    @PutMapping("/api/board/worker-profile")
    @PreAuthorize("hasAuthority('board:application:submit')")
    Profile saveProfile(@Valid @RequestBody BoardDtos.WorkerProfileRequest request) {
        return applications.saveProfile(CurrentUser.require(), request.profile());
    }

    /** Applies to a published job with the worker's profile (409 {@code board.already-applied} the second time). */
    @PostMapping("/api/board/postings/{id}/applications")
    @PreAuthorize("hasAuthority('board:application:submit')")
    ResponseEntity<Application> apply(
            @PathVariable UUID id, @Valid @RequestBody(required = false) BoardDtos.ApplyRequest request) {
        Application application =
                applications.apply(CurrentUser.require(), id, request == null ? null : request.message());
        return ResponseEntity.created(URI.create("/api/board/applications/" + application.id()))
                .body(application);
    }

    /** Applications to one of the factory's jobs; mobile numbers masked until accepted. */
    @GetMapping("/api/board/postings/{id}/applications")
    @PreAuthorize("hasAuthority('board:application:decide')")
    List<Application> ofJob(@PathVariable UUID id) {
        return applications.ofFactory(CurrentUser.require(), id);
    }

    /** All applications to the factory's jobs. */
    @GetMapping("/api/board/received-applications")
    @PreAuthorize("hasAuthority('board:application:decide')")
    List<Application> received(@RequestParam(required = false) UUID postingId) {
        return applications.ofFactory(CurrentUser.require(), postingId);
    }

    /** 应聘记录: the worker's applications. */
    @GetMapping("/api/board/my-applications")
    @PreAuthorize("hasAuthority('board:application:submit')")
    List<Application> mine() {
        return applications.ofWorker(CurrentUser.require());
    }

    @PostMapping("/api/board/applications/{id}/accept")
    @PreAuthorize("hasAuthority('board:application:decide')")
    Application accept(@PathVariable UUID id) {
        return applications.decide(CurrentUser.require(), id, true, null);
    }

    @PostMapping("/api/board/applications/{id}/reject")
    @PreAuthorize("hasAuthority('board:application:decide')")
    Application reject(@PathVariable UUID id, @Valid @RequestBody(required = false) BoardDtos.DecisionRequest request) {
        return applications.decide(CurrentUser.require(), id, false, request == null ? null : request.reason());
    }

    @PostMapping("/api/board/applications/{id}/withdraw")
    @PreAuthorize("hasAuthority('board:application:submit')")
    Application withdraw(@PathVariable UUID id) {
        return applications.withdraw(CurrentUser.require(), id);
    }
}
