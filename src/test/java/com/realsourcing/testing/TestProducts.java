package com.realsourcing.testing;

import com.realsourcing.catalog.domain.CatalogService;
import com.realsourcing.catalog.domain.Products;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Products for tests and benchmarks that need something on sale: created through the catalog and published. */
public final class TestProducts {

    private TestProducts() {}

    /**
     * A published physical product in CNY with {@code count} SKUs of {@code stock} units each, all at {@code prices}:
     * one SKU without sales attributes when {@code count} is 1, otherwise one per value {@code v0, v1, …} of the
     * attribute 规格. Returns the SKU ids in that order.
     */
    public static List<UUID> publishedSkus(
            CatalogService catalog, UUID seller, String name, Products.Prices prices, int count, int stock) {
        List<String> values = new ArrayList<>();
        List<Products.NewSku> skus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add("v" + i);
            skus.add(new Products.NewSku(count == 1 ? Map.of() : Map.of("规格", "v" + i), null, prices, stock));
        }
        var product = catalog.create(
                seller,
                null,
                new Products.NewProduct(
                        name,
                        null,
                        null,
                        Products.Kind.PHYSICAL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "CNY",
                        count == 1 ? List.of() : List.of(new Products.SalesAttribute("规格", values)),
                        List.of(),
                        skus));
        catalog.publish(seller, product.id());
        return product.skus().stream().map(s -> s.id()).toList();
    }
}
