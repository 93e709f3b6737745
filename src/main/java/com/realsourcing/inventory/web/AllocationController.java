package com.realsourcing.inventory.web;

import com.realsourcing.inventory.domain.Allocations;
import com.realsourcing.inventory.web.InventoryDtos.AllocationResponse;
import com.realsourcing.inventory.web.InventoryDtos.CreateAllocationRequest;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Activity pre-allocations: set units aside for a live room or flash sale, end the activity early. */
@RestController
@RequestMapping("/api/inventory/allocations")
@Tag(name = "inventory")
class AllocationController {

    private final Allocations allocations;

    AllocationController(Allocations allocations) {
        this.allocations = allocations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('inventory:stock:read')")
    PageResponse<AllocationResponse> list(@Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        UUID org = CurrentUser.require().organizationId();
        int size = page.sizeOrDefault();
        return new PageResponse<>(
                allocations.list(org, page.pageOrDefault() * size, size).stream()
                        .map(AllocationResponse::from)
                        .toList(),
                page.pageOrDefault(),
                size,
                allocations.count(org));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('inventory:allocation:manage')")
    ResponseEntity<AllocationResponse> create(@Valid @RequestBody CreateAllocationRequest request) {
        var allocation = allocations.create(
                CurrentUser.require().organizationId(),
                request.skuId(),
                request.activity(),
                request.quantity(),
                request.startsAt(),
                request.endsAt());
        return ResponseEntity.created(URI.create("/api/inventory/allocations/" + allocation.id()))
                .body(AllocationResponse.from(allocation));
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasAuthority('inventory:allocation:manage')")
    AllocationResponse end(@PathVariable UUID id) {
        return AllocationResponse.from(allocations.end(CurrentUser.require().organizationId(), id));
    }
}
