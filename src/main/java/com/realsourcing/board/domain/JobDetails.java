package com.realsourcing.board.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 临时用工 (seed 002: 工厂发布工种（如缝纫工）、薪资、人数、工期). The posting's place is the workplace; workers filter by
 * region and job type.
 */
public record JobDetails(
        @NotNull UUID jobTypeId,
        @NotNull WageType wageType,
        @NotNull @Valid PriceRange wage,
        @NotNull @Min(1) @Max(10_000) Integer headcount,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = 60) String workingHours,
        @Size(max = 1000) String requirements,
        boolean housingProvided,
        boolean mealsProvided)
        implements PostingDetails {

    /** 时薪, 日薪 or 计件. */
    public enum WageType {
        HOURLY,
        DAILY,
        PIECE
    }

    public JobDetails {
        requirements = requirements == null ? "" : requirements;
        workingHours = workingHours == null ? "" : workingHours;
    }

    @Override
    public BigDecimal sortQuantity() {
        return BigDecimal.valueOf(headcount);
    }

    @Override
    public String quantityUnit() {
        return "人";
    }

    @Override
    public List<UUID> termIds() {
        return List.of(jobTypeId);
    }

    @Override
    public List<String> attributes() {
        List<String> values = new ArrayList<>();
        values.add("wage:" + wageType.name());
        if (housingProvided) {
            values.add("housing:yes");
        }
        if (mealsProvided) {
            values.add("meals:yes");
        }
        return values;
    }

    @Override
    public List<String> searchTexts() {
        return List.of(requirements, workingHours);
    }
}
