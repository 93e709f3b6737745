package com.realsourcing.identity.web;

import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.domain.AccountState;
import com.realsourcing.identity.domain.AdminService;
import com.realsourcing.identity.domain.AuditLog;
import com.realsourcing.identity.domain.IdentityService;
import com.realsourcing.identity.web.IdentityDtos.AdminOrganizationResponse;
import com.realsourcing.identity.web.IdentityDtos.AdminUserResponse;
import com.realsourcing.identity.web.IdentityDtos.AuditEntryResponse;
import com.realsourcing.identity.web.IdentityDtos.StateChangeRequest;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/identity/admin")
@Tag(name = "identity-admin", description = "Platform console: users, organisations, audit log")
class AdminController {

    private final AdminService admin;
    private final AuditLog auditLog;
    private final IdentityService identity;

    AdminController(AdminService admin, AuditLog auditLog, IdentityService identity) {
        this.admin = admin;
        this.auditLog = auditLog;
        this.identity = identity;
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('identity:user:read-all')")
    PageResponse<AdminUserResponse> users(
            @RequestParam(required = false) AccountState state,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo,
            @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        var filter = new AdminService.UserFilter(state, q, registeredFrom, registeredTo, adminZone());
        return PageResponse.from(
                admin.users(filter, page.toPageRequest(Sort.by(Sort.Direction.DESC, "createdAt"))),
                AdminUserResponse::from);
    }

    @PutMapping("/users/{id}/state")
    @PreAuthorize("hasAuthority('identity:user:change-state')")
    AdminUserResponse changeState(@PathVariable UUID id, @Valid @RequestBody StateChangeRequest request) {
        return AdminUserResponse.from(admin.changeState(CurrentUser.require(), id, request.state(), request.reason()));
    }

    @GetMapping("/organizations")
    @PreAuthorize("hasAuthority('identity:organization:read-all')")
    PageResponse<AdminOrganizationResponse> organizations(
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo,
            @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        var filter = new AdminService.OrganizationFilter(type, q, registeredFrom, registeredTo, adminZone());
        return PageResponse.from(
                admin.organizations(filter, page.toPageRequest(Sort.by(Sort.Direction.DESC, "createdAt"))),
                o -> new AdminOrganizationResponse(
                        o.getId(), o.getName(), o.getType(), o.getCreatedAt(), admin.memberCount(o.getId())));
    }

    @GetMapping("/audit-log")
    @PreAuthorize("hasAuthority('identity:audit:read')")
    PageResponse<AuditEntryResponse> auditLog(
            @RequestParam(required = false) @Size(max = 100) String action,
            @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        return PageResponse.from(
                auditLog.list(action, page.toPageRequest(Sort.by(Sort.Direction.DESC, "occurredAt"))),
                AuditEntryResponse::from);
    }

    private ZoneId adminZone() {
        return identity.findUser(CurrentUser.require().userId())
                .map(u -> ZoneId.of(u.timeZone()))
                .orElse(ZoneId.of("Asia/Shanghai"));
    }
}
