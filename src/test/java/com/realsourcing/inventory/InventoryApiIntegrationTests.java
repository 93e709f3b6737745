package com.realsourcing.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stock over HTTP: levels, adjustments with the ledger, count imports with row errors, alerts, allocations. */
class InventoryApiIntegrationTests extends ApiTestSupport {

    String createSku(ApiClient seller, int stock) {
        var created = seller.post(
                "/api/catalog/products",
                Map.of(
                        "name", "直播专享礼盒",
                        "kind", "PHYSICAL",
                        "skus",
                                List.of(Map.of(
                                        "prices",
                                        Map.of("msrp", "99", "cost", "30", "floorPrice", "59", "price", "79"),
                                        "initialStock",
                                        stock))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("skus").get(0).path("id").asString();
    }

    @Test
    void adjustsStockAndKeepsTheLedger() {
        ApiClient brand = loggedIn("BRAND");
        String sku = createSku(brand, 10);

        var receipt = brand.post(
                "/api/inventory/skus/" + sku + "/adjustments",
                Map.of("kind", "RECEIPT", "quantity", 5, "reason", "采购到货"));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.json().path("physical").asInt()).isEqualTo(15);
        var damage = brand.post(
                "/api/inventory/skus/" + sku + "/adjustments",
                Map.of("kind", "DAMAGE", "quantity", 20, "reason", "破损"));
        assertThat(damage.status()).isEqualTo(409);
        assertThat(damage.text("code")).isEqualTo("inventory.below-reserved");
        var noReason = brand.post(
                "/api/inventory/skus/" + sku + "/adjustments", Map.of("kind", "DAMAGE", "quantity", 1, "reason", ""));
        assertThat(noReason.status()).isEqualTo(400);

        var ledger = brand.get("/api/inventory/skus/" + sku + "/movements").json();
        assertThat(ledger.path("total").asInt()).isEqualTo(2);
        assertThat(ledger.path("items").get(0).path("kind").asString()).isEqualTo("RECEIPT");
        assertThat(ledger.path("items").get(0).path("reason").asString()).isEqualTo("采购到货");
        assertThat(ledger.path("items").get(1).path("kind").asString()).isEqualTo("INITIAL");

        var imported = brand.language("en-US")
                .post(
                        "/api/inventory/count-imports",
                        Map.of("csv", "sku_id,counted,reason\n" + sku + ",12,季度盘点\nnope,1\n" + sku + ",-3\n"));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("applied").asInt()).isEqualTo(1);
        assertThat(imported.json().path("errors")).hasSize(2);
        assertThat(imported.json().path("errors").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(imported.json().path("errors").get(0).path("message").asString())
                .isEqualTo("SKU id \"nope\" is not a valid id.");
        assertThat(brand.get("/api/inventory/skus/" + sku)
                        .json()
                        .path("physical")
                        .asInt())
                .isEqualTo(12);

        var alert = brand.put("/api/inventory/skus/" + sku + "/alert", Map.of("threshold", 20));
        assertThat(alert.json().path("lowStock").asBoolean()).isTrue();
        assertThat(brand.get("/api/inventory/skus?lowOnly=true")
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void setsStockAsideForALiveRoom() {
        ApiClient creator = loggedIn("CREATOR");
        String sku = createSku(creator, 10);
        Instant ends = Instant.now().plus(2, ChronoUnit.HOURS);
        var live = creator.post(
                "/api/inventory/allocations",
                Map.of("skuId", sku, "activity", "周五直播", "quantity", 6, "endsAt", ends.toString()));
        assertThat(live.status()).as(live.body()).isEqualTo(201);
        assertThat(creator.get("/api/inventory/skus/" + sku)
                        .json()
                        .path("available")
                        .asInt())
                .isEqualTo(4);
        var tooMuch = creator.post(
                "/api/inventory/allocations",
                Map.of("skuId", sku, "activity", "秒杀", "quantity", 5, "endsAt", ends.toString()));
        assertThat(tooMuch.text("code")).isEqualTo("inventory.insufficient-stock");

        var ended = creator.post("/api/inventory/allocations/" + live.text("id") + "/end", null);
        assertThat(ended.text("status")).isEqualTo("ENDED");
        assertThat(creator.get("/api/inventory/skus/" + sku)
                        .json()
                        .path("available")
                        .asInt())
                .isEqualTo(10);
        assertThat(creator.get("/api/inventory/allocations")
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(loggedIn("CREATOR")
                        .post("/api/inventory/allocations/" + live.text("id") + "/end", null)
                        .status())
                .isEqualTo(404);
    }
}
