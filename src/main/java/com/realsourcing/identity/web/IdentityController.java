package com.realsourcing.identity.web;

import com.realsourcing.identity.domain.AccessTokenService;
import com.realsourcing.identity.domain.IdentityService;
import com.realsourcing.identity.domain.User;
import com.realsourcing.identity.web.IdentityDtos.ChangePasswordRequest;
import com.realsourcing.identity.web.IdentityDtos.CsrfResponse;
import com.realsourcing.identity.web.IdentityDtos.IssuedTokenResponse;
import com.realsourcing.identity.web.IdentityDtos.LoginRequest;
import com.realsourcing.identity.web.IdentityDtos.MeResponse;
import com.realsourcing.identity.web.IdentityDtos.ProfileRequest;
import com.realsourcing.identity.web.IdentityDtos.ResetConfirmRequest;
import com.realsourcing.identity.web.IdentityDtos.ResetRequest;
import com.realsourcing.identity.web.IdentityDtos.SignUpRequest;
import com.realsourcing.identity.web.IdentityDtos.SignedUpResponse;
import com.realsourcing.identity.web.IdentityDtos.SwitchOrganizationRequest;
import com.realsourcing.identity.web.IdentityDtos.TokenRequest;
import com.realsourcing.identity.web.IdentityDtos.TokenResponse;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity")
@Tag(name = "identity", description = "Accounts, sessions, tokens")
class IdentityController {

    private final IdentityService identity;
    private final AccessTokenService tokens;
    private final SessionSupport sessions;

    IdentityController(IdentityService identity, AccessTokenService tokens, SessionSupport sessions) {
        this.identity = identity;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Operation(summary = "Sign up with an organisation (or an invitation code) and a mobile number or e-mail")
    @PostMapping("/sign-up")
    @org.springframework.web.bind.annotation.ResponseStatus(
            org.springframework.http.HttpStatus.CREATED) // documents the 201 the ResponseEntity sends
    ResponseEntity<SignedUpResponse> signUp(@Valid @RequestBody SignUpRequest request) {
        User user = identity.signUp(new IdentityService.SignUp(
                request.organizationType(),
                request.organizationName(),
                request.displayName(),
                request.email(),
                request.mobile(),
                request.password(),
                request.invitationCode(),
                localeTag()));
        return ResponseEntity.created(URI.create("/api/identity/me")).body(SignedUpResponse.from(user));
    }

    @Operation(summary = "Log in; starts a browser session (cookie SESSION)")
    @PostMapping("/login")
    MeResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http, HttpServletResponse response) {
        AuthenticatedUser user = identity.login(request.login(), request.password());
        sessions.establish(user, http, response, true);
        return MeResponse.from(identity.me(user.userId(), user.organizationId()));
    }

    @Operation(summary = "Log out of this browser session")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest http) {
        sessions.end(http);
    }

    @Operation(summary = "The CSRF token for browser clients (also set as the XSRF-TOKEN cookie)")
    @GetMapping("/csrf")
    CsrfResponse csrf(CsrfToken token) {
        return new CsrfResponse(token.getHeaderName(), token.getToken());
    }

    @Operation(summary = "The signed-in user, their organisations and permissions")
    @GetMapping("/me")
    MeResponse me() {
        AuthenticatedUser user = CurrentUser.require();
        return MeResponse.from(identity.me(user.userId(), user.organizationId()));
    }

    @PatchMapping("/me")
    MeResponse updateProfile(@Valid @RequestBody ProfileRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        identity.updateProfile(user.userId(), request.displayName(), request.locale(), request.timeZone());
        return MeResponse.from(identity.me(user.userId(), user.organizationId()));
    }

    @Operation(summary = "Switch the organisation the user acts for")
    @PutMapping("/me/active-organization")
    MeResponse switchOrganization(
            @Valid @RequestBody SwitchOrganizationRequest request,
            HttpServletRequest http,
            HttpServletResponse response) {
        AuthenticatedUser user = CurrentUser.require();
        AuthenticatedUser switched = identity.switchOrganization(user.userId(), request.organizationId());
        if (http.getSession(false) != null) {
            sessions.establish(switched, http, response, false);
        }
        return MeResponse.from(identity.me(switched.userId(), switched.organizationId()));
    }

    @Operation(summary = "Change the password; other sessions of this user end")
    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody ChangePasswordRequest request, HttpServletRequest http) {
        identity.changePassword(
                CurrentUser.require().userId(),
                request.currentPassword(),
                request.newPassword(),
                SessionSupport.sessionId(http));
    }

    @Operation(summary = "Send a password reset code by SMS or e-mail (answers 202 whether or not the login exists)")
    @PostMapping("/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestReset(@Valid @RequestBody ResetRequest request) {
        identity.requestPasswordReset(request.login(), localeTag());
    }

    @PostMapping("/password-resets/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmReset(@Valid @RequestBody ResetConfirmRequest request) {
        identity.confirmPasswordReset(request.login(), request.code(), request.newPassword());
    }

    @Operation(summary = "Issue a personal access token for Authorization: Bearer (shown once)")
    @PostMapping("/tokens")
    @org.springframework.web.bind.annotation.ResponseStatus(
            org.springframework.http.HttpStatus.CREATED) // documents the 201 the ResponseEntity sends
    ResponseEntity<IssuedTokenResponse> issueToken(@Valid @RequestBody TokenRequest request) {
        String login = request.login();
        if (login == null || login.isBlank()) {
            login = CurrentUser.find()
                    .map(user -> identity.loginOf(user.userId()))
                    .orElseThrow(() ->
                            com.realsourcing.shared.domain.DomainException.invalidField("login", "shared.required"));
        }
        var issued = tokens.issue(
                login,
                request.password(),
                request.name(),
                request.validDays() == null ? null : Duration.ofDays(request.validDays()));
        var t = issued.token();
        return ResponseEntity.created(URI.create("/api/identity/tokens/" + t.getId()))
                .body(new IssuedTokenResponse(
                        t.getId(),
                        t.getName(),
                        t.getPrefix(),
                        t.getCreatedAt(),
                        t.getLastUsedAt(),
                        t.getExpiresAt(),
                        issued.value()));
    }

    @GetMapping("/tokens")
    @PreAuthorize("hasAuthority('identity:token:manage')")
    List<TokenResponse> listTokens() {
        return tokens.list(CurrentUser.require()).stream()
                .map(TokenResponse::from)
                .toList();
    }

    @DeleteMapping("/tokens/{id}")
    @PreAuthorize("hasAuthority('identity:token:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable UUID id) {
        tokens.revoke(CurrentUser.require(), id);
    }

    private static String localeTag() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? "en-US" : "zh-CN";
    }
}
