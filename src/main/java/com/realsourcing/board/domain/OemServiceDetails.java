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

/**
 * 代加工服务 (seed 002: 服务方发布设备、产能、报价). Capacity per day and per month in one unit; matching compares the
 * monthly capacity (or thirty days of the daily one) with a demand's quantity.
 */
public record OemServiceDetails(
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Equipment> equipment,
        @NotNull @Size(min = 1, max = 10) List<@NotNull UUID> processIds,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> materials,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal dailyCapacity,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal monthlyCapacity,
        @NotBlank @Size(max = 20) String unit,
        @NotNull QuoteMethod quoteMethod,
        @Size(max = 200) String priceNote,
        @NotNull @Min(1) @Max(365) Integer leadTimeDays,
        boolean samplesAvailable)
        implements PostingDetails {

    /** One kind of machine: type, how many, and its tonnage or model (e.g. 注塑机 ×12, 280T). */
    public record Equipment(
            @NotBlank @Size(max = 40) String type,
            @NotNull @Min(1) @Max(10_000) Integer count,
            @Size(max = 60) String spec) {}

    /** How the service quotes: per piece, per machine hour, per mould, per batch, or from the drawing. */
    public enum QuoteMethod {
        PER_PIECE,
        PER_HOUR,
        PER_MOULD,
        PER_BATCH,
        BY_DRAWING
    }

    public OemServiceDetails {
        equipment = equipment == null ? null : List.copyOf(equipment);
        processIds = processIds == null ? null : List.copyOf(processIds);
        materials = materials == null ? List.of() : List.copyOf(materials);
        priceNote = priceNote == null ? "" : priceNote;
    }

    /** What the service can make in a month: the monthly figure, or thirty days of the daily one. */
    public BigDecimal capacityPerMonth() {
        if (monthlyCapacity != null) {
            return monthlyCapacity;
        }
        return dailyCapacity == null ? null : dailyCapacity.multiply(BigDecimal.valueOf(30));
    }

    @Override
    public BigDecimal sortQuantity() {
        return capacityPerMonth();
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
    public List<String> attributes() {
        List<String> values = new ArrayList<>();
        values.add("quote:" + quoteMethod.name());
        if (samplesAvailable) {
            values.add("samples:yes");
        }
        return values;
    }

    @Override
    public List<String> searchTexts() {
        List<String> texts = new ArrayList<>(materials);
        equipment.forEach(e -> {
            texts.add(e.type());
            if (e.spec() != null) {
                texts.add(e.spec());
            }
        });
        texts.add(priceNote);
        return texts;
    }
}
