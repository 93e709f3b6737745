package com.realsourcing.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Own-store checkout over HTTP: a creator sells a product, buyers order, pay, cancel; stock follows. */
@ExtendWith(OutputCaptureExtension.class)
class OrderApiIntegrationTests extends ApiTestSupport {

    static final String PHONE = "13812341234";

    ApiClient seller;
    String blackM;
    String whiteL;

    @BeforeEach
    void aCreatorSellsAHoodie() {
        seller = loggedIn("CREATOR");
        Map<String, Object> prices = Map.of(
                "msrp",
                "199",
                "cost",
                "60",
                "floorPrice",
                "99",
                "price",
                "149",
                "channelPrices",
                Map.of("TAOBAO", "139", "H5", "129"));
        var created = seller.post(
                "/api/catalog/products",
                Map.of(
                        "name",
                        "联名卫衣",
                        "kind",
                        "PHYSICAL",
                        "salesAttributes",
                        List.of(
                                Map.of("name", "颜色", "values", List.of("黑", "白")),
                                Map.of("name", "尺码", "values", List.of("M", "L"))),
                        "skus",
                        List.of(
                                Map.of("attributes", Map.of("颜色", "黑", "尺码", "M"), "prices", prices, "initialStock", 3),
                                Map.of(
                                        "attributes",
                                        Map.of("颜色", "白", "尺码", "L"),
                                        "prices",
                                        prices,
                                        "initialStock",
                                        5))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        blackM = created.json().path("skus").get(0).path("id").asString();
        whiteL = created.json().path("skus").get(1).path("id").asString();
        assertThat(seller.post(
                                "/api/catalog/products/"
                                        + created.json().path("id").asString() + "/publish",
                                null)
                        .status())
                .isEqualTo(200);
    }

    static Map<String, Object> order(String channel, Object... skuAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(Map.of("skuId", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        return Map.of(
                "channel", channel,
                "lines", lines,
                "address", Map.of("recipient", "张三", "phone", PHONE, "region", "上海市 浦东新区", "detail", "世纪大道 100 号"));
    }

    ApiClient.Response place(ApiClient buyer, String key, Map<String, Object> body) {
        return buyer.sendWithHeader("POST", "/api/order/orders", body, "Idempotency-Key", key);
    }

    JsonNode stock(String sku) {
        return seller.get("/api/inventory/skus/" + sku).json();
    }

    @Test
    void anOrderReservesItsStockOnceHoweverOftenItIsSubmitted(CapturedOutput output) {
        ApiClient buyer = loggedIn("WORKER");
        String key = UUID.randomUUID().toString();
        var first = place(buyer, key, order("H5", blackM, 2, whiteL, 1));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode order = first.json();
        assertThat(order.path("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.path("reservation").path("status").asString()).isEqualTo("ACTIVE");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("387"); // 3 × H5 price 129
        assertThat(order.path("lines").get(0).path("priceSource").asString()).isEqualTo("CHANNEL");
        assertThat(order.path("address").path("phone").asString()).isEqualTo("138****1234");

        var retry = place(buyer, key, order("H5", blackM, 2, whiteL, 1));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("id")).isEqualTo(order.path("id").asString());
        assertThat(stock(blackM).path("reserved").asInt()).isEqualTo(2);
        assertThat(stock(blackM).path("available").asInt()).isEqualTo(1);

        var list = seller.get("/api/order/orders").json().path("items").get(0);
        assertThat(list.path("address").path("detail").asString()).isEqualTo("****");
        assertThat(list.path("address").path("recipient").asString()).isEqualTo("张*");
        assertThat(output.getAll()).contains("138****1234").doesNotContain(PHONE);
        assertThat(loggedIn("WORKER")
                        .get("/api/order/orders/" + order.path("id").asString())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void payingDeductsStockAndCancellingReleasesIt() {
        ApiClient buyer = loggedIn("WORKER");
        String paid = place(buyer, "k1-" + UUID.randomUUID(), order("TAOBAO", blackM, 1))
                .text("id");
        String cancelled =
                place(buyer, "k2-" + UUID.randomUUID(), order("H5", blackM, 1)).text("id");
        assertThat(stock(blackM).path("reserved").asInt()).isEqualTo(2);

        var payment = buyer.post("/api/order/orders/" + paid + "/pay", Map.of("sandboxOutcome", "SUCCEED"));
        assertThat(payment.status()).as(payment.body()).isEqualTo(200);
        assertThat(payment.text("status")).isEqualTo("TO_SHIP");
        assertThat(payment.json().path("reservation").path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(payment.json().path("total").decimalValue()).isEqualByComparingTo("139");
        assertThat(buyer.post("/api/order/orders/" + paid + "/pay", null).text("code"))
                .isEqualTo("order.transition-illegal");

        assertThat(buyer.post("/api/order/orders/" + cancelled + "/cancel", null)
                        .text("status"))
                .isEqualTo("CANCELLED");
        JsonNode level = stock(blackM);
        assertThat(level.path("physical").asInt()).isEqualTo(2);
        assertThat(level.path("reserved").asInt()).isZero();
        assertThat(level.path("available").asInt()).isEqualTo(2);

        assertThat(seller.post("/api/order/orders/" + paid + "/ship", null).text("status"))
                .isEqualTo("SHIPPED");
        assertThat(buyer.post("/api/order/orders/" + paid + "/cancel", null).text("code"))
                .isEqualTo("order.transition-illegal");
        assertThat(seller.post("/api/order/orders/" + paid + "/complete", null).text("status"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void aDeclinedPaymentCancelsTheOrderAndReleasesItsStock() {
        ApiClient buyer = loggedIn("WORKER");
        String id = place(buyer, UUID.randomUUID().toString(), order("H5", whiteL, 2))
                .text("id");
        var declined = buyer.post("/api/order/orders/" + id + "/pay", Map.of("sandboxOutcome", "DECLINE"));
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.text("code")).isEqualTo("order.payment-declined");
        assertThat(buyer.get("/api/order/orders/" + id)
                        .json()
                        .path("cancelReason")
                        .asString())
                .isEqualTo("PAYMENT_FAILED");
        assertThat(stock(whiteL).path("available").asInt()).isEqualTo(5);
    }

    @Test
    void shortStockAndBadInputAreRefusedAndNothingIsWritten() {
        ApiClient buyer = loggedIn("WORKER");
        var short_ = place(buyer, UUID.randomUUID().toString(), order("H5", whiteL, 1, blackM, 4));
        assertThat(short_.status()).isEqualTo(409);
        assertThat(short_.text("code")).isEqualTo("inventory.insufficient-stock");
        assertThat(short_.text("skuId")).isEqualTo(blackM);
        assertThat(stock(whiteL).path("reserved").asInt())
                .as("no line reserved")
                .isZero();
        assertThat(buyer.get("/api/order/my-orders").json().path("total").asInt())
                .isZero();

        ApiClient other = loggedIn("WORKER");
        assertThat(place(other, UUID.randomUUID().toString(), order("H5", whiteL, 0))
                        .status())
                .isEqualTo(400);
        var unknown = place(
                other,
                UUID.randomUUID().toString(),
                order("H5", UUID.randomUUID().toString(), 1));
        assertThat(unknown.text("code")).isEqualTo("order.sku-unknown");
        assertThat(other.post("/api/order/orders", order("H5", whiteL, 1)).text("code"))
                .isEqualTo("order.idempotency-key-required");

        ApiClient third = loggedIn("WORKER");
        Map<String, Object> stale = Map.of(
                "channel", "H5",
                "lines", List.of(Map.of("skuId", whiteL, "quantity", 1, "expectedUnitPrice", "99")),
                "address", Map.of("recipient", "李四", "phone", PHONE, "region", "北京市", "detail", "长安街 1 号"));
        var changed = place(third, UUID.randomUUID().toString(), stale);
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text("code")).isEqualTo("order.price-changed");
    }

    @Test
    void checkoutIsRateLimitedPerUser() {
        ApiClient buyer = loggedIn("WORKER");
        buyer.get("/api/identity/csrf");
        // twelve submits at once: over at most two one-second windows, no more than six can pass
        List<java.util.concurrent.CompletableFuture<ApiClient.Response>> submits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            submits.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> place(buyer, UUID.randomUUID().toString(), order("H5", whiteL, 1))));
        }
        List<ApiClient.Response> responses = submits.stream()
                .map(java.util.concurrent.CompletableFuture::join)
                .toList();
        List<ApiClient.Response> limited =
                responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(limited).hasSizeGreaterThanOrEqualTo(6);
        assertThat(limited.get(0).text("code")).isEqualTo("order.rate-limited");
        assertThat(limited.get(0).header("Retry-After")).hasValue("1");
    }

    @Test
    void aChannelCapStopsCheckoutThroughThatChannelOnly() {
        var capped = seller.put("/api/inventory/skus/" + whiteL + "/channel-caps/DOUYIN", Map.of("cap", 2));
        assertThat(capped.status()).as(capped.body()).isEqualTo(200);
        assertThat(capped.json().path("used").asInt()).isZero();
        ApiClient buyer = loggedIn("WORKER");
        assertThat(place(buyer, UUID.randomUUID().toString(), order("DOUYIN", whiteL, 2))
                        .status())
                .isEqualTo(201);
        var over = place(buyer, UUID.randomUUID().toString(), order("DOUYIN", whiteL, 1));
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.text("code")).isEqualTo("inventory.channel-cap-reached");
        assertThat(place(buyer, UUID.randomUUID().toString(), order("H5", whiteL, 1))
                        .status())
                .isEqualTo(201);
        var caps = seller.get("/api/inventory/skus/" + whiteL + "/channel-caps").json();
        assertThat(caps.get(0).path("channel").asString()).isEqualTo("DOUYIN");
        assertThat(caps.get(0).path("used").asInt()).isEqualTo(2);
        assertThat(loggedIn("CREATOR")
                        .put("/api/inventory/skus/" + whiteL + "/channel-caps/DOUYIN", Map.of("cap", 9))
                        .status())
                .as("another organisation's SKU")
                .isEqualTo(404);
        assertThat(seller.put("/api/inventory/skus/" + whiteL + "/buckets", Map.of("buckets", 4))
                        .json()
                        .path("buckets")
                        .asInt())
                .isEqualTo(4);
        assertThat(stock(whiteL).path("reserved").asInt()).isEqualTo(3);
    }
}
