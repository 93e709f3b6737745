package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.MarketViews;
import com.realsourcing.intel.domain.Posters;
import com.realsourcing.intel.domain.ReportPdf;
import com.realsourcing.intel.domain.ReportShares;
import com.realsourcing.shared.domain.DomainException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a shared weekly report's link opens, without an account: the report, its poster and its PDF. The token is
 * the only key (256 random bits); an unknown one answers 404.
 */
@RestController
@RequestMapping("/api/intel/shared-reports/{token}")
@Tag(name = "intel")
class SharedReportController {

    private final ReportShares shares;
    private final Posters posters;

    SharedReportController(ReportShares shares, Posters posters) {
        this.shares = shares;
        this.posters = posters;
    }

    @GetMapping
    MarketViews.WeeklyReport sharedReport(@PathVariable String token) {
        return open(token);
    }

    @GetMapping("/poster.png")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> sharedReportPoster(@PathVariable String token) {
        MarketViews.WeeklyReport report = open(token);
        return PosterController.png(
                posters.weeklyReport(report, shares.url(token)), "weekly-report-" + report.week() + ".png");
    }

    @GetMapping("/report.pdf")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> sharedReportPdf(@PathVariable String token) {
        MarketViews.WeeklyReport report = open(token);
        return PosterController.pdf(
                ReportPdf.render(report, shares.url(token)), "weekly-report-" + report.week() + ".pdf");
    }

    private MarketViews.WeeklyReport open(String token) {
        return shares.open(token).orElseThrow(() -> DomainException.notFound("intel.report-not-shared"));
    }
}
