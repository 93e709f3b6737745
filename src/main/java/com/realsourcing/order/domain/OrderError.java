package com.realsourcing.order.domain;

/** Order's error codes; each is also the message key in {@code messages/order*.properties}. */
final class OrderError {

    static final String NOT_FOUND = "order.not-found";
    static final String IDEMPOTENCY_KEY_REQUIRED = "order.idempotency-key-required";
    static final String SKU_UNKNOWN = "order.sku-unknown";
    static final String SKU_NOT_ON_SALE = "order.sku-not-on-sale";
    static final String MIXED_SELLERS = "order.mixed-sellers";
    static final String PRICE_CHANGED = "order.price-changed";
    static final String TRANSITION_ILLEGAL = "order.transition-illegal";
    static final String EXPIRED = "order.expired";
    static final String PAYMENT_DECLINED = "order.payment-declined";
    static final String RATE_LIMITED = "order.rate-limited";
    static final String LINES_REQUIRED = "order.lines-required";
    static final String ACTIVITY_ENDED = "order.activity-ended";
    static final String ACTIVITY_NOT_STARTED = "order.activity-not-started";

    private OrderError() {}
}
