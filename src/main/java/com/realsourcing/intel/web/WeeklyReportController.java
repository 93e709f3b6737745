package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.MarketViews;
import com.realsourcing.intel.domain.WeeklyReportArchive;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators generate a week's report now (a new version); the Monday schedule does the same by itself. */
@RestController
@RequestMapping("/api/intel/weekly-reports")
@Tag(name = "intel")
class WeeklyReportController {

    private final WeeklyReportArchive archive;

    WeeklyReportController(WeeklyReportArchive archive) {
        this.archive = archive;
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
}
