package com.realsourcing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public H5 store: visitors see a creator's published products with the price an H5 buyer pays now, and
 * nothing of drafts, costs, floors or other stores; checkout charges what the page showed.
 */
class StorefrontApiIntegrationTests extends ApiTestSupport {

    ApiClient creator;
    String storeId;
    String productId;
    String draftId;

    static Map<String, Object> prices(
            String price, Map<String, Object> channels, List<Map<String, Object>> activities) {
        Map<String, Object> prices = new HashMap<>(
                Map.of("msrp", "199", "cost", "60", "floorPrice", "99", "price", price, "memberPrice", "109"));
        prices.put("channelPrices", channels);
        prices.put("activityPrices", activities);
        return prices;
    }

    static Map<String, Object> product(String name, List<Map<String, Object>> skus) {
        return Map.of(
                "name",
                name,
                "kind",
                "PHYSICAL",
                "salesAttributes",
                List.of(Map.of("name", "颜色", "values", List.of("黑", "白"))),
                "skus",
                skus);
    }

    @BeforeEach
    void aCreatorPublishesOneProductAndKeepsOneDraft() {
        creator = loggedIn("CREATOR");
        storeId = creator.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        Instant now = Instant.now();
        var live = Map.<String, Object>of(
                "activity",
                "直播专享",
                "price",
                "109",
                "startsAt",
                now.minus(1, ChronoUnit.HOURS).toString(),
                "endsAt",
                now.plus(1, ChronoUnit.HOURS).toString());
        var created = creator.post(
                "/api/catalog/products",
                product(
                        "联名卫衣",
                        List.of(
                                Map.of(
                                        "attributes",
                                        Map.of("颜色", "黑"),
                                        "prices",
                                        prices("149", Map.of("H5", "129", "TAOBAO", "139"), List.of()),
                                        "initialStock",
                                        3),
                                Map.of(
                                        "attributes",
                                        Map.of("颜色", "白"),
                                        "prices",
                                        prices("149", Map.of("H5", "129"), List.of(live)),
                                        "initialStock",
                                        0))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        productId = created.text("id");
        assertThat(creator.post("/api/catalog/products/" + productId + "/publish", null)
                        .status())
                .isEqualTo(200);
        draftId = creator.post(
                        "/api/catalog/products",
                        product(
                                "未上架草稿",
                                List.of(Map.of(
                                        "attributes",
                                        Map.of("颜色", "黑"),
                                        "prices",
                                        prices("149", Map.of(), List.of()),
                                        "initialStock",
                                        1))))
                .text("id");
    }

    @Test
    void aVisitorSeesPublishedProductsWithTheirH5PricesAndNothingElse() {
        ApiClient visitor = client();
        var store = visitor.get("/api/catalog/stores/" + storeId);
        assertThat(store.status()).as(store.body()).isEqualTo(200);
        assertThat(store.text("name")).isEqualTo("测试CREATOR组织");

        JsonNode list =
                visitor.get("/api/catalog/stores/" + storeId + "/products").json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        JsonNode card = list.path("items").get(0);
        assertThat(card.path("id").asString()).isEqualTo(productId);
        assertThat(card.path("fromPrice").decimalValue()).isEqualByComparingTo("109");
        assertThat(card.path("soldOut").asBoolean()).isFalse();

        var page = visitor.get("/api/catalog/stores/" + storeId + "/products/" + productId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("cost", "floorPrice", "TAOBAO", "139");
        JsonNode product = page.json();
        assertThat(product.path("channel").asString()).isEqualTo("H5");
        JsonNode black = product.path("skus").get(0);
        assertThat(black.path("price").decimalValue()).isEqualByComparingTo("129");
        assertThat(black.path("priceSource").asString()).isEqualTo("CHANNEL");
        assertThat(black.path("available").asInt()).isEqualTo(3);
        JsonNode white = product.path("skus").get(1);
        assertThat(white.path("price").decimalValue()).isEqualByComparingTo("109");
        assertThat(white.path("priceSource").asString()).isEqualTo("ACTIVITY");
        assertThat(white.path("activity").asString()).isEqualTo("直播专享");
        assertThat(white.path("available").asInt()).isZero();
    }

    @Test
    void draftsOtherStoresAndNonSellersAreNotFound() {
        ApiClient visitor = client();
        assertThat(visitor.get("/api/catalog/stores/" + storeId + "/products/" + draftId)
                        .text("code"))
                .isEqualTo("catalog.product-not-found");
        ApiClient otherCreator = loggedIn("CREATOR");
        String otherStore = otherCreator
                .get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        assertThat(visitor.get("/api/catalog/stores/" + otherStore + "/products/" + productId)
                        .status())
                .isEqualTo(404);
        assertThat(visitor.get("/api/catalog/stores/" + otherStore + "/products")
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
        String factory = loggedIn("FACTORY")
                .get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        var notAStore = visitor.get("/api/catalog/stores/" + factory);
        assertThat(notAStore.status()).isEqualTo(404);
        assertThat(notAStore.text("code")).isEqualTo("catalog.store-not-found");
        assertThat(visitor.get("/api/catalog/stores/" + UUID.randomUUID() + "/products")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void checkoutOnTheH5ChannelChargesThePriceThePageShowed() {
        JsonNode sku = client().get("/api/catalog/stores/" + storeId + "/products/" + productId)
                .json()
                .path("skus")
                .get(0);
        ApiClient buyer = loggedIn("WORKER");
        var order = buyer.sendWithHeader(
                "POST",
                "/api/order/orders",
                Map.of(
                        "channel",
                        "H5",
                        "lines",
                        List.of(Map.of(
                                "skuId",
                                sku.path("id").asString(),
                                "quantity",
                                2,
                                "expectedUnitPrice",
                                sku.path("price").decimalValue())),
                        "address",
                        Map.of("recipient", "张三", "phone", "13812341234", "region", "上海市", "detail", "世纪大道 1 号")),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        assertThat(order.json().path("total").decimalValue()).isEqualByComparingTo("258");
        assertThat(client().get("/api/catalog/stores/" + storeId + "/products/" + productId)
                        .json()
                        .path("skus")
                        .get(0)
                        .path("available")
                        .asInt())
                .isEqualTo(1);
    }
}
