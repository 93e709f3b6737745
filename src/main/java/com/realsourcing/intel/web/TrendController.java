package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.MarketQueries;
import com.realsourcing.intel.domain.Trends;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trend line of an industry search: per day in the period, with the previous period beside it. */
@RestController
@Tag(name = "intel")
class TrendController {

    private final Trends trends;

    TrendController(Trends trends) {
        this.trends = trends;
    }

    /** The same filters as {@code POST /api/search/industry}. */
    @GetMapping("/api/intel/trends")
    @PreAuthorize(IntelPermissions.CAN_READ)
    Trends.Trend trend(
            @RequestParam(required = false) @Size(max = 50) String keyword,
            @RequestParam(required = false) @Size(max = 50) String industry,
            @RequestParam(required = false) @Size(max = 50) String region,
            @RequestParam(required = false) @Size(max = 2) String country,
            @RequestParam(required = false) @Size(max = 60) String productType,
            @RequestParam(required = false) @Size(max = 10) String period) {
        return trends.trend(new MarketQueries.SearchQuery(keyword, industry, region, country, productType, period));
    }
}
