package com.realsourcing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Products over HTTP: a creator makes a 2×2 product with channel prices and stock; floors hold; others see 404. */
class CatalogApiIntegrationTests extends ApiTestSupport {

    static Map<String, Object> prices(String price, Map<String, Object> channels) {
        return Map.of(
                "msrp",
                "199",
                "cost",
                "60",
                "floorPrice",
                "99",
                "price",
                price,
                "memberPrice",
                "109",
                "channelPrices",
                channels);
    }

    static Map<String, Object> sku(String colour, String size, Map<String, Object> prices, int stock) {
        return Map.of("attributes", Map.of("颜色", colour, "尺码", size), "prices", prices, "initialStock", stock);
    }

    static Map<String, Object> product(List<Map<String, Object>> skus) {
        return Map.of(
                "name", "联名卫衣",
                "brand", "RealSourcing",
                "category", "服饰",
                "kind", "PHYSICAL",
                "weightGrams", 450,
                "currency", "CNY",
                "salesAttributes",
                        List.of(
                                Map.of("name", "颜色", "values", List.of("黑", "白")),
                                Map.of("name", "尺码", "values", List.of("M", "L"))),
                "skus", skus);
    }

    static List<Map<String, Object>> twoByTwo() {
        Map<String, Object> channels = Map.of("TAOBAO", "139", "DOUYIN", "129", "H5", "119");
        return List.of(
                sku("黑", "M", prices("149", channels), 5),
                sku("黑", "L", prices("149", channels), 6),
                sku("白", "M", prices("149", channels), 7),
                sku("白", "L", prices("149", channels), 8));
    }

    @Test
    void aCreatorMakesAProductWithItsSkuMatrixPricesAndStock() {
        ApiClient creator = loggedIn("CREATOR");
        var matrix = creator.post(
                "/api/catalog/sku-matrix",
                Map.of(
                        "salesAttributes",
                        List.of(
                                Map.of("name", "颜色", "values", List.of("黑", "白")),
                                Map.of("name", "尺码", "values", List.of("M", "L")))));
        assertThat(matrix.status()).isEqualTo(200);
        assertThat(matrix.json().path("combinations")).hasSize(4);
        assertThat(matrix.json().path("combinations").get(1).path("尺码").asString())
                .isEqualTo("L");

        var created = creator.post("/api/catalog/products", product(twoByTwo()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/catalog/products/"));
        JsonNode body = created.json();
        assertThat(body.path("status").asString()).isEqualTo("DRAFT");
        assertThat(body.path("skus")).hasSize(4);
        JsonNode first = body.path("skus").get(0);
        assertThat(first.path("prices").path("channelPrices").path("TAOBAO").decimalValue())
                .isEqualByComparingTo("139");
        assertThat(first.path("margin").decimalValue()).isEqualByComparingTo("89");
        assertThat(first.path("available").asInt()).isEqualTo(5);

        String skuId = body.path("skus").get(3).path("id").asString();
        var stock = creator.get("/api/inventory/skus/" + skuId);
        assertThat(stock.status()).isEqualTo(200);
        assertThat(stock.json().path("physical").asInt()).isEqualTo(8);
        assertThat(stock.json().path("reserved").asInt()).isZero();
        assertThat(stock.json().path("available").asInt()).isEqualTo(8);

        String id = body.path("id").asString();
        assertThat(creator.post("/api/catalog/products/" + id + "/publish", null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PUBLISHED");
        assertThat(creator.post("/api/catalog/products/" + id + "/publish", null)
                        .text("code"))
                .isEqualTo("catalog.already-published");
        assertThat(creator.get("/api/catalog/products").json().path("total").asInt())
                .isEqualTo(1);

        ApiClient otherCreator = loggedIn("CREATOR");
        assertThat(otherCreator.get("/api/catalog/products/" + id).status()).isEqualTo(404);
        assertThat(otherCreator.get("/api/inventory/skus/" + skuId).status()).isEqualTo(404);
        assertThat(loggedIn("FACTORY").get("/api/catalog/products/" + id).status())
                .as("a factory does not sell retail")
                .isEqualTo(403);
    }

    @Test
    void aPriceBelowTheFloorIsRefusedWithTheFloorAndTheMargin() {
        ApiClient brand = loggedIn("BRAND").language("en-US");
        List<Map<String, Object>> skus = new java.util.ArrayList<>(twoByTwo());
        skus.set(1, sku("黑", "L", prices("149", Map.of("TAOBAO", "89")), 1));
        var refused = brand.post("/api/catalog/products", product(skus));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("catalog.price-below-floor");
        assertThat(refused.json().path("floorPrice").decimalValue()).isEqualByComparingTo("99");
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("skus[1].prices.channelPrices.TAOBAO");
        assertThat(error.path("message").asString()).contains("89.00", "99.00", "29.00", "32.6%");
        assertThat(brand.get("/api/catalog/products").json().path("total").asInt())
                .as("nothing saved")
                .isZero();

        var created = brand.post("/api/catalog/products", product(twoByTwo()));
        String skuId = created.json().path("skus").get(0).path("id").asString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var flash = brand.put(
                "/api/catalog/skus/" + skuId + "/prices",
                Map.of(
                        "msrp",
                        "199",
                        "cost",
                        "60",
                        "floorPrice",
                        "99",
                        "price",
                        "149",
                        "activityPrices",
                        List.of(Map.of(
                                "activity",
                                "秒杀",
                                "price",
                                "79",
                                "startsAt",
                                now.toString(),
                                "endsAt",
                                now.plusSeconds(3600).toString()))));
        assertThat(flash.status()).isEqualTo(400);
        assertThat(flash.json().path("errors").get(0).path("field").asString()).isEqualTo("activityPrices[0].price");
    }

    @Test
    void rejectsMismatchedAndDuplicateSkus() {
        ApiClient creator = loggedIn("CREATOR");
        List<Map<String, Object>> skus = new java.util.ArrayList<>(twoByTwo());
        skus.set(1, sku("黑", "M", prices("149", Map.of()), 1));
        var duplicate = creator.post("/api/catalog/products", product(skus));
        assertThat(duplicate.text("code")).isEqualTo("catalog.sku-duplicate");
        skus.set(1, sku("红", "M", prices("149", Map.of()), 1));
        assertThat(creator.post("/api/catalog/products", product(skus)).text("code"))
                .isEqualTo("catalog.sku-attributes-mismatch");
    }
}
