package com.realsourcing.catalog.web;

import com.realsourcing.catalog.domain.Distribution;
import com.realsourcing.catalog.domain.Distribution.Links;
import com.realsourcing.catalog.domain.Distribution.Platform;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Distribution of the organisation's products: H5 links, a QR code PNG, Taobao and Douyin bulk-upload CSV files. */
@RestController
@Validated
@RequestMapping("/api/catalog")
@Tag(name = "catalog", description = "Products, SKUs and channel prices")
class DistributionController {

    private final Distribution distribution;

    DistributionController(Distribution distribution) {
        this.distribution = distribution;
    }

    @GetMapping("/products/{id}/distribution")
    @PreAuthorize("hasAuthority('catalog:product:read')")
    Links links(@PathVariable UUID id) {
        return distribution.links(CurrentUser.require().organizationId(), id);
    }

    /** A QR code of the product's H5 link, {@code size} pixels square (128–1280, default 430 as WeChat's codes). */
    // No "produces": a refused request must still be able to answer with problem details.
    @GetMapping("/products/{id}/qr-code.png")
    @PreAuthorize("hasAuthority('catalog:product:read')")
    ResponseEntity<byte[]> qrCode(@PathVariable UUID id, @RequestParam(defaultValue = "430") int size) {
        byte[] png = distribution.qrCode(CurrentUser.require().organizationId(), id, size);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("product-" + id + ".png")
                                .build()
                                .toString())
                .body(png);
    }

    /** Every product of the organisation as a bulk-upload CSV for {@code taobao} (淘宝助理) or {@code douyin} (抖店). */
    @GetMapping("/exports/{platform}")
    @PreAuthorize("hasAuthority('catalog:product:read')")
    ResponseEntity<byte[]> export(@PathVariable @Pattern(regexp = "taobao|douyin") String platform) {
        byte[] csv = distribution.export(
                CurrentUser.require().organizationId(), Platform.valueOf(platform.toUpperCase(Locale.ROOT)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(platform + "-products.csv")
                                .build()
                                .toString())
                .body(csv);
    }
}
