package com.realsourcing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Distribution: the H5 link, a QR code that scans back to it, and the Taobao and Douyin bulk-upload CSV files with
 * the channel's price, the stock and the logistics attributes; product media keep to the seed's clip lengths.
 */
class DistributionApiIntegrationTests extends ApiTestSupport {

    ApiClient creator;
    String org;
    String productId;

    static Map<String, Object> sku(String colour, String size, int stock) {
        Map<String, Object> prices = Map.of(
                "msrp", "199",
                "cost", "60",
                "floorPrice", "99",
                "price", "149",
                "channelPrices", Map.of("TAOBAO", "139", "DOUYIN", "129", "H5", "119"));
        return Map.of(
                "attributes",
                Map.of("颜色", colour, "尺码", size),
                "code",
                "HD-" + colour.hashCode() % 100 + size + "-"
                        + UUID.randomUUID().toString().substring(0, 6),
                "prices",
                prices,
                "initialStock",
                stock);
    }

    static Map<String, Object> product(String name, List<Map<String, Object>> media) {
        Map<String, Object> product = new HashMap<>(Map.of(
                "name",
                name,
                "brand",
                "小鹿",
                "kind",
                "PHYSICAL",
                "weightGrams",
                450,
                "lengthMm",
                300,
                "widthMm",
                200,
                "heightMm",
                100,
                "shipFrom",
                "浙江 杭州",
                "freightTemplate",
                "包邮模板",
                "salesAttributes",
                List.of(
                        Map.of("name", "颜色", "values", List.of("黑", "白")),
                        Map.of("name", "尺码", "values", List.of("M", "L")))));
        product.put("media", media);
        product.put("skus", List.of(sku("黑", "M", 5), sku("黑", "L", 6), sku("白", "M", 7), sku("白", "L", 8)));
        return product;
    }

    @BeforeEach
    void aCreatorWithA2x2Product() {
        creator = loggedIn("CREATOR");
        org = creator.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        var created = creator.post(
                "/api/catalog/products",
                product(
                        "联名卫衣, \"限定\"",
                        List.of(Map.of(
                                "kind", "CLIP", "fileId", UUID.randomUUID().toString(), "seconds", 15))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        productId = created.text("id");
    }

    @Test
    void theH5LinkAndAQrCodeThatScansBackToIt() throws Exception {
        var links = creator.get("/api/catalog/products/" + productId + "/distribution");
        assertThat(links.status()).isEqualTo(200);
        String h5 = links.text("h5Url");
        assertThat(h5).endsWith("/s/" + org + "/products/" + productId);
        assertThat(links.text("storeUrl")).endsWith("/s/" + org);
        assertThat(links.text("miniProgramPath"))
                .isEqualTo("pages/product/index?store=" + org + "&product=" + productId);

        HttpResponse<byte[]> png = creator.bytes("/api/catalog/products/" + productId + "/qr-code.png?size=300");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(300);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String scanned = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
        assertThat(scanned).isEqualTo(h5);

        assertThat(creator.get("/api/catalog/products/" + productId + "/qr-code.png?size=20")
                        .status())
                .isEqualTo(400);
        ApiClient other = loggedIn("CREATOR");
        assertThat(other.bytes("/api/catalog/products/" + productId + "/qr-code.png")
                        .statusCode())
                .isEqualTo(404);
        assertThat(other.get("/api/catalog/products/" + productId + "/distribution")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void taobaoAndDouyinBulkUploadFilesCarryTheirChannelPricesStockAndLogistics() {
        HttpResponse<byte[]> taobao = creator.bytes("/api/catalog/exports/taobao");
        assertThat(taobao.statusCode()).isEqualTo(200);
        assertThat(taobao.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "taobao-products.csv");
        String[] lines = new String(taobao.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFversion 1.00,");
        assertThat(lines[1])
                .startsWith("title,cid,seller_cids,stuff_status,location_state,location_city,item_type,price,");
        assertThat(lines[1]).contains(",outer_id,propAlias,").endsWith(",item_size,item_weight");
        assertThat(lines[2]).startsWith("宝贝名称,宝贝类目,");
        assertThat(lines).hasSize(3 + 4);
        List<String> header = List.of(lines[1].split(",", -1));
        String black = List.of(lines).stream()
                .filter(l -> l.contains("黑 M"))
                .findFirst()
                .orElseThrow();
        assertThat(black).startsWith("\"联名卫衣, \"\"限定\"\" 黑 M\",");
        List<String> cells = cells(black);
        assertThat(cells).hasSize(header.size());
        assertThat(cells.get(0)).isEqualTo("联名卫衣, \"限定\" 黑 M");
        assertThat(cells.get(header.indexOf("price"))).isEqualTo("139.00");
        assertThat(cells.get(header.indexOf("num"))).isEqualTo("5");
        assertThat(cells.get(header.indexOf("location_state"))).isEqualTo("浙江");
        assertThat(cells.get(header.indexOf("location_city"))).isEqualTo("杭州");
        assertThat(cells.get(header.indexOf("outer_id"))).startsWith("HD-");
        assertThat(cells.get(header.indexOf("item_weight"))).isEqualTo("0.45");
        assertThat(cells.get(header.indexOf("item_size"))).isEqualTo("bulk:0.006000");

        HttpResponse<byte[]> douyin = creator.bytes("/api/catalog/exports/douyin");
        String[] rows = new String(douyin.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows[0]).startsWith("\uFEFF商品标题(name),类目ID(category_leaf_id),规格(specs),");
        assertThat(rows).hasSize(1 + 4);
        assertThat(cells(rows[1]).get(2)).isEqualTo("颜色|黑,白^尺码|M,L");
        assertThat(cells(rows[1]).get(10)).isEqualTo("联名卫衣, \"限定\"，颜色：黑，尺码：M");
        assertThat(rows[1]).contains(",黑,M,,129.00,5,HD-");
        assertThat(rows[1]).endsWith(",450,包邮模板,小鹿");

        assertThat(creator.get("/api/catalog/exports/pinduoduo").status()).isEqualTo(400);
        String otherExport = new String(
                loggedIn("CREATOR").bytes("/api/catalog/exports/douyin").body(), StandardCharsets.UTF_8);
        assertThat(otherExport.split("\r\n")).hasSize(1);
    }

    /** RFC 4180 cells of one line (quoted cells may hold commas and doubled quotes). */
    static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void shortClipsLast15Or30Or60Seconds() {
        var refused = creator.post(
                "/api/catalog/products",
                product(
                        "短视频",
                        List.of(Map.of(
                                "kind", "CLIP", "fileId", UUID.randomUUID().toString(), "seconds", 20))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("catalog.clip-length-invalid");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("media[0].seconds");
    }
}
