package com.realsourcing.catalog.web;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.Products;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests of catalog's HTTP API; responses are the domain's {@link Products} views. */
final class CatalogDtos {

    private CatalogDtos() {}

    record SalesAttributeRequest(
            @NotBlank @Size(max = 50) String name,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 50) String> values) {

        Products.SalesAttribute toDomain() {
            return new Products.SalesAttribute(name, values);
        }
    }

    record MediaRequest(@NotNull Products.MediaKind kind, @NotNull UUID fileId, @Min(1) @Max(600) Integer seconds) {}

    record ActivityPriceRequest(
            @NotBlank @Size(max = 200) String activity,
            @NotNull @DecimalMin("0") BigDecimal price,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt) {}

    record PricesRequest(
            @NotNull @DecimalMin("0") BigDecimal msrp,
            @NotNull @DecimalMin("0") BigDecimal cost,
            @NotNull @DecimalMin("0") BigDecimal floorPrice,
            @NotNull @DecimalMin("0") BigDecimal price,
            @DecimalMin("0") BigDecimal memberPrice,
            Map<SalesChannel, @NotNull @DecimalMin("0") BigDecimal> channelPrices,
            @Valid @Size(max = 20) List<ActivityPriceRequest> activityPrices) {

        Products.Prices toDomain() {
            return new Products.Prices(
                    msrp,
                    cost,
                    floorPrice,
                    price,
                    memberPrice,
                    channelPrices,
                    activityPrices == null
                            ? List.of()
                            : activityPrices.stream()
                                    .map(a -> new Products.ActivityPrice(
                                            a.activity(), a.price(), a.startsAt(), a.endsAt()))
                                    .toList());
        }
    }

    record SkuRequest(
            Map<String, String> attributes,
            @Size(max = 64) String code,
            @NotNull @Valid PricesRequest prices,
            @NotNull @Min(0) @Max(100_000_000) Integer initialStock) {}

    record CreateProductRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String brand,
            @Size(max = 100) String category,
            @NotNull Products.Kind kind,
            Products.VirtualType virtualType,
            @Min(0) Integer weightGrams,
            @Min(0) Integer lengthMm,
            @Min(0) Integer widthMm,
            @Min(0) Integer heightMm,
            @Size(max = 100) String shipFrom,
            @Size(max = 100) String freightTemplate,
            @Size(min = 3, max = 3) String currency,
            @Valid @Size(max = 5) List<SalesAttributeRequest> salesAttributes,
            @Valid @Size(max = 30) List<MediaRequest> media,
            @NotEmpty @Valid @Size(max = 600) List<SkuRequest> skus) {

        Products.NewProduct toDomain() {
            return new Products.NewProduct(
                    name,
                    brand,
                    category,
                    kind,
                    virtualType,
                    weightGrams,
                    lengthMm,
                    widthMm,
                    heightMm,
                    shipFrom,
                    freightTemplate,
                    currency,
                    salesAttributes == null
                            ? List.of()
                            : salesAttributes.stream()
                                    .map(SalesAttributeRequest::toDomain)
                                    .toList(),
                    media == null
                            ? List.of()
                            : media.stream()
                                    .map(m -> new Products.MediaItem(m.kind(), m.fileId(), m.seconds()))
                                    .toList(),
                    skus.stream()
                            .map(s -> new Products.NewSku(
                                    s.attributes(), s.code(), s.prices().toDomain(), s.initialStock()))
                            .toList());
        }
    }

    record SkuMatrixRequest(@NotNull @Valid @Size(max = 5) List<SalesAttributeRequest> salesAttributes) {}

    record SkuMatrixResponse(List<Map<String, String>> combinations) {}
}
