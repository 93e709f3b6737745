package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.MarketQueries;
import com.realsourcing.intel.domain.PosterRenderer;
import com.realsourcing.intel.domain.Posters;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posters (1080×1920 PNG, Chinese, numbers in 万/亿) of an industry report and of a factory card, with a QR code to
 * the page behind them. The weekly report's poster is under {@code /api/intel/weekly-reports/{id}/poster.png}.
 */
@RestController
@RequestMapping("/api/intel/posters")
@Tag(name = "intel")
class PosterController {

    private final Posters posters;

    PosterController(Posters posters) {
        this.posters = posters;
    }

    /** The same filters as {@code POST /api/search/industry}: a keyword or an industry, optional region etc. */
    @GetMapping("/industry.png")
    @PreAuthorize(IntelPermissions.CAN_READ)
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> industryPoster(
            @RequestParam(required = false) @Size(max = 50) String keyword,
            @RequestParam(required = false) @Size(max = 50) String industry,
            @RequestParam(required = false) @Size(max = 50) String region,
            @RequestParam(required = false) @Size(max = 2) String country,
            @RequestParam(required = false) @Size(max = 60) String productType,
            @RequestParam(required = false) @Size(max = 10) String period) {
        PosterRenderer.Rendered poster = posters.industry(
                new MarketQueries.SearchQuery(keyword, industry, region, country, productType, period));
        return png(poster, "industry-poster.png");
    }

    @GetMapping("/factories/{id}.png")
    @PreAuthorize(IntelPermissions.CAN_READ)
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> factoryPoster(@PathVariable UUID id) {
        return png(posters.factory(id), "factory-" + id + ".png");
    }

    static ResponseEntity<byte[]> png(PosterRenderer.Rendered poster, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(poster.png());
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }
}
