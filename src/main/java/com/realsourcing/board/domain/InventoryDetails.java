package com.realsourcing.board.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 库存 (seed 002: 工厂发布库存产品的数量、价格、货源地址；渠道方筛选后联系采购/代销). The posting's place is where the goods are. */
public record InventoryDetails(
        @NotBlank @Size(max = 60) String productName,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @NotBlank @Size(max = 20) String unit,
        @NotNull @Valid PriceRange unitPrice,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal minOrderQuantity,
        @NotNull SaleMode saleMode,
        LocalDate clearanceDeadline)
        implements PostingDetails {

    /** 批发 (sold outright) or 代销 (on consignment), or either. */
    public enum SaleMode {
        WHOLESALE,
        CONSIGNMENT,
        EITHER
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
        return switch (saleMode) {
            case WHOLESALE -> List.of("sale:WHOLESALE");
            case CONSIGNMENT -> List.of("sale:CONSIGNMENT");
            case EITHER -> List.of("sale:WHOLESALE", "sale:CONSIGNMENT");
        };
    }

    @Override
    public List<String> searchTexts() {
        return List.of(productName);
    }
}
