package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.Products.ActivityPrice;
import com.realsourcing.catalog.domain.Products.MediaItem;
import com.realsourcing.catalog.domain.Products.NewProduct;
import com.realsourcing.catalog.domain.Products.Prices;
import com.realsourcing.catalog.domain.Products.ProductDetails;
import com.realsourcing.catalog.domain.Products.ProductSummary;
import com.realsourcing.catalog.domain.Products.SalesAttribute;
import com.realsourcing.catalog.domain.Products.SkuDetails;
import com.realsourcing.shared.domain.Ids;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL over catalog's tables; sales attributes, SKU attributes and media are jsonb. */
@Component
class ProductStore {

    record SkuRow(
            UUID skuId,
            UUID productId,
            UUID organizationId,
            String productName,
            Map<String, String> attributes,
            boolean published,
            boolean virtual,
            String currency,
            Prices prices) {}

    private static final TypeReference<List<SalesAttribute>> ATTRIBUTES = new TypeReference<>() {};
    private static final TypeReference<List<MediaItem>> MEDIA = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> COMBINATION = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProductStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    void insertProduct(
            UUID id, UUID organizationId, NewProduct p, List<SalesAttribute> attributes, String currency, Instant now) {
        jdbc.sql(
                        """
                        insert into catalog.products (id, organization_id, name, brand, category, kind, virtual_type,
                            weight_grams, length_mm, width_mm, height_mm, ship_from, freight_template, currency,
                            sales_attributes, media, status, created_at, updated_at)
                        values (:id, :org, :name, :brand, :category, :kind, :virtualType, :weight, :length, :width,
                            :height, :shipFrom, :freight, :currency, cast(:attributes as jsonb), cast(:media as jsonb),
                            'DRAFT', :now, :now)""")
                .param("id", id)
                .param("org", organizationId)
                .param("name", p.name().strip())
                .param("brand", p.brand())
                .param("category", p.category())
                .param("kind", p.kind().name())
                .param(
                        "virtualType",
                        p.kind() == Products.Kind.VIRTUAL ? p.virtualType().name() : null)
                .param("weight", p.weightGrams())
                .param("length", p.lengthMm())
                .param("width", p.widthMm())
                .param("height", p.heightMm())
                .param("shipFrom", p.shipFrom())
                .param("freight", p.freightTemplate())
                .param("currency", currency)
                .param("attributes", json.writeValueAsString(attributes))
                .param("media", json.writeValueAsString(p.media() == null ? List.of() : p.media()))
                .param("now", ts(now))
                .update();
    }

    void insertSku(
            UUID id,
            UUID productId,
            UUID organizationId,
            String code,
            Map<String, String> attributes,
            String key,
            int position,
            Prices prices) {
        jdbc.sql(
                        """
                        insert into catalog.skus (id, product_id, organization_id, code, attributes, attributes_key,
                            msrp, cost, floor_price, price, member_price, position)
                        values (:id, :product, :org, :code, cast(:attributes as jsonb), :key, :msrp, :cost, :floor,
                            :price, :member, :position)""")
                .param("id", id)
                .param("product", productId)
                .param("org", organizationId)
                .param("code", code)
                .param("attributes", json.writeValueAsString(attributes))
                .param("key", key)
                .param("msrp", prices.msrp())
                .param("cost", prices.cost())
                .param("floor", prices.floorPrice())
                .param("price", prices.price())
                .param("member", prices.memberPrice())
                .param("position", position)
                .update();
    }

    void updateSkuPrices(UUID skuId, Prices prices) {
        jdbc.sql(
                        """
                        update catalog.skus set msrp = :msrp, cost = :cost, floor_price = :floor, price = :price,
                            member_price = :member where id = :id""")
                .param("msrp", prices.msrp())
                .param("cost", prices.cost())
                .param("floor", prices.floorPrice())
                .param("price", prices.price())
                .param("member", prices.memberPrice())
                .param("id", skuId)
                .update();
    }

    void replacePrices(UUID skuId, Prices prices) {
        jdbc.sql("delete from catalog.channel_prices where sku_id = :id")
                .param("id", skuId)
                .update();
        jdbc.sql("delete from catalog.activity_prices where sku_id = :id")
                .param("id", skuId)
                .update();
        prices.channelPrices().forEach((channel, price) -> jdbc.sql(
                        "insert into catalog.channel_prices (sku_id, channel, price) values (:id, :channel, :price)")
                .param("id", skuId)
                .param("channel", channel.name())
                .param("price", price)
                .update());
        for (ActivityPrice activity : prices.activityPrices()) {
            jdbc.sql(
                            """
                            insert into catalog.activity_prices (id, sku_id, activity, price, starts_at, ends_at)
                            values (:id, :sku, :activity, :price, :starts, :ends)""")
                    .param("id", Ids.newId())
                    .param("sku", skuId)
                    .param("activity", activity.activity().strip())
                    .param("price", activity.price())
                    .param("starts", ts(activity.startsAt()))
                    .param("ends", ts(activity.endsAt()))
                    .update();
        }
    }

    void touch(UUID productId, Instant now) {
        jdbc.sql("update catalog.products set updated_at = :now where id = :id")
                .param("now", ts(now))
                .param("id", productId)
                .update();
    }

    boolean changeStatus(UUID organizationId, UUID productId, String from, String to, Instant now) {
        return jdbc.sql(
                                """
                        update catalog.products set status = :to, updated_at = :now
                        where id = :id and organization_id = :org and status = :from""")
                        .param("to", to)
                        .param("now", ts(now))
                        .param("id", productId)
                        .param("org", organizationId)
                        .param("from", from)
                        .update()
                == 1;
    }

    Optional<UUID> productOfSku(UUID organizationId, UUID skuId) {
        return jdbc.sql("select product_id from catalog.skus where id = :id and organization_id = :org")
                .param("id", skuId)
                .param("org", organizationId)
                .query(UUID.class)
                .optional();
    }

    private Prices prices(UUID skuId, ResultSet rs) throws SQLException {
        Map<SalesChannel, BigDecimal> channels = new EnumMap<>(SalesChannel.class);
        jdbc.sql("select channel, price from catalog.channel_prices where sku_id = :id")
                .param("id", skuId)
                .query((r, n) -> channels.put(SalesChannel.valueOf(r.getString(1)), r.getBigDecimal(2)))
                .list();
        List<ActivityPrice> activities = jdbc.sql(
                        """
                        select activity, price, starts_at, ends_at from catalog.activity_prices
                        where sku_id = :id order by starts_at, id""")
                .param("id", skuId)
                .query((r, n) -> new ActivityPrice(
                        r.getString(1), r.getBigDecimal(2), instant(r, "starts_at"), instant(r, "ends_at")))
                .list();
        return new Prices(
                rs.getBigDecimal("msrp"),
                rs.getBigDecimal("cost"),
                rs.getBigDecimal("floor_price"),
                rs.getBigDecimal("price"),
                rs.getBigDecimal("member_price"),
                channels,
                activities);
    }

    Optional<SkuRow> findSku(UUID skuId) {
        return jdbc.sql(
                        """
                        select s.*, p.name as product_name, p.status, p.kind, p.currency
                        from catalog.skus s join catalog.products p on p.id = s.product_id where s.id = :id""")
                .param("id", skuId)
                .query((rs, n) -> skuRow(rs))
                .optional();
    }

    /**
     * Checkout's pricing in one statement: the SKUs with their product, the one channel's price, and the activity
     * prices that run at {@code at} or belong to the named activity (one row per such activity).
     */
    List<SkuRow> pricedSkus(Collection<UUID> skuIds, SalesChannel channel, String activity, Instant at) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, SkuRow> skus = new LinkedHashMap<>();
        Map<UUID, List<ActivityPrice>> activities = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select s.id, s.product_id, s.organization_id, p.name as product_name, s.attributes, p.status,
                               p.kind, p.currency, s.msrp, s.cost, s.floor_price, s.price, s.member_price,
                               cp.price as channel_price, a.activity, a.price as activity_price, a.starts_at, a.ends_at
                        from catalog.skus s
                        join catalog.products p on p.id = s.product_id
                        left join catalog.channel_prices cp on cp.sku_id = s.id and cp.channel = :channel
                        left join catalog.activity_prices a on a.sku_id = s.id
                            and ((a.starts_at <= :at and a.ends_at > :at) or a.activity = :activity)
                        where s.id in (:ids)""")
                .param("channel", channel == null ? "" : channel.name())
                .param("at", ts(at))
                .param("activity", activity == null ? "" : activity)
                .param("ids", skuIds)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    if (!skus.containsKey(id)) {
                        BigDecimal channelPrice = rs.getBigDecimal("channel_price");
                        skus.put(
                                id,
                                new SkuRow(
                                        id,
                                        rs.getObject("product_id", UUID.class),
                                        rs.getObject("organization_id", UUID.class),
                                        rs.getString("product_name"),
                                        json.readValue(rs.getString("attributes"), COMBINATION),
                                        rs.getString("status").equals("PUBLISHED"),
                                        rs.getString("kind").equals("VIRTUAL"),
                                        rs.getString("currency"),
                                        new Prices(
                                                rs.getBigDecimal("msrp"),
                                                rs.getBigDecimal("cost"),
                                                rs.getBigDecimal("floor_price"),
                                                rs.getBigDecimal("price"),
                                                rs.getBigDecimal("member_price"),
                                                channelPrice == null ? Map.of() : Map.of(channel, channelPrice),
                                                List.of())));
                        activities.put(id, new java.util.ArrayList<>());
                    }
                    if (rs.getString("activity") != null) {
                        activities
                                .get(id)
                                .add(new ActivityPrice(
                                        rs.getString("activity"),
                                        rs.getBigDecimal("activity_price"),
                                        instant(rs, "starts_at"),
                                        instant(rs, "ends_at")));
                    }
                    return id;
                })
                .list();
        return skus.values().stream()
                .map(s -> new SkuRow(
                        s.skuId(),
                        s.productId(),
                        s.organizationId(),
                        s.productName(),
                        s.attributes(),
                        s.published(),
                        s.virtual(),
                        s.currency(),
                        new Prices(
                                s.prices().msrp(),
                                s.prices().cost(),
                                s.prices().floorPrice(),
                                s.prices().price(),
                                s.prices().memberPrice(),
                                s.prices().channelPrices(),
                                activities.get(s.skuId()))))
                .toList();
    }

    Optional<ProductDetails> findProduct(UUID organizationId, UUID productId) {
        Optional<ProductDetails> product = jdbc.sql(
                        "select * from catalog.products where id = :id and organization_id = :org")
                .param("id", productId)
                .param("org", organizationId)
                .query((rs, n) -> new ProductDetails(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("brand"),
                        rs.getString("category"),
                        Products.Kind.valueOf(rs.getString("kind")),
                        rs.getString("virtual_type") == null
                                ? null
                                : Products.VirtualType.valueOf(rs.getString("virtual_type")),
                        (Integer) rs.getObject("weight_grams"),
                        (Integer) rs.getObject("length_mm"),
                        (Integer) rs.getObject("width_mm"),
                        (Integer) rs.getObject("height_mm"),
                        rs.getString("ship_from"),
                        rs.getString("freight_template"),
                        rs.getString("currency"),
                        json.readValue(rs.getString("sales_attributes"), ATTRIBUTES),
                        json.readValue(rs.getString("media"), MEDIA),
                        rs.getString("status"),
                        instant(rs, "created_at"),
                        instant(rs, "updated_at"),
                        List.of()))
                .optional();
        return product.map(p -> {
            List<SkuDetails> skus = jdbc.sql("select * from catalog.skus where product_id = :id order by position")
                    .param("id", productId)
                    .query((rs, n) -> new SkuDetails(
                            rs.getObject("id", UUID.class),
                            rs.getString("code"),
                            json.readValue(rs.getString("attributes"), COMBINATION),
                            p.currency(),
                            prices(rs.getObject("id", UUID.class), rs),
                            BigDecimal.ZERO,
                            0,
                            0,
                            0))
                    .list();
            return new ProductDetails(
                    p.id(),
                    p.name(),
                    p.brand(),
                    p.category(),
                    p.kind(),
                    p.virtualType(),
                    p.weightGrams(),
                    p.lengthMm(),
                    p.widthMm(),
                    p.heightMm(),
                    p.shipFrom(),
                    p.freightTemplate(),
                    p.currency(),
                    p.salesAttributes(),
                    p.media(),
                    p.status(),
                    p.createdAt(),
                    p.updatedAt(),
                    skus);
        });
    }

    List<ProductSummary> list(UUID organizationId, int offset, int limit) {
        return jdbc.sql(
                        """
                        select p.id, p.name, p.kind, p.status, p.currency, p.created_at,
                               count(s.id) as sku_count, min(s.price) as min_price
                        from catalog.products p left join catalog.skus s on s.product_id = p.id
                        where p.organization_id = :org group by p.id
                        order by p.created_at desc, p.id desc offset :offset limit :limit""")
                .param("org", organizationId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new ProductSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Products.Kind.valueOf(rs.getString("kind")),
                        rs.getString("status"),
                        rs.getInt("sku_count"),
                        rs.getBigDecimal("min_price"),
                        rs.getString("currency"),
                        instant(rs, "created_at")))
                .list();
    }

    /** A published product's card data; prices come from its SKUs. */
    record PublishedProduct(
            UUID id,
            String name,
            Products.Kind kind,
            Products.VirtualType virtualType,
            String currency,
            List<MediaItem> media) {}

    List<PublishedProduct> published(UUID organizationId, int offset, int limit) {
        return jdbc.sql(
                        """
                        select id, name, kind, virtual_type, currency, media from catalog.products
                        where organization_id = :org and status = 'PUBLISHED'
                        order by created_at desc, id desc offset :offset limit :limit""")
                .param("org", organizationId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new PublishedProduct(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Products.Kind.valueOf(rs.getString("kind")),
                        rs.getString("virtual_type") == null
                                ? null
                                : Products.VirtualType.valueOf(rs.getString("virtual_type")),
                        rs.getString("currency"),
                        json.readValue(rs.getString("media"), MEDIA)))
                .list();
    }

    long countPublished(UUID organizationId) {
        return jdbc.sql("select count(*) from catalog.products where organization_id = :org and status = 'PUBLISHED'")
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }

    /** The SKUs of several products with their prices, in product order and position. */
    List<SkuRow> skusOf(List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select s.*, p.name as product_name, p.status, p.kind, p.currency
                        from catalog.skus s join catalog.products p on p.id = s.product_id
                        where s.product_id in (:ids) order by s.product_id, s.position""")
                .param("ids", productIds)
                .query((rs, n) -> skuRow(rs))
                .list();
    }

    private SkuRow skuRow(ResultSet rs) throws SQLException {
        return new SkuRow(
                rs.getObject("id", UUID.class),
                rs.getObject("product_id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("product_name"),
                json.readValue(rs.getString("attributes"), COMBINATION),
                rs.getString("status").equals("PUBLISHED"),
                rs.getString("kind").equals("VIRTUAL"),
                rs.getString("currency"),
                prices(rs.getObject("id", UUID.class), rs));
    }

    long count(UUID organizationId) {
        return jdbc.sql("select count(*) from catalog.products where organization_id = :org")
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }
}
