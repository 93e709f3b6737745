package com.realsourcing.board.web;

import com.realsourcing.board.domain.BoardStats;
import com.realsourcing.board.domain.PostingExport;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.board.domain.PostingStatus;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 数据看板 (seed 002 四.(二)): the board's figures per day, week or month, their Excel export, and the postings export
 * for operators. Exports stream: the response is written while the rows are read.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-admin", description = "Board review centre and settings")
class BoardStatsController {

    private static final MediaType XLSX = MediaType.parseMediaType(PostingsWorkbook.CONTENT_TYPE);

    private final BoardStats stats;
    private final StatsWorkbook statsWorkbook;
    private final PostingExport export;
    private final PostingsWorkbook postingsWorkbook;

    BoardStatsController(
            BoardStats stats, StatsWorkbook statsWorkbook, PostingExport export, PostingsWorkbook postingsWorkbook) {
        this.stats = stats;
        this.statsWorkbook = statsWorkbook;
        this.export = export;
        this.postingsWorkbook = postingsWorkbook;
    }

    /**
     * Figures per period from {@code from} to {@code to} (days in Asia/Shanghai, both inclusive; {@code from} moves
     * back to its period's first day). Without a range: the last 30 days, 12 ISO weeks or 12 months.
     */
    @GetMapping("/api/board/admin/stats")
    @PreAuthorize("hasAuthority('board:stats:read')")
    BoardAdminDtos.BoardStatsResponse boardStats(
            @RequestParam(defaultValue = "day")
                    @Pattern(regexp = "day|week|month")
                    @Parameter(schema = @Schema(allowableValues = {"day", "week", "month"}))
                    String granularity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return BoardAdminDtos.BoardStatsResponse.from(
                stats.report(BoardStats.Granularity.parse(granularity), from, to));
    }

    /** The same figures as an .xlsx workbook, headers in the caller's language. */
    @GetMapping("/api/board/admin/stats.xlsx")
    @PreAuthorize("hasAuthority('board:stats:read')")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = PostingsWorkbook.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<StreamingResponseBody> statsWorkbook(
            @RequestParam(defaultValue = "day")
                    @Pattern(regexp = "day|week|month")
                    @Parameter(schema = @Schema(allowableValues = {"day", "week", "month"}))
                    String granularity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Locale locale) {
        BoardStats.Report report = stats.report(BoardStats.Granularity.parse(granularity), from, to);
        return attachment(StatsWorkbook.filename(report), out -> statsWorkbook.write(report, locale, out));
    }

    /**
     * Postings (of a kind, a status, created from/to a day) as an .xlsx workbook for operators, oldest first;
     * streamed, so a hundred thousand rows take no more memory than ten. Addresses and contact details are masked.
     */
    @GetMapping("/api/board/admin/postings.xlsx")
    @PreAuthorize("hasAuthority('board:stats:read')")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = PostingsWorkbook.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<StreamingResponseBody> postingsWorkbook(
            @RequestParam(required = false) PostingKind kind,
            @RequestParam(required = false) PostingStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Locale locale) {
        PostingExport.Filter filter = export.check(new PostingExport.Filter(kind, status, from, to));
        return attachment(
                PostingsWorkbook.filename(stats.today()),
                out -> postingsWorkbook.write(filter, locale, stats.zone(), out));
    }

    private static ResponseEntity<StreamingResponseBody> attachment(String filename, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
