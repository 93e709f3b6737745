package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.Products.MediaItem;
import com.realsourcing.catalog.domain.Products.MediaKind;
import com.realsourcing.catalog.domain.Products.ProductDetails;
import com.realsourcing.catalog.domain.Products.ProductSummary;
import com.realsourcing.catalog.domain.Products.SalesAttribute;
import com.realsourcing.catalog.domain.Products.SkuDetails;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.render.QrCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * One-click distribution of a product (seed 004 §3.1.4): its H5 link (the store page), a QR code PNG for the
 * mini program and the H5 page, and bulk-upload CSV files for Taobao (淘宝助理 data package) and Douyin (抖店). The
 * columns followed, and what each export leaves to the seller, are in docs/distribution.md.
 */
@Service
public class Distribution {

    /** Where a product can be found and shared. */
    public record Links(String storeUrl, String h5Url, String miniProgramPath, String qrCodePath) {}

    public enum Platform {
        TAOBAO,
        DOUYIN
    }

    static final int MIN_QR = 128;
    static final int MAX_QR = 1280;

    private final CatalogService catalog;
    private final CatalogProperties properties;

    Distribution(CatalogService catalog, CatalogProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    public Links links(UUID organizationId, UUID productId) {
        ProductDetails product = catalog.details(organizationId, productId);
        String store = properties.publicBaseUrl() + "/s/" + organizationId;
        return new Links(
                store,
                store + "/products/" + product.id(),
                properties
                        .miniProgramPath()
                        .replace("{store}", organizationId.toString())
                        .replace("{product}", product.id().toString()),
                "/api/catalog/products/" + product.id() + "/qr-code.png");
    }

    /**
     * A QR code (PNG, {@code size} px square) for the product's H5 link. WeChat opens a mini-program page for such a
     * link once "扫普通链接二维码打开小程序" maps the link prefix to it; elsewhere the H5 page opens.
     */
    public byte[] qrCode(UUID organizationId, UUID productId, int size) {
        if (size < MIN_QR || size > MAX_QR) {
            throw DomainException.invalidField("size", CatalogError.QR_SIZE_INVALID, MIN_QR, MAX_QR);
        }
        return QrCodes.png(links(organizationId, productId).h5Url(), size);
    }

    /** The organisation's products (all of them, at most 2,000), one CSV row per SKU, UTF-8 with a byte-order mark. */
    public byte[] export(UUID organizationId, Platform platform) {
        List<ProductDetails> products = new ArrayList<>();
        int page = 0;
        List<ProductSummary> batch;
        do {
            batch = catalog.list(organizationId, page++, 200);
            for (ProductSummary summary : batch) {
                products.add(catalog.details(organizationId, summary.id()));
            }
        } while (batch.size() == 200 && products.size() < 2_000);
        StringBuilder csv = new StringBuilder("\uFEFF");
        if (platform == Platform.TAOBAO) {
            taobao(products, csv);
        } else {
            douyin(products, csv);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The 淘宝助理 data-package CSV: "version 1.00", the field names, their Chinese labels, then one row per SKU
     * (sales-attribute combinations need Taobao's category property ids, which only Taobao knows; see the docs).
     */
    static final List<String> TAOBAO_FIELDS = List.of(
            "title",
            "cid",
            "seller_cids",
            "stuff_status",
            "location_state",
            "location_city",
            "item_type",
            "price",
            "auction_increment",
            "num",
            "valid_thru",
            "freight_payer",
            "post_fee",
            "ems_fee",
            "express_fee",
            "has_invoice",
            "has_warranty",
            "approve_status",
            "has_showcase",
            "list_time",
            "description",
            "cateProps",
            "postage_id",
            "has_discount",
            "modified",
            "upload_fail_msg",
            "picture_status",
            "auction_point",
            "picture",
            "video",
            "skuProps",
            "inputPids",
            "inputValues",
            "outer_id",
            "propAlias",
            "auto_fill",
            "num_id",
            "local_cid",
            "navigation_type",
            "user_name",
            "syncStatus",
            "is_lighting_consigment",
            "is_xinpin",
            "foodparame",
            "features",
            "buyareatype",
            "global_stock_type",
            "global_stock_country",
            "sub_stock_type",
            "item_size",
            "item_weight");

    static final List<String> TAOBAO_LABELS = List.of(
            "宝贝名称",
            "宝贝类目",
            "店铺类目",
            "新旧程度",
            "省",
            "城市",
            "出售方式",
            "宝贝价格",
            "加价幅度",
            "宝贝数量",
            "有效期",
            "运费承担",
            "平邮",
            "EMS",
            "快递",
            "发票",
            "保修",
            "放入仓库",
            "橱窗推荐",
            "开始时间",
            "宝贝描述",
            "宝贝属性",
            "邮费模版ID",
            "会员打折",
            "修改时间",
            "上传状态",
            "图片状态",
            "返点比例",
            "新图片",
            "视频",
            "销售属性组合",
            "用户输入ID串",
            "用户输入名-值对",
            "商家编码",
            "销售属性别名",
            "代充类型",
            "数字ID",
            "本地ID",
            "宝贝分类",
            "用户名称",
            "宝贝状态",
            "闪电发货",
            "新品",
            "食品专项",
            "尺码库",
            "采购地",
            "库存类型",
            "国家地区",
            "库存计数",
            "物流体积",
            "物流重量");

    private static void taobao(List<ProductDetails> products, StringBuilder csv) {
        csv.append("version 1.00").append(",".repeat(TAOBAO_FIELDS.size() - 1)).append("\r\n");
        row(csv, TAOBAO_FIELDS);
        row(csv, TAOBAO_LABELS);
        for (ProductDetails product : products) {
            String[] place = place(product.shipFrom());
            for (SkuDetails sku : product.skus()) {
                String[] cells = new String[TAOBAO_FIELDS.size()];
                java.util.Arrays.fill(cells, "");
                set(cells, "title", title(product, sku));
                set(cells, "stuff_status", "1"); // new
                set(cells, "location_state", place[0]);
                set(cells, "location_city", place[1]);
                set(cells, "item_type", "1"); // fixed price (一口价)
                set(cells, "price", money(channelPrice(sku, SalesChannel.TAOBAO)));
                set(cells, "num", String.valueOf(Math.max(0, sku.available())));
                set(cells, "valid_thru", "7");
                set(cells, "freight_payer", "2"); // buyer pays, by the freight template chosen on Taobao
                set(cells, "approve_status", "1"); // into the warehouse: the seller reviews before listing
                set(cells, "description", description(product, sku));
                set(cells, "outer_id", sku.code());
                set(cells, "item_size", volume(product));
                set(cells, "item_weight", product.weightGrams() == null ? "" : kilograms(product.weightGrams()));
                row(csv, List.of(cells));
            }
        }
    }

    private static void set(String[] cells, String field, String value) {
        cells[TAOBAO_FIELDS.indexOf(field)] = value == null ? "" : value;
    }

    /** 抖店 product fields as product/addV2 names them; one row per SKU; prices in yuan (the API takes fen). */
    static final List<String> DOUYIN_HEADER = List.of(
            "商品标题(name)",
            "类目ID(category_leaf_id)",
            "规格(specs)",
            "规格值1(spec_detail_name1)",
            "规格值2(spec_detail_name2)",
            "规格值3(spec_detail_name3)",
            "售价元(price)",
            "库存(stock_num)",
            "商家编码(code)",
            "主图(pic)",
            "商品描述(description)",
            "重量克(weight)",
            "运费模板(freight_id)",
            "品牌(brand)");

    private void douyin(List<ProductDetails> products, StringBuilder csv) {
        row(csv, DOUYIN_HEADER);
        for (ProductDetails product : products) {
            String specs = product.salesAttributes().stream()
                    .map(a -> a.name() + "|" + String.join(",", a.values()))
                    .collect(Collectors.joining("^"));
            String pictures = product.media().stream()
                    .filter(m -> m.kind() == MediaKind.MAIN_IMAGE)
                    .map(MediaItem::fileId)
                    .map(id -> properties.publicBaseUrl() + "/api/files/" + id)
                    .collect(Collectors.joining("|"));
            for (SkuDetails sku : product.skus()) {
                List<String> values = values(product, sku);
                row(
                        csv,
                        List.of(
                                product.name(),
                                "",
                                specs,
                                values.size() > 0 ? values.get(0) : "",
                                values.size() > 1 ? values.get(1) : "",
                                values.size() > 2 ? values.get(2) : "",
                                money(channelPrice(sku, SalesChannel.DOUYIN)),
                                String.valueOf(Math.max(0, sku.available())),
                                sku.code(),
                                pictures,
                                description(product, sku),
                                product.weightGrams() == null ? "" : String.valueOf(product.weightGrams()),
                                product.freightTemplate() == null ? "" : product.freightTemplate(),
                                product.brand() == null ? "" : product.brand()));
            }
        }
    }

    private static BigDecimal channelPrice(SkuDetails sku, SalesChannel channel) {
        return sku.prices().channelPrices().getOrDefault(channel, sku.prices().price());
    }

    /** The SKU's attribute values in the product's attribute order (jsonb keeps its own key order). */
    private static List<String> values(ProductDetails product, SkuDetails sku) {
        return product.salesAttributes().stream()
                .map(a -> sku.attributes().getOrDefault(a.name(), ""))
                .toList();
    }

    private static String title(ProductDetails product, SkuDetails sku) {
        String attributes = String.join(" ", values(product, sku));
        String title = attributes.isEmpty() ? product.name() : product.name() + " " + attributes;
        // Taobao titles hold 60 characters (30 Chinese characters count double there; the seller shortens on review)
        return title.length() > 60 ? title.substring(0, 60) : title;
    }

    private static String description(ProductDetails product, SkuDetails sku) {
        StringBuilder text = new StringBuilder(product.name());
        for (SalesAttribute attribute : product.salesAttributes()) {
            text.append("，")
                    .append(attribute.name())
                    .append("：")
                    .append(sku.attributes().getOrDefault(attribute.name(), ""));
        }
        return text.toString();
    }

    private static String[] place(String shipFrom) {
        if (shipFrom == null || shipFrom.isBlank()) {
            return new String[] {"", ""};
        }
        String[] parts = shipFrom.strip().split("[\\s/]+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String kilograms(int grams) {
        return BigDecimal.valueOf(grams).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** 物流体积 as 淘宝助理 writes it: {@code bulk:} and cubic metres. */
    private static String volume(ProductDetails product) {
        if (product.lengthMm() == null || product.widthMm() == null || product.heightMm() == null) {
            return "";
        }
        BigDecimal cubicMetres = BigDecimal.valueOf((long) product.lengthMm() * product.widthMm() * product.heightMm())
                .movePointLeft(9)
                .setScale(6, RoundingMode.HALF_UP);
        return "bulk:" + cubicMetres.toPlainString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
