package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalog's commands and views: plain records, validated by {@link CatalogService}. */
public final class Products {

    private Products() {}

    public enum Kind {
        PHYSICAL,
        VIRTUAL
    }

    /** Virtual goods: course or audio access, activation codes, membership cards, live-room tickets. */
    public enum VirtualType {
        COURSE,
        AUDIO,
        ACTIVATION_CODE,
        MEMBERSHIP_CARD,
        LIVE_TICKET
    }

    /** The lengths a short clip (短视频素材) may have, in seconds (seed 004 §3.1.4). */
    public static final java.util.Set<Integer> CLIP_SECONDS = java.util.Set.of(15, 30, 60);

    /** Main and detail images, videos and 15/30/60 s clips, stored in files and referred to by id. */
    public enum MediaKind {
        MAIN_IMAGE,
        DETAIL_IMAGE,
        VIDEO,
        CLIP
    }

    public record SalesAttribute(String name, List<String> values) {}

    public record MediaItem(MediaKind kind, UUID fileId, Integer seconds) {}

    public record ActivityPrice(String activity, BigDecimal price, Instant startsAt, Instant endsAt) {}

    public record Prices(
            BigDecimal msrp,
            BigDecimal cost,
            BigDecimal floorPrice,
            BigDecimal price,
            BigDecimal memberPrice,
            Map<SalesChannel, BigDecimal> channelPrices,
            List<ActivityPrice> activityPrices) {

        public Prices {
            channelPrices = channelPrices == null ? Map.of() : Map.copyOf(channelPrices);
            activityPrices = activityPrices == null ? List.of() : List.copyOf(activityPrices);
        }
    }

    public record NewSku(Map<String, String> attributes, String code, Prices prices, int initialStock) {}

    public record NewProduct(
            String name,
            String brand,
            String category,
            Kind kind,
            VirtualType virtualType,
            Integer weightGrams,
            Integer lengthMm,
            Integer widthMm,
            Integer heightMm,
            String shipFrom,
            String freightTemplate,
            String currency,
            List<SalesAttribute> salesAttributes,
            List<MediaItem> media,
            List<NewSku> skus) {}

    public record SkuDetails(
            UUID id,
            String code,
            Map<String, String> attributes,
            String currency,
            Prices prices,
            BigDecimal margin,
            int physical,
            int reserved,
            int available) {}

    public record ProductDetails(
            UUID id,
            String name,
            String brand,
            String category,
            Kind kind,
            VirtualType virtualType,
            Integer weightGrams,
            Integer lengthMm,
            Integer widthMm,
            Integer heightMm,
            String shipFrom,
            String freightTemplate,
            String currency,
            List<SalesAttribute> salesAttributes,
            List<MediaItem> media,
            String status,
            Instant createdAt,
            Instant updatedAt,
            List<SkuDetails> skus) {}

    public record ProductSummary(
            UUID id,
            String name,
            Kind kind,
            String status,
            int skuCount,
            BigDecimal minPrice,
            String currency,
            Instant createdAt) {}
}
