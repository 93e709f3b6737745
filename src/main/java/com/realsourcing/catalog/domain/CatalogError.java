package com.realsourcing.catalog.domain;

/** Catalog's error codes; each is also the message key in {@code messages/catalog*.properties}. */
final class CatalogError {

    static final String PRODUCT_NOT_FOUND = "catalog.product-not-found";
    static final String SKU_NOT_FOUND = "catalog.sku-not-found";
    static final String PRICE_BELOW_FLOOR = "catalog.price-below-floor";
    static final String PRICE_INVALID = "catalog.price-invalid";
    static final String ATTRIBUTE_INVALID = "catalog.attribute-invalid";
    static final String ATTRIBUTE_DUPLICATE = "catalog.attribute-duplicate";
    static final String SKU_ATTRIBUTES_MISMATCH = "catalog.sku-attributes-mismatch";
    static final String SKU_DUPLICATE = "catalog.sku-duplicate";
    static final String SKU_CODE_TAKEN = "catalog.sku-code-taken";
    static final String SKUS_REQUIRED = "catalog.skus-required";
    static final String MATRIX_TOO_LARGE = "catalog.matrix-too-large";
    static final String VIRTUAL_TYPE_REQUIRED = "catalog.virtual-type-required";
    static final String ACTIVITY_WINDOW_INVALID = "catalog.activity-window-invalid";
    static final String CURRENCY_INVALID = "catalog.currency-invalid";
    static final String ALREADY_PUBLISHED = "catalog.already-published";
    static final String STOCK_INVALID = "catalog.stock-invalid";
    static final String STORE_NOT_FOUND = "catalog.store-not-found";
    static final String NOT_A_CODE_POOL = "catalog.not-a-code-pool";
    static final String CODE_INVALID = "catalog.code-invalid";
    static final String CODES_REQUIRED = "catalog.codes-required";
    static final String CODES_TOO_MANY = "catalog.codes-too-many";
    static final String CODES_EXHAUSTED = "catalog.codes-exhausted";
    static final String CODE_STOCK_FROM_POOL = "catalog.code-stock-from-pool";
    static final String CLIP_LENGTH_INVALID = "catalog.clip-length-invalid";
    static final String QR_SIZE_INVALID = "catalog.qr-size-invalid";

    private CatalogError() {}
}
