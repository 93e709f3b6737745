package com.realsourcing.catalog.web;

import com.realsourcing.catalog.domain.Storefront;
import com.realsourcing.catalog.domain.Storefront.ProductCard;
import com.realsourcing.catalog.domain.Storefront.Store;
import com.realsourcing.catalog.domain.Storefront.StoreProduct;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public H5 store of a creator or brand (the store id is the organisation's id): visitors read the published
 * products with their H5 prices and availability without signing in. Buying goes through {@code POST
 * /api/order/orders} with a signed-in account.
 */
@RestController
@RequestMapping("/api/catalog/stores/{storeId}")
@Tag(name = "catalog-store", description = "A seller's public H5 store")
class StoreController {

    private final Storefront storefront;

    StoreController(Storefront storefront) {
        this.storefront = storefront;
    }

    @GetMapping
    Store store(@PathVariable UUID storeId) {
        return storefront.store(storeId);
    }

    @GetMapping("/products")
    PageResponse<ProductCard> products(
            @PathVariable UUID storeId, @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        return new PageResponse<>(
                storefront.products(storeId, page.pageOrDefault(), page.sizeOrDefault()),
                page.pageOrDefault(),
                page.sizeOrDefault(),
                storefront.countProducts(storeId));
    }

    @GetMapping("/products/{productId}")
    StoreProduct product(@PathVariable UUID storeId, @PathVariable UUID productId) {
        return storefront.product(storeId, productId);
    }
}
