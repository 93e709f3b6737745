package com.realsourcing.inventory.web;

import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.inventory.domain.Allocations.Allocation;
import com.realsourcing.inventory.domain.ChannelCap;
import com.realsourcing.inventory.domain.InventoryQueries;
import com.realsourcing.inventory.domain.StockAdjustments;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Requests and responses of inventory's HTTP API. */
final class InventoryDtos {

    private InventoryDtos() {}

    /** A SKU's stock; {@code lowStockThreshold} is null when no alert is set. */
    record StockResponse(
            UUID skuId, int physical, int reserved, int available, Integer lowStockThreshold, boolean lowStock) {

        static StockResponse from(InventoryQueries.StockView view) {
            return from(view.level(), view.lowStockThreshold());
        }

        static StockResponse from(StockLevel level, Integer threshold) {
            return new StockResponse(
                    level.skuId(),
                    level.physical(),
                    level.reserved(),
                    level.available(),
                    threshold,
                    threshold != null && level.available() <= threshold);
        }
    }

    record MovementResponse(
            UUID id, String kind, int delta, String reason, String reference, UUID actorId, Instant createdAt) {

        static MovementResponse from(InventoryQueries.MovementView m) {
            return new MovementResponse(
                    m.id(), m.kind(), m.delta(), m.reason(), m.reference(), m.actorId(), m.createdAt());
        }
    }

    record AdjustmentRequest(
            @NotNull StockAdjustments.Kind kind,
            @NotNull @Min(0) @Max(100_000_000) Integer quantity,
            @NotBlank @Size(max = 500) String reason) {}

    record AlertRequest(@Min(0) @Max(100_000_000) Integer threshold) {}

    record CountImportRequest(@NotBlank @Size(max = 2_000_000) String csv) {}

    record CountImportError(int row, String skuId, String code, String message) {}

    record CountImportResponse(int applied, List<CountImportError> errors) {}

    record CreateAllocationRequest(
            @NotNull UUID skuId,
            @NotBlank @Size(max = 200) String activity,
            @NotNull @Min(1) @Max(100_000_000) Integer quantity,
            Instant startsAt,
            @NotNull Instant endsAt) {}

    record AllocationResponse(
            UUID id,
            UUID skuId,
            String activity,
            int quantity,
            int pending,
            int sold,
            String status,
            Instant startsAt,
            Instant endsAt,
            Instant createdAt) {

        static AllocationResponse from(Allocation a) {
            return new AllocationResponse(
                    a.id(),
                    a.skuId(),
                    a.activity(),
                    a.quantity(),
                    a.pending(),
                    a.sold(),
                    a.status(),
                    a.startsAt(),
                    a.endsAt(),
                    a.createdAt());
        }
    }

    /** {@code cap} null lifts the channel's cap. */
    record ChannelCapRequest(@Min(0) @Max(100_000_000) Integer cap) {}

    record ChannelCapResponse(UUID skuId, String channel, Integer cap, int used, Instant updatedAt) {
        static ChannelCapResponse from(ChannelCap cap) {
            return new ChannelCapResponse(cap.skuId(), cap.channel(), cap.cap(), cap.used(), cap.updatedAt());
        }
    }

    record BucketsRequest(@NotNull @Min(1) @Max(64) Integer buckets) {}

    record BucketsResponse(UUID skuId, int buckets) {}
}
