package com.realsourcing.identity.web;

import com.realsourcing.identity.domain.IdentityService;
import com.realsourcing.identity.domain.OrganizationService;
import com.realsourcing.identity.web.IdentityDtos.AcceptInvitationRequest;
import com.realsourcing.identity.web.IdentityDtos.CreateOrganizationRequest;
import com.realsourcing.identity.web.IdentityDtos.InvitationRequest;
import com.realsourcing.identity.web.IdentityDtos.InvitationResponse;
import com.realsourcing.identity.web.IdentityDtos.MeResponse;
import com.realsourcing.identity.web.IdentityDtos.MemberResponse;
import com.realsourcing.identity.web.IdentityDtos.OrganizationRef;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity")
@Tag(name = "identity-organizations", description = "Organisations, members and invitations")
class OrganizationController {

    private final OrganizationService organizations;
    private final IdentityService identity;
    private final SessionSupport sessions;
    private final Clock clock;

    OrganizationController(
            OrganizationService organizations, IdentityService identity, SessionSupport sessions, Clock clock) {
        this.organizations = organizations;
        this.identity = identity;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PostMapping("/organizations")
    @org.springframework.web.bind.annotation.ResponseStatus(
            org.springframework.http.HttpStatus.CREATED) // documents the 201 the ResponseEntity sends
    @PreAuthorize("hasAuthority('identity:organization:create')")
    ResponseEntity<OrganizationRef> create(@Valid @RequestBody CreateOrganizationRequest request) {
        var created = organizations.create(CurrentUser.require(), request.type(), request.name());
        return ResponseEntity.created(URI.create(
                        "/api/identity/organizations/" + created.organization().getId()))
                .body(OrganizationRef.from(created));
    }

    @GetMapping("/organizations/{organizationId}/members")
    @PreAuthorize("hasAuthority('identity:member:read')")
    List<MemberResponse> members(@PathVariable UUID organizationId) {
        return organizations.members(CurrentUser.require(), organizationId).stream()
                .map(MemberResponse::from)
                .toList();
    }

    @GetMapping("/organizations/{organizationId}/invitations")
    @PreAuthorize("hasAuthority('identity:member:invite')")
    List<InvitationResponse> invitations(@PathVariable UUID organizationId) {
        return organizations.invitations(CurrentUser.require(), organizationId).stream()
                .map(i -> InvitationResponse.from(i, clock.instant()))
                .toList();
    }

    @PostMapping("/organizations/{organizationId}/invitations")
    @org.springframework.web.bind.annotation.ResponseStatus(
            org.springframework.http.HttpStatus.CREATED) // documents the 201 the ResponseEntity sends
    @PreAuthorize("hasAuthority('identity:member:invite')")
    ResponseEntity<InvitationResponse> invite(
            @PathVariable UUID organizationId, @Valid @RequestBody InvitationRequest request) {
        var invitation = organizations.invite(
                CurrentUser.require(), organizationId, request.email(), request.mobile(), request.role());
        return ResponseEntity.created(URI.create(
                        "/api/identity/organizations/" + organizationId + "/invitations/" + invitation.getId()))
                .body(InvitationResponse.from(invitation, clock.instant()));
    }

    @PostMapping("/invitations/accept")
    MeResponse accept(
            @Valid @RequestBody AcceptInvitationRequest request,
            HttpServletRequest http,
            HttpServletResponse response) {
        AuthenticatedUser user = CurrentUser.require();
        UUID organizationId = organizations.accept(user, request.code());
        AuthenticatedUser switched = identity.switchOrganization(user.userId(), organizationId);
        if (http.getSession(false) != null) {
            sessions.establish(switched, http, response, false);
        }
        return MeResponse.from(identity.me(switched.userId(), switched.organizationId()));
    }
}
