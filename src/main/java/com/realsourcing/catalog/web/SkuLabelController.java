package com.realsourcing.catalog.web;

import com.realsourcing.catalog.domain.SkuLabels;
import com.realsourcing.catalog.domain.SkuLabels.SkuLabel;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Names for SKU ids: the stock page and the activity allocations show products, not UUIDs. */
@RestController
@Validated
@RequestMapping("/api/catalog/skus")
@Tag(name = "catalog", description = "Products, SKUs and channel prices")
class SkuLabelController {

    private final SkuLabels labels;

    SkuLabelController(SkuLabels labels) {
        this.labels = labels;
    }

    /** The organisation's SKUs among {@code ids} (unknown and other organisations' ids are left out). */
    @GetMapping
    @PreAuthorize("hasAuthority('catalog:product:read')")
    List<SkuLabel> labels(@RequestParam @NotEmpty @Size(max = SkuLabels.MAX_IDS) List<UUID> ids) {
        return labels.of(CurrentUser.require().organizationId(), ids);
    }
}
