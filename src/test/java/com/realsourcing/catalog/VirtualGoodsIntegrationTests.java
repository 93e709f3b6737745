package com.realsourcing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.catalog.api.CatalogApi;
import com.realsourcing.catalog.api.VirtualDelivery;
import com.realsourcing.catalog.api.VirtualGoodsOrder;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Virtual goods: activation codes imported into a SKU's pool become its stock, each paid unit gets one code (never
 * one code twice, even when payments and deliveries race), running out of codes is running out of stock, and other
 * virtual kinds get a credential of their own; the buyer reads them on the order, the seller only masked.
 */
class VirtualGoodsIntegrationTests extends ApiTestSupport {

    @Autowired
    CatalogApi catalog;

    record Shop(ApiClient seller, UUID organizationId, String productId, String skuId) {}

    Shop shop(String virtualType) {
        ApiClient seller = loggedIn("CREATOR");
        UUID org = UUID.fromString(seller.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString());
        var created = seller.post(
                "/api/catalog/products",
                Map.of(
                        "name",
                        "会员专享" + virtualType,
                        "kind",
                        "VIRTUAL",
                        "virtualType",
                        virtualType,
                        "skus",
                        List.of(Map.of(
                                "prices",
                                Map.of("msrp", "99", "cost", "1", "floorPrice", "9", "price", "19.9"),
                                "initialStock",
                                virtualType.equals("ACTIVATION_CODE") ? 0 : 10))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String productId = created.text("id");
        assertThat(seller.post("/api/catalog/products/" + productId + "/publish", null)
                        .status())
                .isEqualTo(200);
        return new Shop(
                seller,
                org,
                productId,
                created.json().path("skus").get(0).path("id").asString());
    }

    static ApiClient.Response order(ApiClient buyer, String skuId, int quantity) {
        return buyer.sendWithHeader(
                "POST",
                "/api/order/orders",
                Map.of(
                        "channel",
                        "H5",
                        "lines",
                        List.of(Map.of("skuId", skuId, "quantity", quantity)),
                        "address",
                        Map.of("recipient", "王五", "phone", "13912345678", "region", "杭州市", "detail", "文三路 1 号")),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    static JsonNode awaitDeliveries(ApiClient reader, String orderId, int count) throws InterruptedException {
        JsonNode order = null;
        for (int i = 0; i < 100; i++) {
            order = reader.get("/api/order/orders/" + orderId).json();
            if (order.path("deliveries").size() >= count) {
                return order;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no deliveries for " + orderId + ": " + order);
    }

    @Test
    void importedCodesAreStockAndEachPaidUnitGetsItsOwnCode() throws Exception {
        Shop shop = shop("ACTIVATION_CODE");
        String pool = "/api/catalog/skus/" + shop.skuId() + "/activation-codes";
        var imported =
                shop.seller().post(pool, Map.of("codes", List.of("VIP-0001", "VIP-0002", "VIP-0003", "VIP-0001", " ")));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(3);
        assertThat(imported.json().path("duplicates").asInt())
                .as(imported.body())
                .isEqualTo(1);
        assertThat(shop.seller()
                        .post(pool, Map.of("codes", List.of("VIP-0003")))
                        .json()
                        .path("imported")
                        .asInt())
                .isZero();
        assertThat(shop.seller()
                        .get("/api/inventory/skus/" + shop.skuId())
                        .json()
                        .path("physical")
                        .asInt())
                .isEqualTo(3);

        // Two buyers pay at the same moment: each unit gets a different code.
        ApiClient first = loggedIn("WORKER");
        ApiClient second = loggedIn("WORKER");
        String one = order(first, shop.skuId(), 2).text("id");
        String two = order(second, shop.skuId(), 1).text("id");
        var payments = List.of(
                CompletableFuture.supplyAsync(() -> first.post("/api/order/orders/" + one + "/pay", null)),
                CompletableFuture.supplyAsync(() -> second.post("/api/order/orders/" + two + "/pay", null)));
        payments.forEach(p -> assertThat(p.join().status()).isEqualTo(200));
        JsonNode paidOne = awaitDeliveries(first, one, 2);
        JsonNode paidTwo = awaitDeliveries(second, two, 1);
        List<String> codes = new ArrayList<>();
        paidOne.path("deliveries").forEach(d -> codes.add(d.path("credential").asString()));
        paidTwo.path("deliveries").forEach(d -> codes.add(d.path("credential").asString()));
        assertThat(codes).containsExactlyInAnyOrder("VIP-0001", "VIP-0002", "VIP-0003");
        assertThat(paidOne.path("lines").get(0).path("virtual").asBoolean()).isTrue();
        assertThat(paidOne.path("deliveries").get(0).path("kind").asString()).isEqualTo("ACTIVATION_CODE");

        // The seller sees the deliveries masked; the pool is empty and so is the stock.
        String sellerView = shop.seller().get("/api/order/orders/" + one).body();
        assertThat(sellerView).contains("VI****").doesNotContain("VIP-000");
        JsonNode counts = shop.seller().get(pool).json();
        assertThat(counts.path("delivered").asInt()).isEqualTo(3);
        assertThat(counts.path("unused").asInt()).isZero();
        var none = order(loggedIn("WORKER"), shop.skuId(), 1);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.text("code")).isEqualTo("inventory.insufficient-stock");
        assertThat(loggedIn("CREATOR").get(pool).status()).isEqualTo(404);
    }

    @Test
    void concurrentDeliveriesNeverShareACodeAndRepeatsChangeNothing() throws Exception {
        Shop shop = shop("ACTIVATION_CODE");
        int units = 40;
        List<String> codes =
                IntStream.range(0, units).mapToObj(i -> "RACE-" + i).toList();
        assertThat(shop.seller()
                        .post("/api/catalog/skus/" + shop.skuId() + "/activation-codes", Map.of("codes", codes))
                        .json()
                        .path("imported")
                        .asInt())
                .isEqualTo(units);
        UUID sku = UUID.fromString(shop.skuId());
        List<VirtualGoodsOrder> orders = IntStream.range(0, units)
                .mapToObj(i -> new VirtualGoodsOrder(
                        Ids.newId(),
                        shop.organizationId(),
                        Ids.newId(),
                        List.of(new VirtualGoodsOrder.Line(0, sku, 1))))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            // Every order's payment event delivered twice, all at once.
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (VirtualGoodsOrder order : orders) {
                for (int copy = 0; copy < 2; copy++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        try {
                            return catalog.deliver(order);
                        } catch (RuntimeException raced) {
                            return null; // the twin held the same unit; the event registry would retry
                        }
                    }));
                }
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        // What an outstanding event does later: deliver again. Already delivered units are left alone.
        for (VirtualGoodsOrder order : orders) {
            catalog.deliver(order);
        }
        Set<String> handedOut = new HashSet<>();
        for (VirtualGoodsOrder order : orders) {
            List<VirtualDelivery> deliveries = catalog.deliveriesOf(order.orderId());
            assertThat(deliveries).hasSize(1);
            handedOut.add(deliveries.get(0).credential());
        }
        assertThat(handedOut).hasSize(units).containsExactlyInAnyOrderElementsOf(codes);

        VirtualGoodsOrder oneTooMany = new VirtualGoodsOrder(
                Ids.newId(), shop.organizationId(), Ids.newId(), List.of(new VirtualGoodsOrder.Line(0, sku, 1)));
        assertThatThrownBy(() -> catalog.deliver(oneTooMany))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("catalog.codes-exhausted"));
        assertThat(catalog.deliveriesOf(oneTooMany.orderId())).isEmpty();
    }

    @Test
    void otherVirtualGoodsGetACredentialPerUnitAndCodeStockComesOnlyFromThePool() throws Exception {
        Shop shop = shop("LIVE_TICKET");
        ApiClient buyer = loggedIn("WORKER");
        String id = order(buyer, shop.skuId(), 2).text("id");
        assertThat(buyer.post("/api/order/orders/" + id + "/pay", null).status())
                .isEqualTo(200);
        JsonNode paid = awaitDeliveries(buyer, id, 2);
        Set<String> tickets = new HashSet<>();
        paid.path("deliveries").forEach(d -> {
            assertThat(d.path("kind").asString()).isEqualTo("LIVE_TICKET");
            tickets.add(d.path("credential").asString());
        });
        assertThat(tickets).hasSize(2).allMatch(t -> t.matches("TK(-[A-Z2-9]{4}){4}"));
        assertThat(shop.seller()
                        .post("/api/catalog/skus/" + shop.skuId() + "/activation-codes", Map.of("codes", List.of("X")))
                        .text("code"))
                .isEqualTo("catalog.not-a-code-pool");

        var stocked = shop.seller()
                .post(
                        "/api/catalog/products",
                        Map.of(
                                "name",
                                "激活码",
                                "kind",
                                "VIRTUAL",
                                "virtualType",
                                "ACTIVATION_CODE",
                                "skus",
                                List.of(Map.of(
                                        "prices",
                                        Map.of("msrp", "99", "cost", "1", "floorPrice", "9", "price", "19.9"),
                                        "initialStock",
                                        5))));
        assertThat(stocked.status()).isEqualTo(400);
        assertThat(stocked.text("code")).isEqualTo("catalog.code-stock-from-pool");
    }
}
