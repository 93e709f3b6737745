package com.realsourcing.inventory.web;

import com.realsourcing.inventory.domain.CountImport;
import com.realsourcing.inventory.domain.InventoryQueries;
import com.realsourcing.inventory.domain.InventoryService;
import com.realsourcing.inventory.domain.StockAdjustments;
import com.realsourcing.inventory.web.InventoryDtos.AdjustmentRequest;
import com.realsourcing.inventory.web.InventoryDtos.AlertRequest;
import com.realsourcing.inventory.web.InventoryDtos.BucketsRequest;
import com.realsourcing.inventory.web.InventoryDtos.BucketsResponse;
import com.realsourcing.inventory.web.InventoryDtos.ChannelCapRequest;
import com.realsourcing.inventory.web.InventoryDtos.ChannelCapResponse;
import com.realsourcing.inventory.web.InventoryDtos.CountImportError;
import com.realsourcing.inventory.web.InventoryDtos.CountImportRequest;
import com.realsourcing.inventory.web.InventoryDtos.CountImportResponse;
import com.realsourcing.inventory.web.InventoryDtos.MovementResponse;
import com.realsourcing.inventory.web.InventoryDtos.StockResponse;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's stock: levels, the ledger, adjustments, low-stock alerts, count imports, per-channel caps and
 * bucket splits for hot SKUs.
 */
@RestController
@RequestMapping("/api/inventory")
@Tag(name = "inventory", description = "Stock pool, ledger, alerts, count imports")
class StockController {

    private final InventoryQueries queries;
    private final StockAdjustments adjustments;
    private final CountImport countImport;
    private final MessageSource messages;
    private final InventoryService inventory;

    StockController(
            InventoryQueries queries,
            StockAdjustments adjustments,
            CountImport countImport,
            MessageSource messages,
            InventoryService inventory) {
        this.inventory = inventory;
        this.queries = queries;
        this.adjustments = adjustments;
        this.countImport = countImport;
        this.messages = messages;
    }

    @GetMapping("/skus")
    @PreAuthorize("hasAuthority('inventory:stock:read')")
    PageResponse<StockResponse> list(
            @RequestParam(name = "lowOnly", defaultValue = "false") boolean lowOnly,
            @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        var result = queries.list(
                CurrentUser.require().organizationId(), lowOnly, page.pageOrDefault(), page.sizeOrDefault());
        return new PageResponse<>(
                result.items().stream().map(StockResponse::from).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @GetMapping("/skus/{skuId}")
    @PreAuthorize("hasAuthority('inventory:stock:read')")
    StockResponse stock(@PathVariable UUID skuId) {
        return StockResponse.from(queries.stock(CurrentUser.require().organizationId(), skuId));
    }

    @GetMapping("/skus/{skuId}/movements")
    @PreAuthorize("hasAuthority('inventory:stock:read')")
    PageResponse<MovementResponse> movements(
            @PathVariable UUID skuId, @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        var result = queries.movements(
                CurrentUser.require().organizationId(), skuId, page.pageOrDefault(), page.sizeOrDefault());
        return new PageResponse<>(
                result.items().stream().map(MovementResponse::from).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @PostMapping("/skus/{skuId}/adjustments")
    @PreAuthorize("hasAuthority('inventory:stock:adjust')")
    StockResponse adjust(@PathVariable UUID skuId, @Valid @RequestBody AdjustmentRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        adjustments.adjust(
                user.organizationId(), skuId, request.kind(), request.quantity(), request.reason(), user.userId());
        return StockResponse.from(queries.stock(user.organizationId(), skuId));
    }

    @PutMapping("/skus/{skuId}/alert")
    @PreAuthorize("hasAuthority('inventory:stock:adjust')")
    StockResponse setAlert(@PathVariable UUID skuId, @Valid @RequestBody AlertRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        adjustments.setAlert(user.organizationId(), skuId, request.threshold(), user.userId());
        return StockResponse.from(queries.stock(user.organizationId(), skuId));
    }

    /** The SKU's per-channel caps with the units each channel already took. */
    @GetMapping("/skus/{skuId}/channel-caps")
    @PreAuthorize("hasAuthority('inventory:stock:read')")
    List<ChannelCapResponse> caps(@PathVariable UUID skuId) {
        return inventory.caps(CurrentUser.require().organizationId(), skuId).stream()
                .map(ChannelCapResponse::from)
                .toList();
    }

    /**
     * Caps what one channel may sell or reserve of the SKU ({@code cap} null lifts the cap); checkout through that
     * channel answers 409 {@code inventory.channel-cap-reached} beyond it.
     */
    @PutMapping("/skus/{skuId}/channel-caps/{channel}")
    @PreAuthorize("hasAuthority('inventory:stock:adjust')")
    ChannelCapResponse setCap(
            @PathVariable UUID skuId,
            @PathVariable @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String channel,
            @Valid @RequestBody ChannelCapRequest request) {
        return ChannelCapResponse.from(
                inventory.setCap(CurrentUser.require().organizationId(), skuId, channel, request.cap()));
    }

    /**
     * Splits the SKU's counters over more buckets before a live-stream spike (docs/adr/0005-hot-sku-stock.md);
     * totals do not change and fewer buckets than now is a no-op.
     */
    @PutMapping("/skus/{skuId}/buckets")
    @PreAuthorize("hasAuthority('inventory:stock:adjust')")
    BucketsResponse split(@PathVariable UUID skuId, @Valid @RequestBody BucketsRequest request) {
        return new BucketsResponse(
                skuId, inventory.splitStock(CurrentUser.require().organizationId(), skuId, request.buckets()));
    }

    @PostMapping("/count-imports")
    @PreAuthorize("hasAuthority('inventory:stock:adjust')")
    CountImportResponse importCounts(@Valid @RequestBody CountImportRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        CountImport.Result result = countImport.importCounts(user.organizationId(), request.csv(), user.userId());
        return new CountImportResponse(
                result.applied(),
                result.errors().stream()
                        .map(e -> new CountImportError(
                                e.row(),
                                e.skuId(),
                                e.code(),
                                messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale())))
                        .toList());
    }
}
