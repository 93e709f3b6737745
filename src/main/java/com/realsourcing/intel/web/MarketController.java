package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.MarketQueries;
import com.realsourcing.intel.domain.MarketViews;
import com.realsourcing.intel.domain.WeeklyReportArchive;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 000's routes, kept exactly as the seed names them: the industry search, hot products and the weekly
 * report. Readable by members of organisations with export intelligence and by platform operators.
 */
@RestController
@Tag(name = "intel", description = "Market intelligence: TikTok export-factory figures by industry, region and country")
class MarketController {

    private final MarketQueries market;
    private final WeeklyReportArchive reports;

    MarketController(MarketQueries market, WeeklyReportArchive reports) {
        this.market = market;
        this.reports = reports;
    }

    /**
     * A keyword (纺织, textile, 保温杯) or an industry code, optionally narrowed to a region (code or Chinese
     * name), a country (ISO alpha-2) and a product type; {@code period} is a number of days such as 7d, 30d
     * (default) or 90d.
     */
    record IndustrySearchRequest(
            @Size(max = 50) String keyword,
            @Size(max = 50) String industry,
            @Size(max = 50) String region,
            @Size(max = 2) String country,
            @Size(max = 60) String productType,
            @Size(max = 10) String period) {}

    /** Per-region and per-country totals with change, top videos and accounts, hot products, target advice. */
    @PostMapping("/api/search/industry")
    @PreAuthorize(IntelPermissions.CAN_READ)
    MarketViews.IndustrySearch searchIndustry(@Valid @RequestBody IndustrySearchRequest request) {
        return market.search(new MarketQueries.SearchQuery(
                request.keyword(),
                request.industry(),
                request.region(),
                request.country(),
                request.productType(),
                request.period()));
    }

    /** Ranked products with the 爆款 flag, growth against the previous period and sample videos. */
    @GetMapping("/api/hot-products")
    @PreAuthorize(IntelPermissions.CAN_READ)
    MarketViews.HotProducts hotProducts(
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String period) {
        return market.hotProducts(industry, region, period);
    }

    /**
     * The report of an ISO week ({@code 2026-W47}); the last complete week by default. The latest generated version
     * when there is one, else computed now ({@code version} null).
     */
    @GetMapping("/api/weekly-report")
    @PreAuthorize(IntelPermissions.CAN_READ)
    MarketViews.WeeklyReport weeklyReport(@RequestParam(required = false) String week) {
        return reports.latest(week);
    }
}
