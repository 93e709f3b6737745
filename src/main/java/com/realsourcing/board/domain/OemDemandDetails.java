package com.realsourcing.board.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 代加工需求 (seed 002: 需求方发布代加工需求（如注塑、印刷）的规格、数量、交期). */
public record OemDemandDetails(
        @NotNull @Size(min = 1, max = 5) List<@NotNull UUID> processIds,
        @NotBlank @Size(max = 2000) String specifications,
        @Size(max = 100) String material,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @NotBlank @Size(max = 20) String unit,
        @NotNull @Min(1) @Max(365) Integer leadTimeDays,
        @Valid PriceRange budget,
        @Size(max = 9) List<@NotNull UUID> drawingFileIds)
        implements PostingDetails {

    public OemDemandDetails {
        processIds = processIds == null ? null : List.copyOf(processIds);
        drawingFileIds = drawingFileIds == null ? List.of() : List.copyOf(drawingFileIds);
        material = material == null ? "" : material;
    }

    @Override
    public BigDecimal sortQuantity() {
        return quantity;
    }

    @Override
    public String quantityUnit() {
        return unit;
    }

    @Override
    public List<UUID> termIds() {
        return processIds;
    }

    @Override
    public List<UUID> fileIds() {
        return drawingFileIds;
    }

    @Override
    public List<String> searchTexts() {
        return new ArrayList<>(List.of(specifications, material));
    }
}
