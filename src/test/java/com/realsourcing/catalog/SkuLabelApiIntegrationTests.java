package com.realsourcing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The stock page names SKUs by product, attributes and code; another organisation's SKU ids name nothing. */
class SkuLabelApiIntegrationTests extends ApiTestSupport {

    static List<String> skuIds(JsonNode product) {
        List<String> ids = new ArrayList<>();
        product.path("skus").forEach(sku -> ids.add(sku.path("id").asString()));
        return ids;
    }

    static String query(List<String> ids) {
        return ids.stream().map(id -> "ids=" + id).collect(Collectors.joining("&"));
    }

    @Test
    void labelsTheOrganisationsSkusAndLeavesOutOthers() {
        ApiClient creator = loggedIn("CREATOR");
        var created = creator.post(
                "/api/catalog/products", CatalogApiIntegrationTests.product(CatalogApiIntegrationTests.twoByTwo()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<String> mine = skuIds(created.json());

        ApiClient other = loggedIn("BRAND");
        var theirs = other.post(
                "/api/catalog/products", CatalogApiIntegrationTests.product(CatalogApiIntegrationTests.twoByTwo()));
        String foreign = skuIds(theirs.json()).get(0);

        var labels = creator.get("/api/catalog/skus?"
                + query(List.of(
                        mine.get(3), mine.get(0), foreign, UUID.randomUUID().toString())));
        assertThat(labels.status()).as(labels.body()).isEqualTo(200);
        JsonNode items = labels.json();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("skuId").asString()).as("in product order").isEqualTo(mine.get(0));
        assertThat(items.get(0).path("productName").asString()).isEqualTo("联名卫衣");
        assertThat(items.get(0).path("attributes").path("颜色").asString()).isEqualTo("黑");
        assertThat(items.get(0).path("productStatus").asString()).isEqualTo("DRAFT");
        assertThat(items.get(1).path("attributes").path("尺码").asString()).isEqualTo("L");
        assertThat(items.get(1).path("attributes").propertyNames())
                .as("in the product's attribute order, not jsonb's")
                .containsExactly("颜色", "尺码");
        assertThat(items.get(1).path("code").asString()).startsWith("SKU-");
    }

    @Test
    void refusesAnEmptyOrOversizedLookup() {
        ApiClient creator = loggedIn("CREATOR");
        assertThat(creator.get("/api/catalog/skus").status()).isEqualTo(400);
        List<String> many = IntStream.range(0, 201)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        assertThat(creator.get("/api/catalog/skus?" + query(many)).status()).isEqualTo(400);
        assertThat(loggedIn("FACTORY")
                        .get("/api/catalog/skus?ids=" + UUID.randomUUID())
                        .status())
                .as("a factory does not sell retail")
                .isEqualTo(403);
    }
}
