package com.realsourcing.catalog.web;

import com.realsourcing.catalog.domain.CatalogService;
import com.realsourcing.catalog.domain.Products.ProductDetails;
import com.realsourcing.catalog.domain.Products.ProductSummary;
import com.realsourcing.catalog.domain.SkuMatrix;
import com.realsourcing.catalog.web.CatalogDtos.CreateProductRequest;
import com.realsourcing.catalog.web.CatalogDtos.PricesRequest;
import com.realsourcing.catalog.web.CatalogDtos.SalesAttributeRequest;
import com.realsourcing.catalog.web.CatalogDtos.SkuMatrixRequest;
import com.realsourcing.catalog.web.CatalogDtos.SkuMatrixResponse;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's products: create with SKUs, prices and initial stock; list; change prices; publish. */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "catalog", description = "Products, SKUs and channel prices")
class ProductController {

    private final CatalogService catalog;

    ProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/products")
    @PreAuthorize("hasAuthority('catalog:product:write')")
    ResponseEntity<ProductDetails> create(@Valid @RequestBody CreateProductRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        ProductDetails product = catalog.create(user.organizationId(), user.userId(), request.toDomain());
        return ResponseEntity.created(URI.create("/api/catalog/products/" + product.id()))
                .body(product);
    }

    @GetMapping("/products")
    @PreAuthorize("hasAuthority('catalog:product:read')")
    PageResponse<ProductSummary> list(@Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        UUID org = CurrentUser.require().organizationId();
        return new PageResponse<>(
                catalog.list(org, page.pageOrDefault(), page.sizeOrDefault()),
                page.pageOrDefault(),
                page.sizeOrDefault(),
                catalog.count(org));
    }

    @GetMapping("/products/{id}")
    @PreAuthorize("hasAuthority('catalog:product:read')")
    ProductDetails get(@PathVariable UUID id) {
        return catalog.details(CurrentUser.require().organizationId(), id);
    }

    @PostMapping("/products/{id}/publish")
    @PreAuthorize("hasAuthority('catalog:product:publish')")
    ProductDetails publish(@PathVariable UUID id) {
        return catalog.publish(CurrentUser.require().organizationId(), id);
    }

    @PutMapping("/skus/{skuId}/prices")
    @PreAuthorize("hasAuthority('catalog:product:write')")
    ProductDetails changePrices(@PathVariable UUID skuId, @Valid @RequestBody PricesRequest request) {
        return catalog.changePrices(CurrentUser.require().organizationId(), skuId, request.toDomain());
    }

    /** The SKU matrix the editor shows for the sales attributes being typed. */
    @PostMapping("/sku-matrix")
    @PreAuthorize("hasAuthority('catalog:product:read')")
    SkuMatrixResponse matrix(@Valid @RequestBody SkuMatrixRequest request) {
        return new SkuMatrixResponse(SkuMatrix.combinations(request.salesAttributes().stream()
                .map(SalesAttributeRequest::toDomain)
                .toList()));
    }
}
