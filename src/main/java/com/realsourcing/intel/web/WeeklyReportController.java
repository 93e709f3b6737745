package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.MarketViews;
import com.realsourcing.intel.domain.Posters;
import com.realsourcing.intel.domain.ReportPdf;
import com.realsourcing.intel.domain.ReportShares;
import com.realsourcing.intel.domain.WeeklyReportArchive;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored weekly reports: operators generate a week's report now (a new version; the Monday schedule does the same by
 * itself); readers download a version as a poster or a PDF and make its public share link.
 */
@RestController
@RequestMapping("/api/intel/weekly-reports")
@Tag(name = "intel")
class WeeklyReportController {

    private final WeeklyReportArchive archive;
    private final Posters posters;
    private final ReportShares shares;

    WeeklyReportController(WeeklyReportArchive archive, Posters posters, ReportShares shares) {
        this.archive = archive;
        this.posters = posters;
        this.shares = shares;
    }

    @PostMapping
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<MarketViews.WeeklyReport> generateWeeklyReport(@RequestParam(required = false) String week) {
        MarketViews.WeeklyReport report = archive.generate(
                week == null || week.isBlank() ? archive.previousWeek() : week,
                "MANUAL",
                CurrentUser.require().userId());
        return ResponseEntity.created(URI.create("/api/weekly-report?week=" + report.week()))
                .body(report);
    }

    /** A 1080×1920 poster of the report; its QR code opens the public share page (the link is made if needed). */
    @GetMapping("/{id}/poster.png")
    @PreAuthorize(IntelPermissions.CAN_READ)
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> weeklyReportPoster(@PathVariable UUID id) {
        return PosterController.png(posters.weeklyReport(id), "weekly-report-" + id + ".png");
    }

    /** The report as an A4 PDF with the Chinese font embedded. */
    @GetMapping("/{id}/report.pdf")
    @PreAuthorize(IntelPermissions.CAN_READ)
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> weeklyReportPdf(@PathVariable UUID id) {
        MarketViews.WeeklyReport report =
                archive.find(id).orElseThrow(() -> DomainException.notFound("intel.report-not-found"));
        return PosterController.pdf(ReportPdf.render(report, null), "weekly-report-" + report.week() + ".pdf");
    }

    /**
     * The report's public share link (anyone with it reads this version without an account): 201 the first time,
     * then 200 with the same link.
     */
    @PostMapping("/{id}/share-link")
    @PreAuthorize(IntelPermissions.CAN_READ)
    ResponseEntity<ReportShares.ShareLink> shareWeeklyReport(@PathVariable UUID id) {
        ReportShares.ShareLink link = shares.share(id);
        return ResponseEntity.status(link.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/intel/shared-reports/" + link.token()))
                .body(link);
    }
}
