package com.realsourcing.board.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A price or a range of prices in one currency ({@code max} may be null for "from {@code min}"). */
public record PriceRange(
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal min,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal max,
        @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {}
