package com.realsourcing.catalog.web;

import com.realsourcing.catalog.domain.VirtualGoods;
import com.realsourcing.catalog.domain.VirtualGoods.CodeImport;
import com.realsourcing.catalog.domain.VirtualGoods.CodePool;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activation-code pool of a SKU: import codes (each new one adds a unit of stock) and read how many are left.
 * Codes are handed out one per unit on payment and never listed back.
 */
@RestController
@RequestMapping("/api/catalog/skus/{skuId}/activation-codes")
@Tag(name = "catalog", description = "Products, SKUs and channel prices")
class ActivationCodeController {

    record ImportCodesRequest(@NotEmpty @Size(max = 10_000) List<@Size(max = 200) String> codes) {}

    private final VirtualGoods virtualGoods;

    ActivationCodeController(VirtualGoods virtualGoods) {
        this.virtualGoods = virtualGoods;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:product:write')")
    CodeImport importCodes(@PathVariable UUID skuId, @Valid @RequestBody ImportCodesRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        return virtualGoods.importCodes(user.organizationId(), skuId, request.codes(), user.userId());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:product:read')")
    CodePool pool(@PathVariable UUID skuId) {
        return virtualGoods.pool(CurrentUser.require().organizationId(), skuId);
    }
}
