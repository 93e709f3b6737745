package com.realsourcing.board.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 采购需求 (seed 002: 外贸公司发布采购产品（如保温杯30000个）的数量、交期、质量要求). Also an RFQ: {@code quoteSeats}
 * factories may quote.
 */
public record ProcurementDetails(
        @NotBlank @Size(max = 60) String productName,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @NotBlank @Size(max = 20) String unit,
        @Valid PriceRange targetPrice,
        @NotNull LocalDate deliveryDate,
        @Size(max = 2000) String qualityRequirements,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> certifications,
        @Pattern(regexp = "[A-Z]{2}") String destinationCountry,
        @Size(max = 9) List<@NotNull UUID> sampleImageIds,
        @Min(1) @Max(200) Integer quoteSeats)
        implements PostingDetails {

    public ProcurementDetails {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        sampleImageIds = sampleImageIds == null ? List.of() : List.copyOf(sampleImageIds);
        qualityRequirements = qualityRequirements == null ? "" : qualityRequirements;
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
    public List<String> attributes() {
        List<String> values = new ArrayList<>();
        if (destinationCountry != null) {
            values.add("dest:" + destinationCountry);
        }
        certifications.forEach(c -> values.add("cert:" + c.strip().toUpperCase(java.util.Locale.ROOT)));
        return values;
    }

    @Override
    public List<UUID> fileIds() {
        return sampleImageIds;
    }

    @Override
    public List<String> searchTexts() {
        List<String> texts = new ArrayList<>(List.of(productName, qualityRequirements));
        texts.addAll(certifications);
        return texts;
    }
}
